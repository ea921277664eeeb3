import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeEmail, signInEmailSchema } from "@/lib/validation/email";
import { anyValue, checkProperty } from "./property";

const RUNS = 2000;

/** Letters from other scripts that look like Latin ones, and that NFKC leaves as they are. */
const LOOK_ALIKES = ["а", "е", "о", "р", "с", "х", "і", "ј", "ο", "ν", "ı", "ɡ", "ḿ", "ꓲ", "Ꭺ", "ß", "ø", "é"];

const localPart = fc.stringMatching(/^[a-zA-Z0-9](?:[a-zA-Z0-9._+-]{0,20}[a-zA-Z0-9])?$/).filter((s) => !s.includes(".."));
const domain = fc.tuple(fc.array(fc.stringMatching(/^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,10}[a-zA-Z0-9])?$/), { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-zA-Z]{2,6}$/)).map(([labels, tld]) => [...labels, tld].join("."));
const address = fc.tuple(localPart, domain).map(([local, host]) => `${local}@${host}`);
const addressLike = fc.oneof(
  { arbitrary: address, weight: 4 },
  { arbitrary: fc.emailAddress(), weight: 2 },
  { arbitrary: fc.tuple(address, fc.string({ unit: "binary", maxLength: 3 }), fc.nat()).map(([a, extra, at]) => a.slice(0, at % (a.length + 1)) + extra + a.slice(at % (a.length + 1))), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 1 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }), weight: 1 },
  { arbitrary: fc.tuple(address, address).map(([a, b]) => `${a},${b}`), weight: 1 },
);

describe("normalizeEmail (property)", () => {
  it(`output is null or printable lowercase ASCII with exactly one @, at most 254 long, and normalising again changes nothing (${RUNS} runs)`, () => {
    checkProperty("normalizeEmail", RUNS, fc.property(addressLike, (input) => {
      const output = normalizeEmail(input);
      if (output === null) return;
      expect(output).toMatch(/^[\x21-\x7e]+$/);
      expect(output).toBe(output.toLowerCase());
      expect(output.split("@")).toHaveLength(2);
      expect(output.length).toBeLessThanOrEqual(254);
      expect(output).not.toMatch(/[",;]/);
      expect(normalizeEmail(output)).toBe(output);
    }));
  });

  it(`case and surrounding spaces never make a second account (${RUNS} runs)`, () => {
    checkProperty("normalizeEmail case", RUNS, fc.property(address, fc.constantFrom("", " ", "\t", "  \n"), (input, pad) => {
      const output = normalizeEmail(input);
      expect(output).toBe(input.toLowerCase());
      expect(normalizeEmail(pad + input.toUpperCase() + pad)).toBe(output);
    }));
  });

  it(`a look-alike letter from another script anywhere in an address is refused (${RUNS} runs)`, () => {
    checkProperty("normalizeEmail look-alikes", RUNS, fc.property(address, fc.constantFrom(...LOOK_ALIKES), fc.nat(), (input, letter, at) => {
      const position = at % (input.length + 1);
      expect(normalizeEmail(input.slice(0, position) + letter + input.slice(position))).toBeNull();
    }));
  });

  it(`signInEmailSchema: never throws; accepts exactly the addresses normalizeEmail accepts (${RUNS} runs)`, () => {
    checkProperty("signInEmailSchema", RUNS, fc.property(fc.oneof(anyValue, addressLike.map((email) => ({ email }))), (input) => {
      const result = signInEmailSchema.safeParse(input);
      const email = (input as { email?: unknown } | null)?.email;
      if (typeof email === "string" && email.trim() !== "") expect(result.success).toBe(normalizeEmail(email.trim()) !== null);
      if (result.success) expect(normalizeEmail(result.data.email)).not.toBeNull();
    }));
  });
});

describe("normalizeEmail (examples)", () => {
  it("lower-cases and trims", () => {
    expect(normalizeEmail("  Dr.Aisha.Rahman@NHS.net ")).toBe("dr.aisha.rahman@nhs.net");
  });

  it("refuses look-alikes, quotes, lists, several @, invisible characters and bad dots", () => {
    for (const bad of [
      "traіnee@demo.example", // Ukrainian і
      "trainee@dеmo.example", // Cyrillic е in the domain
      "trainee\u200B@demo.example", // zero-width space
      "trai\u00ADnee@demo.example", // soft hyphen
      '"a b"@demo.example',
      "a@b.example,c@d.example",
      "a@b.example;c@d.example",
      "a@@demo.example",
      "a@b@demo.example",
      ".a@demo.example",
      "a.@demo.example",
      "a..b@demo.example",
      "a@demo",
      "a@-demo.example",
      "",
      `${"a".repeat(65)}@demo.example`,
      `a@${"b".repeat(250)}.example`,
    ]) {
      expect(normalizeEmail(bad), bad).toBeNull();
    }
  });

  it("compatibility forms that NFKC folds to plain ASCII become that same address (the link goes to it, not to a look-alike)", () => {
    expect(normalizeEmail("ｔｒａｉｎｅｅ＠ｄｅｍｏ.ｅｘａｍｐｌｅ")).toBe("trainee@demo.example");
  });

  it("the sign-in form says what is wrong", () => {
    expect(signInEmailSchema.safeParse({ email: "  " }).error?.issues[0].message).toBe("Enter your email address.");
    expect(signInEmailSchema.safeParse({ email: "traіnee@demo.example" }).error?.issues[0].message).toBe("Enter a valid email address, like name@nhs.net.");
  });
});
