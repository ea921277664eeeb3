import fc from "fast-check";
import { checkPair } from "../../../lib/matching/rules";
import { scorePair } from "../../../lib/matching/scoring";
import type { MeetingMode, MenteeInput, MentorInput, Mode, Proposal } from "../../../lib/matching/types";
import { DEFAULT_WEIGHTS, type MatchingWeights } from "../../../lib/matching/weights";

export const NOW = Date.UTC(2025, 10, 1);
export const DAY = 86_400_000;

const PEOPLE = ["p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9"];
const SPECIALTIES = [
  ["s-ga", "General Adult"],
  ["s-oa", "Old Age"],
];
const REGIONS = [
  ["r-lon", "London"],
  ["r-tre", "Trent"],
];
const AREAS = [
  ["a-res", "Research"],
  ["a-lead", "Leadership and management"],
  ["a-casc", "Mock OSCE / CASC practice"],
];
const MEETING: MeetingMode[] = ["ONLINE", "IN_PERSON", "EITHER"];

const person = fc.constantFrom(...PEOPLE);
const subset = fc.subarray(PEOPLE, { maxLength: 2 });

const menteeArb = fc.record({
  personId: person,
  mode: fc.constantFrom<Mode>("MENTORING", "MENTORING", "COACHING"),
  gradeRank: fc.integer({ min: 1, max: 12 }),
  spec: fc.integer({ min: 0, max: 1 }),
  region: fc.integer({ min: 0, max: 1 }),
  employerId: fc.constantFrom<string | null>("e1", "e2", null),
  meetingMode: fc.constantFrom(...MEETING),
  area: fc.integer({ min: -1, max: 2 }),
  specialtyPreference: fc.constantFrom<MenteeInput["specialtyPreference"]>("ANY", "SAME", "DIFFERENT"),
  regionPreference: fc.constantFrom<MenteeInput["regionPreference"]>("ANY", "SAME", "OTHER"),
  wantsIndependence: fc.boolean(),
  excludedPersonIds: subset,
  conflictPersonIds: subset,
  previousPartnerIds: subset,
  repeatAll: fc.boolean(),
  // Several values share a whole week (same waiting points), so ties broken by waiting are common.
  waitDays: fc.constantFrom(0, 1, 3, 5, 8, 10, 12, 40, 200),
  gender: fc.constantFrom<string | undefined>(undefined, undefined, "female", "male"),
  ethnic: fc.constantFrom<boolean | undefined>(undefined, undefined, true),
  img: fc.constantFrom<boolean | undefined>(undefined, undefined, true),
});

const mentorArb = fc.record({
  personId: person,
  mode: fc.constantFrom<Mode>("MENTORING", "MENTORING", "COACHING"),
  gradeRank: fc.integer({ min: 1, max: 12 }),
  spec: fc.integer({ min: 0, max: 1 }),
  region: fc.integer({ min: 0, max: 1 }),
  employerId: fc.constantFrom<string | null>("e1", "e2", null),
  meetingMode: fc.constantFrom(...MEETING),
  capacity: fc.integer({ min: 0, max: 3 }),
  active: fc.integer({ min: 0, max: 2 }),
  accepted: fc.oneof(fc.constant<number[]>([]), fc.constant<number[]>([]), fc.subarray([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], { minLength: 1 })),
  areas: fc.subarray([0, 1, 2]),
  excludedPersonIds: fc.subarray(PEOPLE, { maxLength: 1 }),
  conflictPersonIds: fc.subarray(PEOPLE, { maxLength: 1 }),
  gender: fc.constantFrom<string | undefined>(undefined, "female", "male"),
  ethnic: fc.constantFrom<boolean | undefined>(undefined, true, false),
  img: fc.boolean(),
});

export interface Instance {
  mentees: MenteeInput[];
  mentors: MentorInput[];
}

/** Small random rounds: few people, so every rule fires often; ties are common on purpose. */
export function instanceArb(maxMentees = 6, maxMentors = 5): fc.Arbitrary<Instance> {
  return fc
    .record({
      mentees: fc.array(menteeArb, { minLength: 0, maxLength: maxMentees }),
      mentors: fc.array(mentorArb, { minLength: 0, maxLength: maxMentors }),
    })
    .map(({ mentees, mentors }) => {
      const seen = new Set<string>();
      const mentorInputs: MentorInput[] = [];
      for (const m of mentors) {
        const key = `${m.personId}/${m.mode}`;
        if (seen.has(key)) continue;
        seen.add(key);
        mentorInputs.push({
          personId: m.personId,
          mode: m.mode,
          gradeRank: m.gradeRank,
          specialtyId: SPECIALTIES[m.spec][0],
          specialtyName: SPECIALTIES[m.spec][1],
          regionId: REGIONS[m.region][0],
          regionName: REGIONS[m.region][1],
          employerId: m.employerId,
          meetingMode: m.meetingMode,
          capacity: m.capacity,
          activeCount: Math.min(m.active, m.capacity + 1),
          acceptedGradeRanks: m.accepted,
          developmentAreaIds: m.areas.map((a) => AREAS[a][0]),
          excludedPersonIds: m.excludedPersonIds,
          conflictPersonIds: m.conflictPersonIds,
          attributes: { gender: m.gender, ethnicMinority: m.ethnic, imgExperience: m.img },
        });
      }
      const menteeInputs: MenteeInput[] = mentees.map((m, k) => {
        const area = m.mode === "COACHING" && m.area < 0 ? 0 : m.area;
        const consented: MenteeInput["consentedPreferences"] = {};
        if (m.gender !== undefined) consented.gender = m.gender;
        if (m.ethnic !== undefined) consented.ethnicMinorityMentor = m.ethnic;
        if (m.img !== undefined) consented.imgExperience = m.img;
        return {
          requestId: `r${k}`,
          personId: m.personId,
          mode: m.mode,
          gradeRank: m.gradeRank,
          specialtyId: SPECIALTIES[m.spec][0],
          specialtyName: SPECIALTIES[m.spec][1],
          regionId: REGIONS[m.region][0],
          regionName: REGIONS[m.region][1],
          employerId: m.employerId,
          meetingMode: m.meetingMode,
          developmentAreaId: area < 0 ? null : AREAS[area][0],
          developmentAreaName: area < 0 ? null : AREAS[area][1],
          specialtyPreference: m.specialtyPreference,
          regionPreference: m.regionPreference,
          wantsIndependence: m.wantsIndependence,
          excludedPersonIds: m.excludedPersonIds,
          conflictPersonIds: m.conflictPersonIds,
          previousPartnerIds: m.previousPartnerIds,
          repeatAllowedPartnerIds: m.repeatAll ? m.previousPartnerIds : [],
          waitingSinceMs: NOW - m.waitDays * DAY,
          consentedPreferences: consented,
        };
      });
      return { mentees: menteeInputs, mentors: mentorInputs };
    });
}

