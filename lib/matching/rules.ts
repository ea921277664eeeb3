import { capitalise, formatCount, formatGrade, formatGradeRange, formatGradeStep, formatHelper, formatMeetingMode, formatMode } from "./labels";
import { pack, type SharedLines } from "./shared-lines";
import type { MeetingMode, MenteeInput, MentorInput, PairCheck, RuleCheck, RuleCode } from "./types";

// Order is the order the programme lead reads them in; codes are stable and stored.
export const RULE_CODES: readonly RuleCode[] = [
  "same-mode",
  "different-person",
  "seniority",
  "capacity",
  "accepted-grade",
  "conflict-of-interest",
  "independence",
  "exclusion",
  "no-repeat",
  "meeting-mode",
  "development-area",
];

export const RULE_TITLES: Record<RuleCode, string> = {
  "same-mode": "same mode",
  "different-person": "different person",
  seniority: "seniority",
  capacity: "free capacity",
  "accepted-grade": "accepted grade",
  "conflict-of-interest": "conflict of interest",
  independence: "independence",
  exclusion: "exclusion",
  "no-repeat": "no repeat",
  "meeting-mode": "meeting mode",
  "development-area": "development area",
};

/** Bit per rule, in RULE_CODES order; used where sentences would cost too much. */
export const RULE_BIT: Record<RuleCode, number> = Object.fromEntries(RULE_CODES.map((c, k) => [c, 1 << k])) as Record<
  RuleCode,
  number
>;

export function areMeetingModesCompatible(a: MeetingMode, b: MeetingMode): boolean {
  return a === "EITHER" || b === "EITHER" || a === b;
}

export function freePlaces(mentor: MentorInput): number {
  return Math.max(0, mentor.capacity - mentor.activeCount);
}

function areaName(mentee: MenteeInput): string {
  return mentee.developmentAreaName ?? mentee.developmentAreaId ?? "the named area";
}

/**
 * Bitmask of broken rules, no strings: the why-not counts run this over every
 * offer for every unmatched mentee, so it must stay cheap.
 */
export function findBrokenRules(mentee: MenteeInput, mentor: MentorInput): number {
  let broken = 0;
  if (mentee.mode !== mentor.mode) broken |= RULE_BIT["same-mode"];
  if (mentee.personId === mentor.personId) broken |= RULE_BIT["different-person"];
  const furtherAlong = mentor.gradeRank > mentee.gradeRank;
  const listsArea = mentee.developmentAreaId !== null && mentor.developmentAreaIds.includes(mentee.developmentAreaId);
  if (mentee.mode === "MENTORING" ? !furtherAlong : !(furtherAlong || listsArea)) broken |= RULE_BIT.seniority;
  if (freePlaces(mentor) <= 0) broken |= RULE_BIT.capacity;
  if (mentor.acceptedGradeRanks.length > 0 && !mentor.acceptedGradeRanks.includes(mentee.gradeRank)) {
    broken |= RULE_BIT["accepted-grade"];
  }
  if (mentee.conflictPersonIds.includes(mentor.personId) || mentor.conflictPersonIds.includes(mentee.personId)) {
    broken |= RULE_BIT["conflict-of-interest"];
  }
  if (mentee.wantsIndependence && mentee.employerId !== null && mentee.employerId === mentor.employerId) {
    broken |= RULE_BIT.independence;
  }
  if (mentee.excludedPersonIds.includes(mentor.personId) || mentor.excludedPersonIds.includes(mentee.personId)) {
    broken |= RULE_BIT.exclusion;
  }
  if (mentee.previousPartnerIds.includes(mentor.personId) && !mentee.repeatAllowedPartnerIds.includes(mentor.personId)) {
    broken |= RULE_BIT["no-repeat"];
  }
  if (!areMeetingModesCompatible(mentee.meetingMode, mentor.meetingMode)) broken |= RULE_BIT["meeting-mode"];
  if (mentee.mode === "COACHING" && !listsArea) broken |= RULE_BIT["development-area"];
  return broken;
}

/** Words every sentence of one pair may use, worked out once per pair. */
interface PairWords {
  helper: string;
  Helper: string;
  gradeStep: string;
}

