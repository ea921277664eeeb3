import { formatCount, formatHelper, formatMode } from "./labels";
import { checkPair, describeRules, RULE_CODES, RULE_TITLES } from "./rules";
import { scorePairParts, sumParts } from "./scoring";
import type { SharedLines } from "./shared-lines";
import type { Explanation, MenteeInput, MentorInput, UnmatchedCounts } from "./types";
import type { MatchingWeights } from "./weights";

/**
 * Rules and score parts for one pair; only ever built for pairs someone will
 * read. `knownAllowed` skips re-checking a pair the solver already proved
 * allowed; `shared` lets the explanations of one round share repeated lines.
 */
export function explainPair(
  mentee: MenteeInput,
  mentor: MentorInput,
  weights: MatchingWeights,
  now: number,
  knownAllowed = false,
  shared?: SharedLines,
): Explanation {
  const parts = scorePairParts(mentee, mentor, weights, now, shared);
  return {
    total: sumParts(parts),
    rules: knownAllowed ? describeRules(mentee, mentor, 0, shared) : checkPair(mentee, mentor).checks,
    parts,
  };
}

export type SuitableOutcome = "better-fit" | "longer-wait" | "other";

/**
 * The mentees a mentor holds at the optimum, reduced to what the why-not reasons need: how many,
 * the lowest score among them, and the shortest wait among those with that lowest score.
 */
export interface HolderSummary {
  count: number;
  lowestScore: number;
  lowestWaitAtLowestScore: number;
}

/**
 * What the optimum did with a suitable mentor of an unmatched mentee. At the
 * optimum such a mentor is full, and each mentee it holds scores higher with
 * it, or equal and waited longer — otherwise swapping the two would improve
 * the objective — so "other" signals a bug, and tests assert it never occurs.
 * Every holder beats (score, wait) exactly when the weakest holder does.
 */
export function classifySuitableMentor(score: number, waitWeight: number, holders: HolderSummary): SuitableOutcome {
  if (holders.count === 0) return "other";
  if (holders.lowestScore > score) return "better-fit";
  if (holders.lowestScore === score && holders.lowestWaitAtLowestScore > waitWeight) return "longer-wait";
  return "other";
}

export function describeUnmatched(mentee: MenteeInput, counts: UnmatchedCounts): string {
  const helper = formatHelper(mentee.mode);
  const helpers = `${helper}s`;
  const offers = `${formatCount(counts.mentorsChecked, `${formatMode(mentee.mode)} offer`)} checked`;
  if (counts.mentorsChecked === 0) return `No ${formatMode(mentee.mode)} offers were open in this round.`;

  if (counts.suitable > 0) {
    if (counts.suitable === 1) {
      const why =
        counts.takenByBetterFit === 1
          ? "its places went to mentees who fit it better"
          : counts.takenByLongerWait === 1
            ? "its places went to mentees with an equally good fit who had waited longer"
            : "the overall optimum used its places elsewhere";
      return `The only suitable ${helper} is full: ${why} (${offers}).`;
    }
    const parts: string[] = [];
    if (counts.takenByBetterFit > 0) parts.push(`${counts.takenByBetterFit} to mentees who fit them better`);
    if (counts.takenByLongerWait > 0) parts.push(`${counts.takenByLongerWait} to mentees with an equally good fit who had waited longer`);
    const other = counts.suitable - counts.takenByBetterFit - counts.takenByLongerWait;
    if (other > 0) parts.push(`${other} used elsewhere by the overall optimum`);
    return `All ${counts.suitable} suitable ${helpers} are full: their places went ${parts.join(", ")} (${offers}).`;
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
