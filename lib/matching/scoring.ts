import { capitalise, formatGradeStep, formatHelper, formatMeetingMode, formatPoints } from "./labels";
import { areMeetingModesCompatible, RULE_CODES } from "./rules";
import { pack, type SharedLines } from "./shared-lines";
import type { MenteeInput, MentorInput, ScorePart, ScorePartKey } from "./types";
import type { MatchingWeights } from "./weights";

export const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"];

function spellCount(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

export function countWeeksWaiting(waitingSinceMs: number, now: number): number {
  return Math.max(0, Math.floor((now - waitingSinceMs) / WEEK_MS));
}

export function computeWaitingPoints(waitingSinceMs: number, now: number, weights: MatchingWeights): number {
  return Math.min(weights.waiting.maxPoints, countWeeksWaiting(waitingSinceMs, now) * weights.waiting.pointsPerWeek);
}

/** Points for a mentoring gap of `steps` grades (steps >= 1). */
export function computeMentoringGapPoints(steps: number, weights: MatchingWeights): number {
  const table = weights.gradeGap.mentoringStepsAhead;
  return table[Math.min(steps, table.length) - 1];
}

/** Whether the pair could meet in person at all; online-only pairs care less about distance. */
export function canMeetInPerson(mentee: MenteeInput, mentor: MentorInput): boolean {
  return mentee.meetingMode !== "ONLINE" && mentor.meetingMode !== "ONLINE";
}

// Built only in the branches that print them: explanations are made for thousands of pairs.
function bothSpecialties(mentee: MenteeInput, mentor: MentorInput): string {
  return `${mentor.specialtyName}; mentee ${mentee.specialtyName}`;
}

function bothRegions(mentee: MenteeInput, mentor: MentorInput): string {
  return `${mentor.regionName}; mentee ${mentee.regionName}`;
}

function part(key: ScorePartKey, points: number, words: string): ScorePart {
  return { key, points, text: words + " " + formatPoints(points) };
}

function gradeGapPart(mentee: MenteeInput, mentor: MentorInput, weights: MatchingWeights): ScorePart {
  const step = formatGradeStep(mentor.gradeRank, mentee.gradeRank);
  const steps = mentor.gradeRank - mentee.gradeRank;
  if (mentee.mode === "MENTORING") {
    if (steps < 1) return part("gradeGap", 0, `Mentor not further along (${step})`);
    const grades = steps === 1 ? "one grade" : `${spellCount(steps)} grades`;
    return part("gradeGap", computeMentoringGapPoints(steps, weights), `Mentor ${grades} ahead (${step})`);
  }
  return steps >= 1
    ? part("gradeGap", weights.gradeGap.coachingFurtherAlong, `Coach further along (${step})`)
    : part("gradeGap", weights.gradeGap.coachingNotFurtherAlong, `Coach not further along but has the skill (${step})`);
}

function specialtyPart(mentee: MenteeInput, mentor: MentorInput, weights: MatchingWeights): ScorePart {
  const same = mentee.specialtyId === mentor.specialtyId;
  if (mentee.specialtyPreference === "SAME") {
    return same
      ? part("specialty", weights.specialty.preferenceMet, `Same specialty (${mentee.specialtyName}), as asked`)
      : part("specialty", 0, `Different specialty (${bothSpecialties(mentee, mentor)}), though the same was asked`);
  }
  if (mentee.specialtyPreference === "DIFFERENT") {
    return same
      ? part("specialty", 0, `Same specialty (${mentee.specialtyName}), though a different one was asked`)
      : part("specialty", weights.specialty.preferenceMet, `Different specialty (${bothSpecialties(mentee, mentor)}), as asked`);
  }
  if (mentee.mode === "MENTORING") {
    return same
      ? part("specialty", weights.specialty.mentoringSameByDefault, `Same specialty (${mentee.specialtyName})`)
      : part("specialty", 0, `Different specialty (${bothSpecialties(mentee, mentor)})`);
  }
  return same
    ? part("specialty", 0, `Same specialty (${mentee.specialtyName})`)
    : part("specialty", weights.specialty.coachingDifferentByDefault, `Coach from outside the specialty (${bothSpecialties(mentee, mentor)})`);
}

function regionPart(mentee: MenteeInput, mentor: MentorInput, weights: MatchingWeights): ScorePart {
  const same = mentee.regionId === mentor.regionId;
  if (mentee.regionPreference === "SAME") {
    return same
      ? part("region", weights.region.preferenceMet, `Same region (${mentee.regionName}), as asked`)
      : part("region", 0, `Different region (${bothRegions(mentee, mentor)}), though the same was asked`);
  }
  if (mentee.regionPreference === "OTHER") {
    return same
      ? part("region", 0, `Same region (${mentee.regionName}), though someone outside it was asked`)
      : part("region", weights.region.preferenceMet, `Outside the mentee's region (${bothRegions(mentee, mentor)}), as asked`);
  }
  if (!same) return part("region", 0, `Different region (${bothRegions(mentee, mentor)})`);
  return canMeetInPerson(mentee, mentor)
    ? part("region", weights.region.sameInPerson, `Same region (${mentee.regionName})`)
    : part("region", weights.region.sameOnline, `Same region (${mentee.regionName}), meeting online`);
}

function meetingModePart(mentee: MenteeInput, mentor: MentorInput, weights: MatchingWeights): ScorePart {
  const helper = formatHelper(mentee.mode);
  const a = mentee.meetingMode;
  const b = mentor.meetingMode;
  if (!areMeetingModesCompatible(a, b)) {
    return part("meetingMode", 0, `Meeting modes clash (mentee ${formatMeetingMode(a)}; ${helper} ${formatMeetingMode(b)})`);
  }
  if (a === b && a !== "EITHER") return part("meetingMode", weights.meetingMode.sameChoice, `Both want to meet ${formatMeetingMode(a)}`);
  return part("meetingMode", weights.meetingMode.flexible, `Meeting modes fit (mentee ${formatMeetingMode(a)}; ${helper} ${formatMeetingMode(b)})`);
}

function developmentAreaPart(mentee: MenteeInput, mentor: MentorInput, weights: MatchingWeights, area: string): ScorePart {
  const Helper = capitalise(formatHelper(mentee.mode));
  const name = mentee.developmentAreaName ?? area;
  return mentor.developmentAreaIds.includes(area)
    ? part("developmentArea", weights.developmentArea.listed, `${Helper} lists ${name}`)
    : part("developmentArea", 0, `${Helper} does not list ${name}`);
}

function ethnicMinorityPart(mentee: MenteeInput, mentor: MentorInput, weights: MatchingWeights): ScorePart {
  const helper = formatHelper(mentee.mode);
  return mentor.attributes.ethnicMinority === true
    ? part("ethnicMinorityMentor", weights.consented.ethnicMinorityMentor, `Minority-ethnic ${helper}, as asked`)
    : part("ethnicMinorityMentor", 0, `${capitalise(helper)} not recorded as minority-ethnic, which was asked`);
}

function imgExperiencePart(mentee: MenteeInput, mentor: MentorInput, weights: MatchingWeights): ScorePart {
  const Helper = capitalise(formatHelper(mentee.mode));
  return mentor.attributes.imgExperience === true
    ? part("imgExperience", weights.consented.imgExperience, `${Helper} has international medical graduate experience, as asked`)
    : part("imgExperience", 0, `${Helper} not recorded with international medical graduate experience, which was asked`);
}

function waitingPart(mentee: MenteeInput, weights: MatchingWeights, now: number): ScorePart {
  const weeks = countWeeksWaiting(mentee.waitingSinceMs, now);
  const points = computeWaitingPoints(mentee.waitingSinceMs, now, weights);
  const waited = weeks === 1 ? "1 week" : `${weeks} weeks`;
  return part("waiting", points, weeks * weights.waiting.pointsPerWeek > points ? `Waiting ${waited} (capped at ${weights.waiting.maxPoints})` : `Waiting ${waited}`);
}

// Kinds of shared score lines (SharedLines keys), after the rules' kinds (one per rule code).
const LINE_GRADE = RULE_CODES.length;
const LINE_SPECIALTY = LINE_GRADE + 1;
const LINE_REGION = LINE_GRADE + 2;
const LINE_OTHER = LINE_GRADE + 3;
const LINE_WAITING = LINE_GRADE + 4;

/**
 * The readable scorer: every part with its words. The solver uses a table-driven
 * copy of the same arithmetic (compile.ts); a test holds the two equal. With
 * `shared`, parts come from the round's shared lines: each key packs everything
 * its part reads (a test holds shared and freshly built explanations equal).
 */
export function scorePairParts(mentee: MenteeInput, mentor: MentorInput, weights: MatchingWeights, now: number, shared?: SharedLines): ScorePart[] {
  // No closures here: this runs for every proposal of a round, and one closure
  // per part was most of what a national round's explanations allocated.
  // `found(...) ?? kept(...)` builds a part only when the round has not already.
  // Keys are worked out only when sharing (s.id is never called otherwise).
  const s = shared;
  const asked = mentee.consentedPreferences;
  const area = mentee.developmentAreaId;
  // Sized up front: a pushed-to array reserves 17 slots, and a round keeps thousands of these.
  const optional = (area !== null ? 1 : 0) + (asked.gender !== undefined ? 1 : 0) + (asked.ethnicMinorityMentor === true ? 1 : 0) + (asked.imgExperience === true ? 1 : 0);
  const parts = new Array<ScorePart>(5 + optional);
  let n = 0;
  const mode = mentee.mode === "MENTORING" ? 0 : 1;
  let key = s ? pack(LINE_GRADE, mode, s.id(mentor.gradeRank), s.id(mentee.gradeRank)) : -1;
  parts[n++] = found(s, key) ?? kept(s, key, gradeGapPart(mentee, mentor, weights));

  const sameSpecialty = mentee.specialtyId === mentor.specialtyId ? 1 : 0;
  key = s ? pack(LINE_SPECIALTY, mode * 2 + sameSpecialty, s.id(mentee.specialtyPreference), s.id(mentee.specialtyName), s.id(mentor.specialtyName)) : -1;
  parts[n++] = found(s, key) ?? kept(s, key, specialtyPart(mentee, mentor, weights));

  const sameRegion = mentee.regionId === mentor.regionId ? 1 : 0;
  const inPerson = canMeetInPerson(mentee, mentor) ? 1 : 0;
  key = s ? pack(LINE_REGION, sameRegion * 2 + inPerson, s.id(mentee.regionPreference), s.id(mentee.regionName), s.id(mentor.regionName)) : -1;
  parts[n++] = found(s, key) ?? kept(s, key, regionPart(mentee, mentor, weights));

  key = s ? pack(LINE_OTHER, 0, mode, s.id(mentee.meetingMode), s.id(mentor.meetingMode)) : -1;
  parts[n++] = found(s, key) ?? kept(s, key, meetingModePart(mentee, mentor, weights));

  if (area !== null) {
    const listed = mentor.developmentAreaIds.includes(area) ? 1 : 0;
    key = s ? pack(LINE_OTHER, 1, mode * 2 + listed, s.id(area), s.id(mentee.developmentAreaName ?? area)) : -1;
    parts[n++] = found(s, key) ?? kept(s, key, developmentAreaPart(mentee, mentor, weights, area));
  }
  if (asked.gender !== undefined) {
    const met = mentor.attributes.gender === asked.gender;
    key = s ? pack(LINE_OTHER, 2, met ? 1 : 0) : -1;
    parts[n++] = found(s, key) ?? kept(s, key, genderPart(met, weights));
  }
  if (asked.ethnicMinorityMentor === true) {
    key = s ? pack(LINE_OTHER, 3, mode, mentor.attributes.ethnicMinority === true ? 1 : 0) : -1;
    parts[n++] = found(s, key) ?? kept(s, key, ethnicMinorityPart(mentee, mentor, weights));
  }
  if (asked.imgExperience === true) {
    key = s ? pack(LINE_OTHER, 4, mode, mentor.attributes.imgExperience === true ? 1 : 0) : -1;
    parts[n++] = found(s, key) ?? kept(s, key, imgExperiencePart(mentee, mentor, weights));
  }
  key = s ? pack(LINE_WAITING, s.id(countWeeksWaiting(mentee.waitingSinceMs, now))) : -1;
  parts[n++] = found(s, key) ?? kept(s, key, waitingPart(mentee, weights, now));
  return parts;
}

function found(shared: SharedLines | undefined, key: number): ScorePart | undefined {
  return shared?.find<ScorePart>(key);
}

function kept(shared: SharedLines | undefined, key: number, line: ScorePart): ScorePart {
  return shared ? shared.keep(key, line) : line;
}

function genderPart(met: boolean, weights: MatchingWeights): ScorePart {
  return met ? part("gender", weights.consented.gender, "Gender preference met") : part("gender", 0, "Gender preference not met");
}

export function sumParts(parts: ScorePart[]): number {
  let total = 0;
  for (const p of parts) total += p.points;
  return total;
}

export function scorePair(mentee: MenteeInput, mentor: MentorInput, weights: MatchingWeights, now: number): number {
  return sumParts(scorePairParts(mentee, mentor, weights, now));
}
