import { computeSpreadPenalty, hasNegativeReducedCost, solveAssignment, type AssignmentGraph, type AssignmentResult } from "./assign";
import {
  compileInstance,
  createScanBuffers,
  scanAllowedMentors,
  scoreCompiledPair,
  sortMentees,
  sortMentors,
  type CompiledInstance,
} from "./compile";
import { countUnmatchedReasons, describeUnmatched, explainPair } from "./explain";
import type { ProposeInput, ProposeResult, Proposal, UnmatchedMentee } from "./types";
import { assertValidWeights, DEFAULT_WEIGHTS } from "./weights";

/** Enough candidates per mentee that the dual check rarely asks for more; the check keeps the result exact whatever K is. */
export const DEFAULT_TOP_K = 12;
export const DEFAULT_MAX_ROUNDS = 8;

export interface SolvedRound {
  inst: CompiledInstance;
  result: AssignmentResult;
  graph: AssignmentGraph;
  allowedPairs: number;
  certificateRounds: number;
  optimal: boolean;
}

interface EdgeLists {
  /** Per mentee, candidate mentors and scores (flat, grown as the certificate adds edges). */
  mentor: number[][];
  score: number[][];
}

function buildGraph(inst: CompiledInstance, lists: EdgeLists): AssignmentGraph {
  const N = inst.menteeCount;
  const edgeStart = new Int32Array(N + 1);
  for (let i = 0; i < N; i++) edgeStart[i + 1] = edgeStart[i] + lists.mentor[i].length;
  const edgeCol = new Int32Array(edgeStart[N]);
  const edgeScore = new Int32Array(edgeStart[N]);
  for (let i = 0; i < N; i++) {
    edgeCol.set(lists.mentor[i], edgeStart[i]);
    edgeScore.set(lists.score[i], edgeStart[i]);
  }
  return {
    rows: N,
    cols: inst.mentorCount,
    colFree: inst.mentorFree,
    colBaseLoad: inst.mentorActive,
    rowWait: inst.menteeWaitWeight,
    edgeStart,
    edgeCol,
    edgeScore,
  };
}

/** Keeps the k best-scoring entries of a scan (ties: first scanned wins), in scan order. */
function selectTopK(mentor: Int32Array, score: Int32Array, count: number, k: number, outMentor: number[], outScore: number[]): void {
  if (count <= k) {
    for (let t = 0; t < count; t++) {
      outMentor.push(mentor[t]);
      outScore.push(score[t]);
    }
    return;
  }
  const keep: number[] = [];
  let minPos = -1;
  let minScore = Infinity;
  for (let t = 0; t < count; t++) {
    const s = score[t];
    if (keep.length < k) {
      keep.push(t);
      if (s < minScore || minPos < 0) {
        minScore = s;
        minPos = keep.length - 1;
      }
      continue;
    }
    if (s <= minScore) continue;
    keep[minPos] = t;
    minScore = Infinity;
    for (let q = 0; q < k; q++) {
      const v = score[keep[q]];
      // On equal scores the later-kept (later-scanned) one is the one to drop next.
      if (v < minScore || (v === minScore && keep[q] > keep[minPos])) {
        minScore = v;
        minPos = q;
      }
    }
  }
  keep.sort((a, b) => a - b);
  for (const t of keep) {
    outMentor.push(mentor[t]);
    outScore.push(score[t]);
  }
}

/**
 * The solver without explanations: compile, prune to top-K, solve exactly,
 * then prove optimality over ALL allowed pairs with the dual potentials; any
 * pruned pair with negative reduced cost is added back and the round repeats.
 * After maxRounds it solves on every allowed pair, which is exact by itself.
 */
