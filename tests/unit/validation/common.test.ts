import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptySchema, idString, isStorableText, meetingModeSchema, MEETING_MODES, MODES, modeSchema, numberFromInput, optionalId, optionalText, requiredId, requiredText } from "@/lib/validation/common";
import { anyValue, checkProperty, isStorable, isTrimmed, typedText } from "./property";

const RUNS = 500;

describe("the shared field schemas (property)", () => {
  it(`optionalText(40): any input → null, or trimmed storable text of 1–40 characters; never throws (${RUNS} runs)`, () => {
    const schema = optionalText(40, "Gender");
    checkProperty("optionalText", RUNS, fc.property(fc.oneof(anyValue, typedText(0, 60)), (input) => {
      const result = schema.safeParse(input);
      if (!result.success) return;
      const value = result.data;
      expect(value === null || (typeof value === "string" && value.length >= 1 && value.length <= 40 && isTrimmed(value) && isStorable(value))).toBe(true);
    }));
  });

  it(`requiredText(2, 100): accepted text is trimmed, storable and 2–100 long (${RUNS} runs)`, () => {
    const schema = requiredText(2, 100, "Your name");
    checkProperty("requiredText", RUNS, fc.property(fc.oneof(anyValue, typedText(0, 120)), (input) => {
      const result = schema.safeParse(input);
      if (!result.success) return;
      expect(result.data.length).toBeGreaterThanOrEqual(2);
      expect(result.data.length).toBeLessThanOrEqual(100);
      expect(isTrimmed(result.data) && isStorable(result.data)).toBe(true);
      expect(result.data).toMatch(/[^\s\p{Cf}]/u);
    }));
  });

  it(`requiredId / optionalId / idString: accepted ids are 1–64 storable characters; "" is not chosen (${RUNS} runs)`, () => {
    const required = requiredId("your region");
    const id = idString();
    checkProperty("requiredId+optionalId+idString", RUNS, fc.property(fc.oneof(anyValue, fc.string({ maxLength: 70, unit: "binary" })), (input) => {
      for (const result of [required.safeParse(input), id.safeParse(input)]) {
        if (result.success) expect(result.data.length >= 1 && result.data.length <= 64 && isStorable(result.data) && isTrimmed(result.data)).toBe(true);
      }
      const optional = optionalId.safeParse(input);
      if (optional.success) expect(optional.data === null || (optional.data.length >= 1 && optional.data.length <= 64 && isStorable(optional.data))).toBe(true);
    }));
  });

  it(`mode and meeting mode accept exactly their enum values (${RUNS} runs)`, () => {
    checkProperty("modeSchema+meetingModeSchema", RUNS, fc.property(fc.oneof(anyValue, fc.constantFrom(...MODES, ...MEETING_MODES, "mentoring", " ONLINE")), (input) => {
      expect(modeSchema.safeParse(input).success).toBe((MODES as readonly unknown[]).includes(input));
      expect(meetingModeSchema.safeParse(input).success).toBe((MEETING_MODES as readonly unknown[]).includes(input));
    }));
  });

  it(`emptySchema accepts only {} and undefined (${RUNS} runs)`, () => {
    checkProperty("emptySchema", RUNS, fc.property(anyValue, (input) => {
      const result = emptySchema.safeParse(input);
      if (result.success) expect(input === undefined || (typeof input === "object" && input !== null && !Array.isArray(input) && Object.keys(input).length === 0)).toBe(true);
    }));
  });

  it(`numberFromInput never throws and only ever turns digit strings into numbers (${RUNS} runs)`, () => {
    checkProperty("numberFromInput", RUNS, fc.property(fc.oneof(anyValue, fc.integer().map(String), fc.double().map(String)), (input) => {
      const output = numberFromInput(input);
      if (typeof input === "number") expect(Object.is(output, input)).toBe(true);
      else if (typeof input === "string" && input.trim() === "") expect(output).toBeUndefined();
      else if (typeof output === "number") expect(typeof input === "string" && /^[+-]?\d+(\.\d+)?$/.test(input.trim())).toBe(true);
      else expect(output).toBe(input);
    }));
  });
});

describe("the shared field schemas (examples)", () => {
  it("refuses NUL, other control characters and unpaired surrogates, keeps tabs and new lines", () => {
    expect(isStorableText("line one\nline two\r\n\ttabbed")).toBe(true);
    expect(isStorableText("Émilie O'Brien – 王")).toBe(true);
    for (const bad of ["a\u0000b", "\u0007", "\u001B[31m", "\u007F", "\u0085", "x\uD800", "\uDC00"]) expect(isStorableText(bad), JSON.stringify(bad)).toBe(false);
    expect(optionalText(40).safeParse("a\u0000b").success).toBe(false);
    expect(requiredText(2, 100, "Your name").safeParse("Dr\u0000Who").error?.issues[0].message).toBe("Your name contains a character that is not allowed.");
    expect(requiredId("your region").safeParse("region\u0000").error?.issues[0].message).toBe("Choose your region.");
  });

  it("blank optional text becomes null; blank required text asks for it", () => {
    expect(optionalText(40).parse("   ")).toBeNull();
    expect(optionalText(40).parse(undefined)).toBeNull();
    expect(optionalText(40).parse("  x  ")).toBe("x");
    expect(requiredText(1, 10, "Your goal").safeParse("   ").error?.issues[0].message).toBe("Enter your goal.");
    // trim() keeps zero-width and direction characters: a name made only of them is still blank.
    expect(requiredText(2, 100, "Your name").safeParse("\u200B\u200B\u200D").error?.issues[0].message).toBe("Enter your name.");
    expect(requiredText(2, 100, "Your name").safeParse("\u200E\u200F\u2060").error?.issues[0].message).toBe("Enter your name.");
    expect(requiredText(2, 100, "Your name").parse("Ana\u200DBel")).toBe("Ana\u200DBel");
    expect(requiredId("your grade").safeParse("").error?.issues[0].message).toBe("Choose your grade.");
    expect(optionalId.parse("")).toBeNull();
  });

  it("numberFromInput: digit strings become numbers, blanks become undefined, nothing else is coerced", () => {
    expect(numberFromInput(" 12 ")).toBe(12);
    expect(numberFromInput("-3")).toBe(-3);
    expect(numberFromInput("2.5")).toBe(2.5);
    expect(numberFromInput("")).toBeUndefined();
    expect(numberFromInput("1e1")).toBe("1e1");
    expect(numberFromInput(true)).toBe(true);
    expect(numberFromInput(null)).toBeNull();
    expect(numberFromInput([5])).toEqual([5]);
    const evil = JSON.parse('{"valueOf":1,"toString":1}');
    expect(numberFromInput(evil)).toBe(evil);
  });
});
