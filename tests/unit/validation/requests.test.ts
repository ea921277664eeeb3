import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MEETING_MODES, MODES } from "@/lib/validation/common";
import { GENDER_OPTIONS } from "@/lib/validation/equality";
import { CONFLICT_KINDS, peopleSearchSchema, PREFERENCES, PREFERRED_GENDERS, rankShortlistSchema, removeConflictSchema, removeExclusionSchema, requestIdSchema, requestSchema } from "@/lib/validation/requests";
import { requestModel } from "./models";
import { actionInput, anyValue, checkProperty, isStorable, isTrimmed, typedText } from "./property";

const RUNS = 1000;

describe("request schemas (property)", () => {
  it(`requestSchema: never throws; coaching always names an area, aims 20–2000, a listed gender or none, ≤20 people; parsing it again changes nothing (${RUNS} runs)`, () => {
    checkProperty("requestSchema", RUNS, fc.property(actionInput(requestModel()), (input) => {
      const result = requestSchema.safeParse(input);
      if (!result.success) return;
      const value = result.data;
      expect(MODES).toContain(value.mode);
      if (value.mode === "COACHING") expect(value.developmentAreaId).toEqual(expect.any(String));
      expect(value.developmentAreaId === null || (value.developmentAreaId.length >= 1 && isStorable(value.developmentAreaId))).toBe(true);
      expect(value.aims.length >= 20 && value.aims.length <= 2000 && isTrimmed(value.aims) && isStorable(value.aims)).toBe(true);
      expect(PREFERENCES).toContain(value.specialtyPreference);
      expect(PREFERENCES).toContain(value.regionPreference);
      expect(MEETING_MODES).toContain(value.meetingMode);
      expect(value.preferGender === null || (PREFERRED_GENDERS as readonly string[]).includes(value.preferGender)).toBe(true);
      for (const flag of [value.wantsIndependence, value.preferEthnicMinority, value.preferImgExperience]) expect(typeof flag).toBe("boolean");
      expect(value.excludedPersonIds.length).toBeLessThanOrEqual(20);
      expect(value.conflicts.length).toBeLessThanOrEqual(20);
      for (const id of [...value.excludedPersonIds, ...value.conflicts.map((c) => c.personId)]) expect(id.length >= 1 && id.length <= 64 && isStorable(id)).toBe(true);
      for (const conflict of value.conflicts) expect(CONFLICT_KINDS).toContain(conflict.kind);
      expect(requestSchema.parse(value)).toEqual(value);
    }));
  });

  it(`requestIdSchema, removeExclusionSchema, removeConflictSchema, peopleSearchSchema, rankShortlistSchema: never throw; accepted ids and queries are storable (${RUNS} runs)`, () => {
    const id = fc.oneof(fc.string({ unit: "binary", maxLength: 70 }), fc.constantFrom("cm-request-1", "cm-mentor-1", "cm-mentor-2", "x\u0000"));
    const small = fc.oneof(
      anyValue,
      fc.record({ requestId: id, personId: id, kind: fc.constantFrom(...CONFLICT_KINDS, "x"), query: typedText(0, 110), mentorIds: fc.array(id, { maxLength: 6 }) }),
    );
    checkProperty("requestIdSchema+removeExclusionSchema+removeConflictSchema+peopleSearchSchema+rankShortlistSchema", RUNS, fc.property(small, (input) => {
      const ranking = rankShortlistSchema.safeParse(input);
      if (ranking.success) {
        expect(ranking.data.mentorIds.length).toBeLessThanOrEqual(5);
        expect(new Set(ranking.data.mentorIds).size).toBe(ranking.data.mentorIds.length);
        for (const mentorId of [ranking.data.requestId, ...ranking.data.mentorIds]) expect(isStorable(mentorId) && mentorId.length >= 1 && mentorId.length <= 64).toBe(true);
      }
      const id = requestIdSchema.safeParse(input);
      if (id.success) expect(isStorable(id.data.requestId) && id.data.requestId.length >= 1 && id.data.requestId.length <= 64).toBe(true);
      const exclusion = removeExclusionSchema.safeParse(input);
      if (exclusion.success) expect(isStorable(exclusion.data.personId)).toBe(true);
      const conflict = removeConflictSchema.safeParse(input);
      if (conflict.success) expect(CONFLICT_KINDS).toContain(conflict.data.kind);
      const search = peopleSearchSchema.safeParse(input);
      if (search.success) expect(search.data.query.length >= 2 && search.data.query.length <= 100 && isStorable(search.data.query) && isTrimmed(search.data.query)).toBe(true);
    }));
  });
});