export function solveMatching(input: ProposeInput): SolvedRound {
  const weights = assertValidWeights(input.weights ?? DEFAULT_WEIGHTS);
  if (!Number.isFinite(input.now)) throw new Error("now must be an epoch-ms number");
  const inst = compileInstance(sortMentees(input.mentees), sortMentors(input.mentors), weights, input.now);
  const N = inst.menteeCount;
  const topK = input.options?.topK ?? DEFAULT_TOP_K;
  const prune = Number.isFinite(topK) && topK > 0;
  const maxRounds = Math.max(1, input.options?.maxRounds ?? DEFAULT_MAX_ROUNDS);

  const buf = createScanBuffers(inst);
  const lists: EdgeLists = { mentor: [], score: [] };
  let allowedPairs = 0;
  let maxScore = -Infinity;
  let minScore = Infinity;
  let pruned = false;
  for (let i = 0; i < N; i++) {
    const count = scanAllowedMentors(inst, i, buf);
    allowedPairs += count;
    for (let t = 0; t < count; t++) {
      const s = buf.score[t];
      if (s > maxScore) maxScore = s;
      if (s < minScore) minScore = s;
    }
    const mentorList: number[] = [];
    const scoreList: number[] = [];
    if (prune) {
      selectTopK(buf.mentor, buf.score, count, topK, mentorList, scoreList);
      if (count > topK) pruned = true;
    } else {
      for (let t = 0; t < count; t++) {
        mentorList.push(buf.mentor[t]);
        scoreList.push(buf.score[t]);
      }
    }
    lists.mentor.push(mentorList);
    lists.score.push(scoreList);
  }
  if (allowedPairs === 0) {
    maxScore = 0;
    minScore = 0;
  }

  let graph = buildGraph(inst, lists);
  let result = solveAssignment(graph, maxScore, minScore);
  let rounds = 1;
  if (!pruned) return { inst, result, graph, allowedPairs, certificateRounds: rounds, optimal: true };

  const inList = new Int32Array(inst.mentorCount).fill(-1);
  for (;;) {
    let violations = 0;
    for (let i = 0; i < N; i++) {
      const mentorList = lists.mentor[i];
      if (mentorList.length === 0) continue;
      for (const j of mentorList) inList[j] = i;
      const count = scanAllowedMentors(inst, i, buf);
      if (count === mentorList.length) continue;
      for (let t = 0; t < count; t++) {
        const j = buf.mentor[t];
        if (inList[j] === i) continue;
        if (hasNegativeReducedCost(result, N, i, j, buf.score[t])) {
          mentorList.push(j);
          lists.score[i].push(buf.score[t]);
          inList[j] = i;
          violations++;
        }
      }
    }
    if (violations === 0) return { inst, result, graph, allowedPairs, certificateRounds: rounds, optimal: true };
    rounds++;
    if (rounds > maxRounds) {
      // Give up pruning: the solve on every allowed pair is exact without a certificate.
      for (let i = 0; i < N; i++) {
        const count = scanAllowedMentors(inst, i, buf);
        lists.mentor[i] = Array.from(buf.mentor.subarray(0, count));
        lists.score[i] = Array.from(buf.score.subarray(0, count));
      }
      graph = buildGraph(inst, lists);
      result = solveAssignment(graph, maxScore, minScore);
      return { inst, result, graph, allowedPairs, certificateRounds: rounds, optimal: true };
    }
    graph = buildGraph(inst, lists);
    result = solveAssignment(graph, maxScore, minScore);
  }
}

/**
 * Proposes pairs for one matching round: the most mentees matched, then the
 * highest total score, then longest waits, then the widest spread over mentors
 * (see docs/decisions/0005-matching-engine.md). Pure: same input, same output.
 */
export function proposeMatches(input: ProposeInput): ProposeResult {
  const solved = solveMatching(input);
  const { inst, result } = solved;
  const { mentees, mentors, weights, now } = inst;
  const N = inst.menteeCount;

  const holdersByMentor: number[][] = Array.from({ length: inst.mentorCount }, () => []);
  const proposals: Proposal[] = [];
  let totalScore = 0;
  let waitingPriorityTotal = 0;
  for (let i = 0; i < N; i++) {
    const j = result.rowCol[i];
    if (j < 0) continue;
    holdersByMentor[j].push(i);
    const explanation = explainPair(mentees[i], mentors[j], weights, now);
    if (explanation.total !== result.rowScore[i]) {
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
  for (let i = 0; i < N; i++) {
    if (result.rowCol[i] >= 0) continue;
    const counts = countUnmatchedReasons(mentees[i], mentors, inst.menteeWaitWeight[i], (j) => ({
      score: scoreCompiledPair(inst, i, j),
      holders: holdersByMentor[j].map((k) => ({ score: result.rowScore[k], waitWeight: inst.menteeWaitWeight[k] })),
    }));
    unmatched.push({
      requestId: mentees[i].requestId,
      menteeId: mentees[i].personId,
      reason: describeUnmatched(mentees[i], counts),
      counts,
    });
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
      allowedPairs: solved.allowedPairs,
      candidateEdges: solved.graph.edgeCol.length,
      certificateRounds: solved.certificateRounds,
      optimal: solved.optimal,
      waitingPriorityTotal,
      spreadPenalty: computeSpreadPenalty(result.colLoad, inst.mentorActive),
    },
  };
}
