import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ESSENTIAL_KINDS, OPTIONAL_KINDS } from "@/lib/email/kinds";
import { emailPreferencesSchema, resendEmailSchema, unsubscribeTokenSchema } from "@/lib/email/preferences";
import { anyValue, checkProperty, isTrimmed } from "./property";

const RUNS = 1000;
const kind = fc.oneof(fc.constantFrom(...OPTIONAL_KINDS, ...ESSENTIAL_KINDS), fc.constantFrom("", "Weekly-Digest", "weekly-digest ", "unknown"), anyValue);

describe("email preference schemas (property)", () => {
  it(`emailPreferencesSchema: never throws; opt-outs are optional kinds only, each once; an essential kind is always refused (${RUNS} runs)`, () => {
    checkProperty("emailPreferencesSchema", RUNS, fc.property(fc.oneof(anyValue, fc.record({ optOuts: fc.array(kind, { maxLength: 20 }) })), (input) => {
      const result = emailPreferencesSchema.safeParse(input);
      const sent = (input as { optOuts?: unknown } | null)?.optOuts;
      if (Array.isArray(sent) && sent.some((k) => (ESSENTIAL_KINDS as readonly unknown[]).includes(k))) expect(result.success).toBe(false);
      if (!result.success) return;
      for (const optOut of result.data.optOuts) expect(OPTIONAL_KINDS).toContain(optOut);
      expect(new Set(result.data.optOuts).size).toBe(result.data.optOuts.length);
    }));
  });

  it(`resendEmailSchema and unsubscribeTokenSchema: never throw; accepted values are trimmed and within bounds (${RUNS} runs)`, () => {
    checkProperty("resendEmailSchema+unsubscribeTokenSchema", RUNS, fc.property(fc.oneof(anyValue, fc.string({ maxLength: 600 }), fc.record({ emailId: fc.string({ maxLength: 70 }) })), (input) => {
      const resend = resendEmailSchema.safeParse(input);
      if (resend.success) expect(resend.data.emailId.length >= 1 && resend.data.emailId.length <= 64 && isTrimmed(resend.data.emailId)).toBe(true);
      const token = unsubscribeTokenSchema.safeParse(input);
      if (token.success) expect(token.data.length >= 10 && token.data.length <= 512 && isTrimmed(token.data)).toBe(true);
    }));
  });
});

describe("email preference schemas (examples)", () => {
  it("turns off optional mail, removing repeats", () => {
    expect(emailPreferencesSchema.parse({ optOuts: ["weekly-digest", "weekly-digest", "check-in-due"] }).optOuts).toEqual(["weekly-digest", "check-in-due"]);
    expect(emailPreferencesSchema.parse({ optOuts: [] }).optOuts).toEqual([]);
  });

  it("refuses essential and unknown kinds with a message", () => {
    expect(emailPreferencesSchema.safeParse({ optOuts: ["sign-in"] }).error?.issues[0].message).toBe("This email is essential and cannot be turned off.");
    expect(emailPreferencesSchema.safeParse({ optOuts: ["match-confirmed"] }).success).toBe(false);
    expect(emailPreferencesSchema.safeParse({ optOuts: ["newsletter"] }).error?.issues[0].message).toBe("Unknown kind of email.");
    expect(emailPreferencesSchema.safeParse({ optOuts: Array.from({ length: OPTIONAL_KINDS.length * 2 + 1 }, () => "weekly-digest") }).success).toBe(false);
  });
});