function describeRule(code: RuleCode, passed: boolean, mentee: MenteeInput, mentor: MentorInput, words: PairWords): string {
  const { helper, Helper, gradeStep } = words;
  switch (code) {
    case "same-mode":
      return passed
        ? `Both are for ${formatMode(mentee.mode)}`
        : `The request is for ${formatMode(mentee.mode)} but this offer is for ${formatMode(mentor.mode)}`;
    case "different-person":
      return passed ? `${Helper} and mentee are different people` : "The same person is on both sides";
    case "seniority": {
      const further = mentor.gradeRank > mentee.gradeRank;
      if (mentee.mode === "MENTORING") {
        return passed ? `Mentor is further along (${gradeStep})` : `Mentor is not further along (${gradeStep})`;
      }
      if (further) return `Coach is further along (${gradeStep})`;
      return passed
        ? `Coach has the skill: lists ${areaName(mentee)} (${gradeStep})`
        : `Coach is neither further along (${gradeStep}) nor lists ${areaName(mentee)}`;
    }
    case "capacity": {
      const free = freePlaces(mentor);
      if (passed) return `${Helper} has ${formatCount(free, "free place")} (${mentor.activeCount} of ${mentor.capacity} taken)`;
      return mentor.capacity <= 0
        ? `${Helper} is paused (capacity 0)`
        : `${Helper} is full (${mentor.activeCount} of ${mentor.capacity} places taken)`;
    }
    case "accepted-grade":
      if (mentor.acceptedGradeRanks.length === 0) return `${Helper} takes any grade`;
      return passed
        ? `${Helper} takes ${formatGrade(mentee.gradeRank)}`
        : `${Helper} does not take ${formatGrade(mentee.gradeRank)} (takes ${formatGradeRange(mentor.acceptedGradeRanks)})`;
    case "conflict-of-interest":
      if (passed) return "No declared conflict of interest (line manager, supervisor, appraiser or ARCP assessor)";
      return mentee.conflictPersonIds.includes(mentor.personId)
        ? `The mentee declared this ${helper} as line manager, supervisor, appraiser or ARCP assessor`
        : `The ${helper} declared a conflict of interest with this mentee`;
    case "independence":
      if (!mentee.wantsIndependence) return "Independence from the employer not asked for";
      if (passed) {
        return mentee.employerId === null || mentor.employerId === null
          ? "Independence asked for; employer not recorded on both sides"
          : "Different employer, as the mentee asked for independence";
      }
      return "Same employer, but the mentee asked for independence";
    case "exclusion":
      if (passed) return "Neither has excluded the other";
      return mentee.excludedPersonIds.includes(mentor.personId)
        ? `The mentee has excluded this ${helper}`
        : `The ${helper} has excluded this mentee`;
    case "no-repeat":
      if (!mentee.previousPartnerIds.includes(mentor.personId)) return "Not a previous pairing";
      return passed
        ? "Paired before, and both asked to pair again"
        : "Paired before, and they have not both asked to pair again";
    case "meeting-mode":
      return passed
        ? `Meeting modes fit (mentee: ${formatMeetingMode(mentee.meetingMode)}; ${helper}: ${formatMeetingMode(mentor.meetingMode)})`
        : `Meeting modes clash (mentee: ${formatMeetingMode(mentee.meetingMode)} only; ${helper}: ${formatMeetingMode(mentor.meetingMode)} only)`;
    case "development-area":
      if (mentee.mode === "MENTORING") return "A named development area is not required for mentoring";
      if (mentee.developmentAreaId === null) return "The coaching request names no development area";
      return passed ? `Coach lists ${areaName(mentee)}` : `Coach does not list ${areaName(mentee)}`;
  }
}

function pairWords(mentee: MenteeInput, mentor: MentorInput): PairWords {
  const helper = formatHelper(mentee.mode);
  return { helper, Helper: capitalise(helper), gradeStep: formatGradeStep(mentor.gradeRank, mentee.gradeRank) };
}

/**
 * The key of a passed rule's sentence in SharedLines: everything that sentence
 * reads, packed (describeRule is the other half; a test holds shared and
 * freshly built explanations equal). Failed rules are not shared.
 */
function passedRuleKey(k: number, mentee: MenteeInput, mentor: MentorInput, shared: SharedLines): number {
  const mode = mentee.mode === "MENTORING" ? 0 : 1;
  switch (RULE_CODES[k]) {
    case "same-mode":
    case "different-person":
    case "conflict-of-interest":
    case "exclusion":
      return pack(k, mode);
    case "seniority":
      return pack(k, mode, shared.id(mentor.gradeRank), shared.id(mentee.gradeRank), shared.id(areaName(mentee)));
    case "capacity":
      return pack(k, mode, shared.id(mentor.capacity), shared.id(mentor.activeCount));
    case "accepted-grade":
      return pack(k, mode, mentor.acceptedGradeRanks.length === 0 ? 0 : 1 + shared.id(mentee.gradeRank));
    case "independence":
      return pack(k, mentee.wantsIndependence ? 1 : 0, mentee.employerId === null || mentor.employerId === null ? 1 : 0);
    case "no-repeat":
      return pack(k, mentee.previousPartnerIds.includes(mentor.personId) ? 1 : 0);
    case "meeting-mode":
      return pack(k, mode, shared.id(mentee.meetingMode), shared.id(mentor.meetingMode));
    case "development-area":
      return pack(k, mode, mentee.developmentAreaId === null ? 0 : 1 + shared.id(areaName(mentee)));
  }
  return -1;
}

/**
 * Every rule with its verdict from a known broken-rule mask (explanations of
 * proposals pass 0). With `shared`, passed rules come from the round's shared lines.
 */
export function describeRules(mentee: MenteeInput, mentor: MentorInput, broken: number, shared?: SharedLines): RuleCheck[] {
  let words: PairWords | undefined;
  // Sized up front: a pushed-to array reserves 17 slots for these 11, and a round keeps thousands.
  const checks = new Array<RuleCheck>(RULE_CODES.length);
  for (let k = 0; k < RULE_CODES.length; k++) {
    const code = RULE_CODES[k];
    const passed = (broken & RULE_BIT[code]) === 0;
    const key = shared !== undefined && passed ? passedRuleKey(k, mentee, mentor, shared) : -1;
    const known = shared?.find<RuleCheck>(key);
    if (known !== undefined) {
      checks[k] = known;
      continue;
    }
    words ??= pairWords(mentee, mentor);
    const check: RuleCheck = { code, title: RULE_TITLES[code], passed, sentence: describeRule(code, passed, mentee, mentor, words) };
    checks[k] = shared === undefined ? check : shared.keep(key, check);
  }
  return checks;
}

/**
 * Every hard rule with pass/fail and a sentence. The override screen shows this
 * for any mentor the programme lead picks, so it never short-circuits.
 */
export function checkPair(mentee: MenteeInput, mentor: MentorInput): PairCheck {
  const broken = findBrokenRules(mentee, mentor);
  return { allowed: broken === 0, checks: describeRules(mentee, mentor, broken) };
}
