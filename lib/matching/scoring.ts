import { formatGrade, formatHelper, formatMeetingMode, formatPoints } from "./labels";
import { areMeetingModesCompatible } from "./rules";
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

/**
 * The readable scorer: every part with its words. The solver uses a table-driven
 * copy of the same arithmetic (compile.ts); a test holds the two equal.
 */
export function scorePairParts(mentee: MenteeInput, mentor: MentorInput, weights: MatchingWeights, now: number): ScorePart[] {
  const parts: ScorePart[] = [];
  const helper = formatHelper(mentee.mode);
  const Helper = helper === "mentor" ? "Mentor" : "Coach";
  const step = `${formatGrade(mentor.gradeRank)} → ${formatGrade(mentee.gradeRank)}`;

  const steps = mentor.gradeRank - mentee.gradeRank;
  if (mentee.mode === "MENTORING") {
    if (steps >= 1) {
      const grades = steps === 1 ? "one grade" : `${spellCount(steps)} grades`;
      parts.push(part("gradeGap", computeMentoringGapPoints(steps, weights), `Mentor ${grades} ahead (${step})`));
    } else {
      parts.push(part("gradeGap", 0, `Mentor not further along (${step})`));
    }
  } else if (steps >= 1) {
    parts.push(part("gradeGap", weights.gradeGap.coachingFurtherAlong, `Coach further along (${step})`));
  } else {
    parts.push(part("gradeGap", weights.gradeGap.coachingNotFurtherAlong, `Coach not further along but has the skill (${step})`));
  }

  const sameSpecialty = mentee.specialtyId === mentor.specialtyId;
  if (mentee.specialtyPreference === "SAME") {
    parts.push(
      sameSpecialty
        ? part("specialty", weights.specialty.preferenceMet, `Same specialty (${mentee.specialtyName}), as asked`)
        : part("specialty", 0, `Different specialty (${bothSpecialties(mentee, mentor)}), though the same was asked`),
    );
  } else if (mentee.specialtyPreference === "DIFFERENT") {
    parts.push(
      sameSpecialty
        ? part("specialty", 0, `Same specialty (${mentee.specialtyName}), though a different one was asked`)
        : part("specialty", weights.specialty.preferenceMet, `Different specialty (${bothSpecialties(mentee, mentor)}), as asked`),
    );
  } else if (mentee.mode === "MENTORING") {
    parts.push(
      sameSpecialty
        ? part("specialty", weights.specialty.mentoringSameByDefault, `Same specialty (${mentee.specialtyName})`)
        : part("specialty", 0, `Different specialty (${bothSpecialties(mentee, mentor)})`),
    );
  } else {
    parts.push(
      sameSpecialty
        ? part("specialty", 0, `Same specialty (${mentee.specialtyName})`)
        : part("specialty", weights.specialty.coachingDifferentByDefault, `Coach from outside the specialty (${bothSpecialties(mentee, mentor)})`),
    );
  }

  const sameRegion = mentee.regionId === mentor.regionId;
  if (mentee.regionPreference === "SAME") {
    parts.push(
      sameRegion
        ? part("region", weights.region.preferenceMet, `Same region (${mentee.regionName}), as asked`)
        : part("region", 0, `Different region (${bothRegions(mentee, mentor)}), though the same was asked`),
    );
  } else if (mentee.regionPreference === "OTHER") {
    parts.push(
      sameRegion
        ? part("region", 0, `Same region (${mentee.regionName}), though someone outside it was asked`)
        : part("region", weights.region.preferenceMet, `Outside the mentee's region (${bothRegions(mentee, mentor)}), as asked`),
    );
  } else if (!sameRegion) {
    parts.push(part("region", 0, `Different region (${bothRegions(mentee, mentor)})`));
  } else if (canMeetInPerson(mentee, mentor)) {
    parts.push(part("region", weights.region.sameInPerson, `Same region (${mentee.regionName})`));
  } else {
    parts.push(part("region", weights.region.sameOnline, `Same region (${mentee.regionName}), meeting online`));
  }

  const a = mentee.meetingMode;
  const b = mentor.meetingMode;
  if (!areMeetingModesCompatible(a, b)) {
    parts.push(part("meetingMode", 0, `Meeting modes clash (mentee ${formatMeetingMode(a)}; ${helper} ${formatMeetingMode(b)})`));
  } else if (a === b && a !== "EITHER") {
    parts.push(part("meetingMode", weights.meetingMode.sameChoice, `Both want to meet ${formatMeetingMode(a)}`));
  } else {
    parts.push(
      part("meetingMode", weights.meetingMode.flexible, `Meeting modes fit (mentee ${formatMeetingMode(a)}; ${helper} ${formatMeetingMode(b)})`),
    );
  }

  if (mentee.developmentAreaId !== null) {
    const name = mentee.developmentAreaName ?? mentee.developmentAreaId;
    parts.push(
      mentor.developmentAreaIds.includes(mentee.developmentAreaId)
        ? part("developmentArea", weights.developmentArea.listed, `${Helper} lists ${name}`)
        : part("developmentArea", 0, `${Helper} does not list ${name}`),
    );
  }

  const asked = mentee.consentedPreferences;
  if (asked.gender !== undefined) {
    parts.push(
      mentor.attributes.gender === asked.gender
        ? part("gender", weights.consented.gender, "Gender preference met")
        : part("gender", 0, "Gender preference not met"),
    );
  }
  if (asked.ethnicMinorityMentor === true) {
    parts.push(
      mentor.attributes.ethnicMinority === true
        ? part("ethnicMinorityMentor", weights.consented.ethnicMinorityMentor, `Minority-ethnic ${helper}, as asked`)
        : part("ethnicMinorityMentor", 0, `${Helper} not recorded as minority-ethnic, which was asked`),
    );
  }
  if (asked.imgExperience === true) {
    parts.push(
      mentor.attributes.imgExperience === true
        ? part("imgExperience", weights.consented.imgExperience, `${Helper} has international medical graduate experience, as asked`)
        : part("imgExperience", 0, `${Helper} not recorded with international medical graduate experience, which was asked`),
    );
  }

  const weeks = countWeeksWaiting(mentee.waitingSinceMs, now);
  const waitPoints = computeWaitingPoints(mentee.waitingSinceMs, now, weights);
  const uncapped = weeks * weights.waiting.pointsPerWeek;
  const waited = weeks === 1 ? "1 week" : `${weeks} weeks`;
  parts.push(
    part("waiting", waitPoints, uncapped > waitPoints ? `Waiting ${waited} (capped at ${weights.waiting.maxPoints})` : `Waiting ${waited}`),
  );
  return parts;
}

export function sumParts(parts: ScorePart[]): number {
  let total = 0;
  for (const p of parts) total += p.points;
  return total;
}

export function scorePair(mentee: MenteeInput, mentor: MentorInput, weights: MatchingWeights, now: number): number {
  return sumParts(scorePairParts(mentee, mentor, weights, now));
}
