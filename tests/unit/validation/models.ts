// "Nearly valid" input models for each form and server action, shared by the schema property
// tests (tests/unit/validation) and the action property tests (tests/integration/profiles).
// Valid values use the real reference ids, so that the accepted path is exercised as often as the
// refusals; tricky values are the near misses (a bound crossed, a look-alike, an unknown id).
import fc from "fast-check";
import { CAREER_GRADES, DEVELOPMENT_AREAS, EMPLOYERS, REGIONS, SPECIALTIES } from "@/prisma/reference-data";
import { MEETING_MODES, MODES } from "@/lib/validation/common";
import { GENDER_OPTIONS } from "@/lib/validation/equality";
import { PREFERRED_TIMES } from "@/lib/validation/profile";
import { CONFLICT_KINDS, PREFERENCES, PREFERRED_GENDERS } from "@/lib/validation/requests";
import { type Model, trickyText, validText, withUnstorable } from "./property";

const trickyId = fc.oneof(
  { arbitrary: fc.constantFrom("", " ", "no-such-id", "x".repeat(65), "GRADE-CT1", " grade-ct1 "), weight: 2 },
  { arbitrary: withUnstorable(fc.constantFrom("grade-ct1", "area-leadership", "region-wales")), weight: 2 },
  { arbitrary: fc.string({ maxLength: 70, unit: "binary" }), weight: 1 },
);
const idFrom = (ids: readonly string[]) => ({ valid: fc.constantFrom(...ids), tricky: trickyId });
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ arbitrary, weight: 3 }, { arbitrary: fc.constantFrom("", null, undefined), weight: 1 });

export interface People {
  /** Members the caller may name as conflicts or exclusions. */
  others: string[];
  /** The caller's own id: naming yourself must be refused. */
  self?: string;
}

export const onboardingModel: Model = {
  name: { valid: validText(2, 100), tricky: trickyText(2, 100) },
  careerGradeId: idFrom(CAREER_GRADES.map((g) => g.id)),
  specialtyId: idFrom(SPECIALTIES.map((s) => s.id)),
  regionId: idFrom(REGIONS.map((r) => r.id)),
  employerId: { valid: optional(fc.constantFrom(...EMPLOYERS.map((e) => e.id))), tricky: trickyId },
  employerOther: { valid: optional(validText(1, 120)), tricky: trickyText(1, 120) },
};

export const profileModel: Model = {
  ...onboardingModel,
  interests: {
    valid: fc.oneof(fc.array(validText(1, 40), { maxLength: 10 }), fc.array(validText(1, 40), { maxLength: 4 }).map((list) => list.join(", "))),
    tricky: fc.oneof(fc.array(trickyText(1, 40), { minLength: 1, maxLength: 3 }), fc.constant(Array.from({ length: 11 }, (_, i) => `topic ${i}`)), fc.constant("a,,b, ,c")),
  },
  gmcNumber: { valid: optional(fc.stringMatching(/^\d{7}$/)), tricky: fc.oneof(fc.stringMatching(/^\s?\d{6,8}\s?$/), fc.constantFrom("١٢٣٤٥٦٧", "１２３４５６７", "123 4567", 1234567)) },
  bio: { valid: optional(validText(1, 1000)), tricky: trickyText(1, 1000) },
  phone: { valid: optional(fc.stringMatching(/^0\d{3} \d{3} \d{4}$/)), tricky: fc.oneof(fc.stringMatching(/^\+?[0-9 ()-]{5,22}$/), fc.constantFrom("-------", "(((((((", "+44 20 7946 0018 ext 2")) },
  meetingMode: { valid: fc.constantFrom(...MEETING_MODES), tricky: fc.constantFrom("online", "BOTH", "") },
  availabilityHoursPerMonth: {
    valid: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }).map(String), fc.constantFrom("", null, undefined)),
    tricky: fc.oneof(fc.integer({ min: -5, max: 50 }), fc.constantFrom(NaN, "2.5", " 7 ", "1e1", true, [], [5], "41", "-1")),
  },
  preferredTimes: { valid: fc.subarray([...PREFERRED_TIMES]), tricky: fc.array(fc.constantFrom(...PREFERRED_TIMES, "nights", ""), { minLength: 1, maxLength: 7 }) },
};

