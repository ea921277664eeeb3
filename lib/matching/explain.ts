import { formatCount, formatHelper, formatMode } from "./labels";
import { checkPair, findBrokenRules, RULE_BIT, RULE_CODES, RULE_TITLES } from "./rules";
import { scorePairParts, sumParts } from "./scoring";
import type { Explanation, MenteeInput, MentorInput, RuleCode, UnmatchedCounts } from "./types";
import type { MatchingWeights } from "./weights";

/** Rules and score parts for one pair; only ever built for pairs someone will read. */
export function explainPair(mentee: MenteeInput, mentor: MentorInput, weights: MatchingWeights, now: number): Explanation {
  const parts = scorePairParts(mentee, mentor, weights, now);
  const total = sumParts(parts);
  return {
    total,
    summary: `Score ${total}: ${parts.map((p) => p.text).join("; ")}`,
    rules: checkPair(mentee, mentor).checks,
    parts,
  };
}

/** What the final assignment did with one suitable mentor of an unmatched mentee. */
export interface SuitableMentorOutcome {
  /** Score of the unmatched mentee with this mentor. */
  score: number;
  /** Scores and waiting weights (larger = waited longer) of the mentees the mentor was given. */
  holders: { score: number; waitWeight: number }[];
}

/**
 * Counts, per rule, how many same-mode offers fail it, and classifies what
 * happened to the suitable ones. Exact because of the objective: at the
 * optimum a suitable mentor of an unmatched mentee is full, and each mentee it
 * holds scores higher with it, or equal and waited longer (else swapping them
 * would improve the objective).
 */
export function countUnmatchedReasons(
  mentee: MenteeInput,
  mentors: MentorInput[],
  waitWeight: number,
  outcomeOf: (mentorIndex: number) => SuitableMentorOutcome,
): UnmatchedCounts {
  const failedByRule: Partial<Record<RuleCode, number>> = {};
  let mentorsChecked = 0;
  let suitable = 0;
  let suitableButFull = 0;
  let takenByBetterFit = 0;
  let takenByLongerWait = 0;
  for (let j = 0; j < mentors.length; j++) {
    const mentor = mentors[j];
    if (mentor.mode !== mentee.mode) continue;
    mentorsChecked++;
    const broken = findBrokenRules(mentee, mentor);
    if (broken === 0) {
      suitable++;
      const { score, holders } = outcomeOf(j);
      const allBetter = holders.length > 0 && holders.every((h) => h.score > score);
      const someEqualOlder = holders.some((h) => h.score === score && h.waitWeight > waitWeight);
      if (allBetter) takenByBetterFit++;
      else if (someEqualOlder) takenByLongerWait++;
      continue;
    }
    if (broken === RULE_BIT.capacity) suitableButFull++;
    for (const code of RULE_CODES) {
      if ((broken & RULE_BIT[code]) !== 0) failedByRule[code] = (failedByRule[code] ?? 0) + 1;
    }
  }
  return { mentorsChecked, suitable, failedByRule, suitableButFull, takenByBetterFit, takenByLongerWait };
}

export function describeUnmatched(mentee: MenteeInput, counts: UnmatchedCounts): string {
  const helper = formatHelper(mentee.mode);
  const helpers = `${helper}s`;
  const offers = `${formatCount(counts.mentorsChecked, `${formatMode(mentee.mode)} offer`)} checked`;
  if (counts.mentorsChecked === 0) return `No ${formatMode(mentee.mode)} offers were open in this round.`;

  if (counts.suitable > 0) {
    const parts: string[] = [];
    if (counts.takenByBetterFit > 0) {
      parts.push(`${counts.takenByBetterFit} to mentees who fit them better`);
    }
    if (counts.takenByLongerWait > 0) {
      parts.push(`${counts.takenByLongerWait} to mentees with an equally good fit who had waited longer`);
    }
    const other = counts.suitable - counts.takenByBetterFit - counts.takenByLongerWait;
    if (other > 0) parts.push(`${other} elsewhere in the overall optimum`);
    const suitableWord = counts.suitable === 1 ? `The only suitable ${helper} is` : `All ${counts.suitable} suitable ${helpers} are`;
    return `${suitableWord} now full: the optimum gave their places ${parts.join(" and ")} (${offers}).`;
  }

  const failing = RULE_CODES.filter((code) => (counts.failedByRule[code] ?? 0) > 0)
    .map((code) => ({ code, n: counts.failedByRule[code] ?? 0 }))
    .sort((a, b) => b.n - a.n || RULE_CODES.indexOf(a.code) - RULE_CODES.indexOf(b.code));
  const breakdown = failing.map((f) => `${f.n} fail '${RULE_TITLES[f.code]}'`).join(", ");
  if (counts.suitableButFull > 0 && counts.suitableButFull === counts.mentorsChecked) {
    return counts.suitableButFull === 1
      ? `The only suitable ${helper} is full or paused (${offers}).`
      : `All ${counts.suitableButFull} suitable ${helpers} are full or paused (${offers}).`;
  }
  const fullNote =
    counts.suitableButFull > 0
      ? ` ${formatCount(counts.suitableButFull, helper)} would suit but ${counts.suitableButFull === 1 ? "is" : "are"} full or paused.`
      : "";
  if (failing.length > 0 && failing[0].n === counts.mentorsChecked) {
    return `No ${helper} passes the rule '${RULE_TITLES[failing[0].code]}' (${offers}: ${breakdown}).${fullNote}`;
  }
  return `No ${helper} passes every rule (${offers}: ${breakdown}).${fullNote}`;
}
