import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { equalitySchema, GENDER_OPTIONS } from "@/lib/validation/equality";
import { equalityModel } from "./models";
import { actionInput, checkProperty, isStorable, isTrimmed } from "./property";

const RUNS = 1000;
const toChoice = (value: boolean | null) => (value === true ? "yes" : value === false ? "no" : "unsaid");

describe("equality schema (property)", () => {
  it(`equalitySchema: never throws; nothing is accepted without consent === true; answers are listed values or null (${RUNS} runs)`, () => {
    checkProperty("equalitySchema", RUNS, fc.property(actionInput(equalityModel), (input) => {
      const result = equalitySchema.safeParse(input);
      const consented = typeof input === "object" && input !== null && (input as { consent?: unknown }).consent === true;
      if (!consented) expect(result.success).toBe(false);
      if (!result.success) return;
      const value = result.data;
      expect(value.consent).toBe(true);
      expect(value.gender === null || (GENDER_OPTIONS as readonly string[]).includes(value.gender)).toBe(true);
      expect(value.ethnicity === null || (value.ethnicity.length <= 80 && isTrimmed(value.ethnicity) && isStorable(value.ethnicity))).toBe(true);
      for (const answer of [value.ethnicMinority, value.imgStatus, value.disability]) expect(answer === null || typeof answer === "boolean").toBe(true);
      // What the form sends back (answers turned back into choices) parses to the same answers.
      const wire = { ...value, ethnicMinority: toChoice(value.ethnicMinority), imgStatus: toChoice(value.imgStatus), disability: toChoice(value.disability) };
      expect(equalitySchema.parse(wire)).toEqual(value);
    }));
  });
});

describe("equality schema (examples)", () => {
  const answers = { gender: "Woman", ethnicity: " British Indian ", ethnicMinority: "yes", imgStatus: "no", disability: "unsaid" };

  it("needs explicit consent: true itself, not a truthy look-alike", () => {
    expect(equalitySchema.parse({ consent: true, ...answers })).toEqual({ consent: true, gender: "Woman", ethnicity: "British Indian", ethnicMinority: true, imgStatus: false, disability: null });
    for (const consent of [undefined, false, "true", "on", 1]) {
      expect(equalitySchema.safeParse({ consent, ...answers }).error?.issues[0].message, String(consent)).toBe("Tick the box to consent, or leave this page: answering is optional.");
    }
  });

  it("every answer may be left out: gender and ethnicity blank, the rest “prefer not to say”", () => {
    expect(equalitySchema.parse({ consent: true, gender: null, ethnicity: "", ethnicMinority: "unsaid", imgStatus: "unsaid", disability: "unsaid" })).toEqual({
      consent: true, gender: null, ethnicity: null, ethnicMinority: null, imgStatus: null, disability: null,
    });
  });

  it("refuses values outside the lists and NUL in free text", () => {
    expect(equalitySchema.safeParse({ consent: true, ...answers, gender: "woman" }).error?.issues[0].message).toBe("Choose from the list.");
    expect(equalitySchema.safeParse({ consent: true, ...answers, imgStatus: "maybe" }).error?.issues[0].message).toBe("Choose yes, no or prefer not to say.");
    expect(equalitySchema.safeParse({ consent: true, ...answers, ethnicity: "x".repeat(81) }).error?.issues[0].message).toBe("Ethnicity must be at most 80 characters.");
    expect(equalitySchema.safeParse({ consent: true, ...answers, ethnicity: "a\u0000" }).success).toBe(false);
  });
});