export function requestModel(people: People = { others: ["user-a", "user-b"] }): Model {
  const person = { valid: fc.constantFrom(...people.others), tricky: fc.oneof(trickyId, fc.constant(people.self ?? "self")) };
  const area = fc.constantFrom(...DEVELOPMENT_AREAS.map((a) => a.id));
  return {
    mode: { valid: fc.constantFrom(...MODES), tricky: fc.constantFrom("mentoring", "BOTH") },
    // Coaching must name an area: a valid request names one; mutations take it away.
    developmentAreaId: { valid: area, tricky: fc.oneof(trickyId, fc.constantFrom("", null, undefined)) },
    aims: { valid: validText(20, 2000), tricky: trickyText(20, 2000) },
    specialtyPreference: { valid: fc.constantFrom(...PREFERENCES), tricky: fc.constantFrom("NONE", "same") },
    regionPreference: { valid: fc.constantFrom(...PREFERENCES) },
    meetingMode: { valid: fc.constantFrom(...MEETING_MODES) },
    wantsIndependence: { valid: fc.oneof(fc.boolean(), fc.constant(undefined)), tricky: fc.constantFrom("true", 1, null) },
    preferGender: { valid: fc.constantFrom(...PREFERRED_GENDERS, "", null, undefined), tricky: fc.constantFrom("woman", "Prefer not to say", "Woman ", ...GENDER_OPTIONS) },
    preferEthnicMinority: { valid: fc.boolean() },
    preferImgExperience: { valid: fc.boolean() },
    excludedPersonIds: { valid: fc.uniqueArray(person.valid, { maxLength: 2 }), tricky: fc.array(fc.oneof(person.valid, person.tricky), { minLength: 1, maxLength: 3 }) },
    conflicts: {
      valid: fc.array(fc.record({ personId: person.valid, kind: fc.constantFrom(...CONFLICT_KINDS) }), { maxLength: 2 }),
      tricky: fc.array(fc.record({ personId: fc.oneof(person.valid, person.tricky), kind: fc.constantFrom(...CONFLICT_KINDS, "FRIEND") }), { minLength: 1, maxLength: 3 }),
    },
  };
}

export const offerModel: Model = {
  mode: { valid: fc.constantFrom(...MODES) },
  capacity: { valid: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }).map(String)), tricky: fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constantFrom("", " ", null, "1.5", true, [2], "11")) },
  acceptedGradeRanks: {
    valid: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 5 }).chain((ranks) => fc.tuple(...ranks.map((rank) => fc.constantFrom(rank, String(rank))))),
    tricky: fc.array(fc.constantFrom(0, 13, 21, "", true, "1.5", 2, 2), { minLength: 1, maxLength: 3 }),
  },
  // A coaching offer needs at least one area (checked by the data layer), so valid offers usually name some.
  developmentAreaIds: { valid: fc.uniqueArray(fc.constantFrom(...DEVELOPMENT_AREAS.map((a) => a.id)), { minLength: 1, maxLength: 4 }), tricky: fc.oneof(fc.constant([]), fc.array(trickyId, { minLength: 1, maxLength: 2 })) },
  meetingMode: { valid: fc.constantFrom(...MEETING_MODES) },
};

const choice = { valid: fc.constantFrom("yes", "no", "unsaid"), tricky: fc.constantFrom("maybe", true, null, "") };
export const equalityModel: Model = {
  consent: { valid: fc.constant(true), tricky: fc.constantFrom(false, "true", "on", 1, null) },
  gender: { valid: fc.constantFrom(...GENDER_OPTIONS, null, undefined), tricky: fc.constantFrom("", "woman", "Female") },
  ethnicity: { valid: optional(validText(1, 80)), tricky: trickyText(1, 80) },
  ethnicMinority: choice,
  imgStatus: choice,
  disability: choice,
};
