import { countDualViolations, solveCompiled, type AssignmentResult, type SolveStrategy } from "./assign";
import { computeSpreadPenalty, spreadLoad } from "./spread";
import {
  compileInstance,
  countAllowedPairs,
  findBrokenRulesCompiled,
  scoreCompiledPair,
  sortMentees,
  sortMentors,
  type CompiledInstance,
} from "./compile";
import { classifySuitableMentor, describeUnmatched, explainPair, type HolderSummary } from "./explain";
import { RULE_BIT, RULE_CODES } from "./rules";
import { SharedLines } from "./shared-lines";
import type { ProposeInput, ProposeResult, Proposal, RuleCode, UnmatchedCounts, UnmatchedMentee } from "./types";
import { assertValidWeights, DEFAULT_WEIGHTS } from "./weights";

export interface SolvedMatching {
  inst: CompiledInstance;
  result: AssignmentResult;
  /** True when the dual check found no residual edge with negative reduced cost. */
  optimal: boolean;
  /** Equal-score moves made by the fairness pass. */
  spreadMoves: number;
}

type Solver = (inst: CompiledInstance, strategy: SolveStrategy) => AssignmentResult;

/**
 * Solves and checks the dual certificate. Should the lazy search's answer ever
 * fail the check (a bug: it is exact by construction), the round is solved
 * again relaxing every allowed pair, the plain reference search, and that
 * answer is certified instead. `solve` is replaceable for tests only.
 */
export function solveCertified(
  inst: CompiledInstance,
  strategy: SolveStrategy,
  solve: Solver = solveCompiled,
): { result: AssignmentResult; optimal: boolean; fellBack: boolean } {
  const result = solve(inst, strategy);
  if (countDualViolations(inst, result) === 0) return { result, optimal: true, fellBack: false };
  if (strategy === "full") return { result, optimal: false, fellBack: false };
  const exact = solveCompiled(inst, "full");
  return { result: exact, optimal: countDualViolations(inst, exact) === 0, fellBack: true };
}

/** Compile, solve exactly, and check the dual certificate; no explanations. */
export function solveMatching(input: ProposeInput): SolvedMatching {
  const weights = assertValidWeights(input.weights ?? DEFAULT_WEIGHTS);
  if (!Number.isFinite(input.now)) throw new Error("now must be an epoch-ms number");
  const inst = compileInstance(sortMentees(input.mentees), sortMentors(input.mentors), weights, input.now);
  const strategy: SolveStrategy = input.options?.strategy ?? "lazy";
  // Certify the optimum before the fairness pass: its moves keep every level the certificate covers.
  const { result, optimal } =
    input.options?.certify === false ? { result: solveCompiled(inst, strategy), optimal: false } : solveCertified(inst, strategy);
  const spreadMoves = input.options?.spread === false ? 0 : spreadLoad(inst, result);
  return { inst, result, optimal, spreadMoves };
}

const CAPACITY_BIT = RULE_BIT.capacity;
const RULE_COUNT = RULE_CODES.length;

/** Per-rule failure counts over every same-mode offer, from compiled data (no strings). */
function countReasons(inst: CompiledInstance, i: number, holders: HolderSummary[], marks: Int32Array): UnmatchedCounts {
  const perRule = new Int32Array(RULE_COUNT);
  let mentorsChecked = 0;
  let suitable = 0;
  let suitableButFull = 0;
  let takenByBetterFit = 0;
  let takenByLongerWait = 0;
  for (let k = inst.forbidStart[i], end = inst.forbidStart[i + 1]; k < end; k++) marks[inst.forbidList[k]] = inst.forbidBits[k];
  const wait = inst.menteeWaitWeight[i];
  const mode = inst.menteeMode[i];
  for (let j = 0; j < inst.mentorCount; j++) {
    if (inst.mentorMode[j] !== mode) continue;
    mentorsChecked++;
    let broken = findBrokenRulesCompiled(inst, i, j, marks);
    if (broken === 0) {
      suitable++;
      const outcome = classifySuitableMentor(scoreCompiledPair(inst, i, j), wait, holders[j]);
      if (outcome === "better-fit") takenByBetterFit++;
      else if (outcome === "longer-wait") takenByLongerWait++;
      continue;
    }
    if (broken === CAPACITY_BIT) suitableButFull++;
    for (let r = 0; broken !== 0; r++, broken >>>= 1) if ((broken & 1) !== 0) perRule[r]++;
  }
  for (let k = inst.forbidStart[i], end = inst.forbidStart[i + 1]; k < end; k++) marks[inst.forbidList[k]] = 0;
  const failedByRule: Partial<Record<RuleCode, number>> = {};
  for (let r = 0; r < RULE_COUNT; r++) if (perRule[r] > 0) failedByRule[RULE_CODES[r]] = perRule[r];
  return { mentorsChecked, suitable, failedByRule, suitableButFull, takenByBetterFit, takenByLongerWait };
}