export function freeOf(mentor: MentorInput): number {
  return Math.max(0, mentor.capacity - mentor.activeCount);
}

/** Waiting weight as the decision record defines it, computed independently: N for the oldest request, ties by requestId. */
export function waitWeights(mentees: MenteeInput[]): Map<string, number> {
  const sorted = [...mentees].sort(
    (a, b) => a.waitingSinceMs - b.waitingSinceMs || (a.requestId < b.requestId ? -1 : a.requestId > b.requestId ? 1 : 0),
  );
  return new Map(sorted.map((m, k) => [m.requestId, mentees.length - k]));
}

export interface Objective {
  matched: number;
  score: number;
  wait: number;
}

export function compareObjective(a: Objective, b: Objective): number {
  return a.matched - b.matched || a.score - b.score || a.wait - b.wait;
}

/**
 * Exhaustive search over every assignment (each mentee: one allowed mentor
 * with room, or none), using only the readable reference code (checkPair,
 * scorePair). Returns the lexicographic best (matched, score, waiting).
 */
export function bruteForce(inst: Instance, weights: MatchingWeights = DEFAULT_WEIGHTS, now = NOW): Objective {
  const wait = waitWeights(inst.mentees);
  const options = inst.mentees.map((mentee) =>
    inst.mentors
      .map((mentor, j) => ({ j, allowed: checkPair(mentee, mentor).allowed, score: scorePair(mentee, mentor, weights, now) }))
      .filter((o) => o.allowed),
  );
  const room = inst.mentors.map(freeOf);
  let best: Objective = { matched: 0, score: 0, wait: 0 };
  const walk = (k: number, acc: Objective) => {
    if (k === inst.mentees.length) {
      if (compareObjective(acc, best) > 0) best = { ...acc };
      return;
    }
    walk(k + 1, acc);
    const w = wait.get(inst.mentees[k].requestId)!;
    for (const o of options[k]) {
      if (room[o.j] === 0) continue;
      room[o.j]--;
      walk(k + 1, { matched: acc.matched + 1, score: acc.score + o.score, wait: acc.wait + w });
      room[o.j]++;
    }
  };
  walk(0, { matched: 0, score: 0, wait: 0 });
  return best;
}

export function findMentor(inst: Instance, proposal: Proposal): MentorInput {
  const mentor = inst.mentors.find((m) => m.personId === proposal.mentorId && m.mode === proposal.mode);
  if (!mentor) throw new Error(`no mentor ${proposal.mentorId}/${proposal.mode}`);
  return mentor;
}

export function findMentee(inst: Instance, requestId: string): MenteeInput {
  const mentee = inst.mentees.find((m) => m.requestId === requestId);
  if (!mentee) throw new Error(`no request ${requestId}`);
  return mentee;
}

/** Deterministic shuffle for order-invariance checks. */
export function shuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let k = out.length - 1; k > 0; k--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const r = s % (k + 1);
    [out[k], out[r]] = [out[r], out[k]];
  }
  return out;
}

export function baseMentee(overrides: Partial<MenteeInput> = {}): MenteeInput {
  return {
    requestId: "req-1",
    personId: "mentee-1",
    mode: "MENTORING",
    gradeRank: 2,
    specialtyId: "s-ga",
    specialtyName: "General Adult",
    regionId: "r-lon",
    regionName: "London",
    employerId: "e-barts",
    meetingMode: "EITHER",
    developmentAreaId: null,
    developmentAreaName: null,
    specialtyPreference: "ANY",
    regionPreference: "ANY",
    wantsIndependence: false,
    excludedPersonIds: [],
    conflictPersonIds: [],
    previousPartnerIds: [],
    repeatAllowedPartnerIds: [],
    waitingSinceMs: NOW,
    consentedPreferences: {},
    ...overrides,
  };
}

export function baseMentor(overrides: Partial<MentorInput> = {}): MentorInput {
  return {
    personId: "mentor-1",
    mode: "MENTORING",
    gradeRank: 12,
    specialtyId: "s-ga",
    specialtyName: "General Adult",
    regionId: "r-lon",
    regionName: "London",
    employerId: "e-slam",
    meetingMode: "EITHER",
    capacity: 1,
    activeCount: 0,
    acceptedGradeRanks: [],
    developmentAreaIds: [],
    excludedPersonIds: [],
    conflictPersonIds: [],
    attributes: {},
    ...overrides,
  };
}