const valid = {
  mode: "MENTORING",
  developmentAreaId: "",
  aims: "A sounding board while I find my feet in a new post.",
  specialtyPreference: "SAME",
  regionPreference: "ANY",
  meetingMode: "EITHER",
};

describe("request schemas (examples)", () => {
  it("mentoring may leave the development area empty; coaching must name one, on that field", () => {
    expect(requestSchema.parse(valid)).toMatchObject({ mode: "MENTORING", developmentAreaId: null, excludedPersonIds: [], conflicts: [], wantsIndependence: false, preferGender: null });
    const coaching = requestSchema.safeParse({ ...valid, mode: "COACHING" });
    expect(coaching.error?.issues).toEqual([expect.objectContaining({ path: ["developmentAreaId"], message: "Coaching focuses on one development area: choose it." })]);
    expect(requestSchema.parse({ ...valid, mode: "COACHING", developmentAreaId: "area-leadership" }).developmentAreaId).toBe("area-leadership");
  });

  it("aims need at least 20 characters after trimming, at most 2000", () => {
    expect(requestSchema.safeParse({ ...valid, aims: "  help please        " }).error?.issues[0].message).toBe("Tell us a little more about what you hope to achieve (at least 20 characters).");
    expect(requestSchema.safeParse({ ...valid, aims: "x".repeat(2001) }).error?.issues[0].message).toBe("Keep it under 2000 characters.");
    expect(requestSchema.safeParse({ ...valid, aims: `${"x".repeat(25)}\u0000` }).success).toBe(false);
  });

  it("a gender preference is one a volunteer can record, or none; free text is refused", () => {
    for (const gender of PREFERRED_GENDERS) expect(requestSchema.parse({ ...valid, preferGender: gender }).preferGender).toBe(gender);
    expect(PREFERRED_GENDERS.every((g) => (GENDER_OPTIONS as readonly string[]).includes(g))).toBe(true);
    expect(requestSchema.parse({ ...valid, preferGender: "" }).preferGender).toBeNull();
    for (const free of ["woman", "female", "Prefer not to say", "Woman "]) {
      expect(requestSchema.safeParse({ ...valid, preferGender: free }).error?.issues[0].message, free).toBe("Choose a gender from the list, or any gender.");
    }
  });

  it("at most 20 exclusions and 20 conflicts, each of a known kind", () => {
    expect(requestSchema.safeParse({ ...valid, excludedPersonIds: Array.from({ length: 21 }, (_, i) => `p${i}`) }).error?.issues[0].message).toBe("Exclude at most 20 people.");
    expect(requestSchema.safeParse({ ...valid, conflicts: [{ personId: "p1", kind: "FRIEND" }] }).error?.issues[0].message).toBe("Choose the kind of conflict.");
    expect(requestSchema.safeParse({ ...valid, excludedPersonIds: [""] }).success).toBe(false);
    expect(requestSchema.safeParse({ ...valid, excludedPersonIds: ["p\u0000"] }).success).toBe(false);
  });

  it("a people search needs two letters and refuses NUL", () => {
    expect(peopleSearchSchema.safeParse({ query: " a " }).error?.issues[0].message).toBe("Type at least 2 letters of a name.");
    expect(peopleSearchSchema.parse({ query: " Ok " }).query).toBe("Ok");
    expect(peopleSearchSchema.safeParse({ query: "a\u0000b" }).success).toBe(false);
  });
});