function noteHolder(h: HolderSummary, score: number, waitWeight: number): void {
  if (h.count === 0 || score < h.lowestScore) {
    h.lowestScore = score;
    h.lowestWaitAtLowestScore = waitWeight;
  } else if (score === h.lowestScore && waitWeight < h.lowestWaitAtLowestScore) {
    h.lowestWaitAtLowestScore = waitWeight;
  }
  h.count++;
}

/**
 * Proposes pairs for one matching round: the most mentees matched, then the
 * highest total score, then the longest waits, then the widest spread over
 * mentors (docs/decisions/0005-matching-engine.md). Pure: same input, same output.
 */
export function proposeMatches(input: ProposeInput): ProposeResult {
  const { inst, result, optimal, spreadMoves } = solveMatching(input);
  const { mentees, mentors, weights, now } = inst;
  const N = inst.menteeCount;

  const holders: HolderSummary[] = Array.from({ length: inst.mentorCount }, () => ({ count: 0, lowestScore: 0, lowestWaitAtLowestScore: 0 }));
  const proposals: Proposal[] = [];
  const shared = new SharedLines();
  let totalScore = 0;
  let waitingPriorityTotal = 0;
  for (let i = 0; i < N; i++) {
    const j = result.rowCol[i];
    if (j < 0) continue;
    noteHolder(holders[j], result.rowScore[i], inst.menteeWaitWeight[i]);
    const explanation = explainPair(mentees[i], mentors[j], weights, now, true, shared);
    if (explanation.total !== result.rowScore[i]) {
      // The readable scorer and the compiled tables must agree; refuse to explain a number we cannot justify.
      throw new Error(`Internal scoring mismatch for ${mentees[i].requestId}: ${explanation.total} vs ${result.rowScore[i]}`);
    }
    totalScore += result.rowScore[i];
    waitingPriorityTotal += inst.menteeWaitWeight[i];
    proposals.push({
      requestId: mentees[i].requestId,
      menteeId: mentees[i].personId,
      mentorId: mentors[j].personId,
      mode: mentors[j].mode,
      score: result.rowScore[i],
      explanation,
    });
  }

  const unmatched: UnmatchedMentee[] = [];
  const marks = new Int32Array(inst.mentorCount);
  for (let i = 0; i < N; i++) {
    if (result.rowCol[i] >= 0) continue;
    const counts = countReasons(inst, i, holders, marks);
    unmatched.push({ requestId: mentees[i].requestId, menteeId: mentees[i].personId, reason: describeUnmatched(mentees[i], counts), counts });
  }

  let places = 0;
  for (let j = 0; j < inst.mentorCount; j++) places += inst.mentorFree[j];
  return {
    proposals,
    unmatched,
    stats: {
      mentees: N,
      mentors: inst.mentorCount,
      places,
      matched: proposals.length,
      totalScore,
      allowedPairs: countAllowedPairs(inst),
      optimal,
      waitingPriorityTotal,
      spreadPenalty: computeSpreadPenalty(inst, result.colLoad),
      spreadMoves,
      classesOpened: result.work.classesOpened,
      pairsExamined: result.work.relaxations,
    },
  };
}
