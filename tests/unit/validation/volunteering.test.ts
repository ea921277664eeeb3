import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MEETING_MODES, MODES } from "@/lib/validation/common";
import { offerSchema, withdrawOfferSchema } from "@/lib/validation/volunteering";
import { offerModel } from "./models";
import { actionInput, anyValue, checkProperty, isStorable } from "./property";

const RUNS = 1000;

describe("volunteering schemas (property)", () => {
  it(`offerSchema: never throws; capacity is an integer 0–10, grade ranks integers 1–20, ≤20 storable area ids; parsing it again changes nothing (${RUNS} runs)`, () => {
    checkProperty("offerSchema", RUNS, fc.property(actionInput(offerModel), (input) => {
      const result = offerSchema.safeParse(input);
      if (!result.success) return;
      const value = result.data;
      expect(MODES).toContain(value.mode);
      expect(Number.isInteger(value.capacity) && value.capacity >= 0 && value.capacity <= 10).toBe(true);
      for (const rank of value.acceptedGradeRanks) expect(Number.isInteger(rank) && rank >= 1 && rank <= 20).toBe(true);
      expect(value.developmentAreaIds.length).toBeLessThanOrEqual(20);
      for (const id of value.developmentAreaIds) expect(id.length >= 1 && id.length <= 64 && isStorable(id)).toBe(true);
      expect(MEETING_MODES).toContain(value.meetingMode);
      expect(offerSchema.parse(value)).toEqual(value);
    }));
  });

  it(`offerSchema: a capacity that is not a number or a digit string is refused, never read as 0 (${RUNS} runs)`, () => {
    const notANumber = anyValue.filter((value) => typeof value !== "number" && !(typeof value === "string" && /^\s*[+-]?\d+(\.\d+)?\s*$/.test(value)));
    checkProperty("offerSchema capacity", RUNS, fc.property(notANumber, (capacity) => {
      expect(offerSchema.safeParse({ mode: "MENTORING", capacity, meetingMode: "EITHER" }).success).toBe(false);
    }));
  });

  it(`withdrawOfferSchema accepts exactly a mode (${RUNS} runs)`, () => {
    checkProperty("withdrawOfferSchema", RUNS, fc.property(fc.oneof(anyValue, fc.record({ mode: fc.oneof(fc.constantFrom(...MODES), anyValue) })), (input) => {
      const result = withdrawOfferSchema.safeParse(input);
      if (result.success) expect(MODES).toContain(result.data.mode);
    }));
  });
});

const valid = { mode: "MENTORING", capacity: "2", meetingMode: "EITHER" };

describe("volunteering schemas (examples)", () => {
  it("capacity: a whole number 0–10, typed or sent as a number", () => {
    expect(offerSchema.parse(valid)).toEqual({ mode: "MENTORING", capacity: 2, acceptedGradeRanks: [], developmentAreaIds: [], meetingMode: "EITHER" });
    expect(offerSchema.parse({ ...valid, capacity: 0 }).capacity).toBe(0);
    expect(offerSchema.parse({ ...valid, capacity: " 10 " }).capacity).toBe(10);
    expect(offerSchema.safeParse({ ...valid, capacity: 11 }).error?.issues[0].message).toBe("At most 10 people at once.");
    expect(offerSchema.safeParse({ ...valid, capacity: -1 }).error?.issues[0].message).toBe("Capacity cannot be negative; 0 pauses new matches.");
    expect(offerSchema.safeParse({ ...valid, capacity: "1.5" }).error?.issues[0].message).toBe("Enter a whole number.");
  });

  it("a cleared capacity field asks for a number instead of silently pausing the offer", () => {
    for (const blank of ["", "  ", null, undefined, false, [], true, [3]]) {
      expect(offerSchema.safeParse({ ...valid, capacity: blank }).error?.issues[0].message, JSON.stringify(blank)).toBe("Enter how many people you can support at once.");
    }
  });

  it("grade ranks arrive from checkboxes as strings", () => {
    expect(offerSchema.parse({ ...valid, acceptedGradeRanks: ["2", "3", 4] }).acceptedGradeRanks).toEqual([2, 3, 4]);
    expect(offerSchema.safeParse({ ...valid, acceptedGradeRanks: [0] }).success).toBe(false);
    expect(offerSchema.safeParse({ ...valid, acceptedGradeRanks: [true] }).success).toBe(false);
    expect(offerSchema.safeParse({ ...valid, acceptedGradeRanks: [""] }).success).toBe(false);
  });

  it("development areas: at most 20, no blank or NUL ids", () => {
    expect(offerSchema.safeParse({ ...valid, developmentAreaIds: Array.from({ length: 21 }, (_, i) => `a${i}`) }).error?.issues[0].message).toBe("Choose at most 20 areas.");
    expect(offerSchema.safeParse({ ...valid, developmentAreaIds: [""] }).success).toBe(false);
    expect(offerSchema.safeParse({ ...valid, developmentAreaIds: ["area\u0000"] }).success).toBe(false);
  });
});
