import { explainPair } from "./explain";
import { checkPair, freePlaces } from "./rules";
import { scorePair } from "./scoring";
import type { Explanation, MenteeInput, MentorInput, Mode, RuleCheck } from "./types";
import { assertValidWeights, DEFAULT_WEIGHTS, type MatchingWeights } from "./weights";

export interface ShortlistEntry {
  mentorId: string;
  mode: Mode;
  score: number;
  freePlaces: number;
  explanation: Explanation;
}

export interface DisallowedEntry {
  mentorId: string;
  mode: Mode;
  /** What the pair would score if the rules allowed it. */
  score: number;
  brokenRules: RuleCheck[];
}

export interface ShortlistResult {
  shortlist: ShortlistEntry[];
  nearestDisallowed: DisallowedEntry[];
}

export interface ShortlistOptions {
  /** Epoch ms for the waiting part; defaults to the request time (waiting then adds 0). */
  now?: number;
  /** How many blocked offers to show with the rule they break; default 0. */
  nearestDisallowed?: number;
}

function compareIds(a: MentorInput, b: MentorInput): number {
  return a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0;
}

/**
 * The best n allowed mentors for one mentee, for the programme lead's manual
 * screen. Ties: more free places first (spreads load), then personId.
 */
export function shortlistMentors(
  mentee: MenteeInput,
  mentors: MentorInput[],
  weights: MatchingWeights = DEFAULT_WEIGHTS,
  n = 10,
  options: ShortlistOptions = {},
): ShortlistResult {
  const w = assertValidWeights(weights);
  const now = options.now ?? mentee.waitingSinceMs;
  const allowed: { mentor: MentorInput; score: number }[] = [];
  const blocked: { mentor: MentorInput; score: number; broken: RuleCheck[] }[] = [];
  for (const mentor of mentors) {
    if (mentor.mode !== mentee.mode) continue;
    const check = checkPair(mentee, mentor);
    const score = scorePair(mentee, mentor, w, now);
    if (check.allowed) allowed.push({ mentor, score });
    else if (mentor.personId !== mentee.personId) blocked.push({ mentor, score, broken: check.checks.filter((c) => !c.passed) });
  }
  allowed.sort(
    (a, b) => b.score - a.score || freePlaces(b.mentor) - freePlaces(a.mentor) || compareIds(a.mentor, b.mentor),
  );
  blocked.sort((a, b) => a.broken.length - b.broken.length || b.score - a.score || compareIds(a.mentor, b.mentor));
  return {
    shortlist: allowed.slice(0, Math.max(0, n)).map(({ mentor, score }) => ({
      mentorId: mentor.personId,
      mode: mentor.mode,
      score,
      freePlaces: freePlaces(mentor),
      explanation: explainPair(mentee, mentor, w, now),
    })),
    nearestDisallowed: blocked.slice(0, Math.max(0, options.nearestDisallowed ?? 0)).map(({ mentor, score, broken }) => ({
      mentorId: mentor.personId,
      mode: mentor.mode,
      score,
      brokenRules: broken,
    })),
  };
}
