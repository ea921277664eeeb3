import type { AssignmentResult } from "./assign";
import { collectClass, createScanBuffers, type CompiledInstance } from "./compile";

// Fairness between mentors, applied after the optimum is found. A mentor's
// load is the mentees it already has plus those proposed now. The rule:
//
//   no proposed mentee could move to another allowed mentor who has a free
//   place, gives that mentee exactly the same score, and whose load is at
//   least two below its current mentor's load.
//
// (So no mentor takes a second mentee while an equally good mentor for that
// mentee has none.) Each move keeps every mentee's score and the set of
// matched mentees, so the count, total score and waiting levels of the
// optimum are untouched; each move lowers the sum of squared loads, so the
// loop ends. Moves are tried in canonical order, so the outcome is deterministic.

/** Applies improving moves until none is left; returns how many were made. */
export function spreadLoad(inst: CompiledInstance, result: AssignmentResult): number {
  const N = inst.menteeCount;
  const { rowCol, rowScore, colLoad } = result;
  const load = new Int32Array(inst.mentorCount);
  for (let j = 0; j < inst.mentorCount; j++) load[j] = inst.mentorActive[j] + colLoad[j];
  const buf = createScanBuffers(inst);
  let moves = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 0; k < N; k++) {
      const a = rowCol[k];
      if (a < 0 || load[a] < 2) continue;
      const score = rowScore[k];
      const limit = load[a] - 2;
      let best = -1;
      const exact = inst.menteeExactUpper[k] === 1;
      for (let c = inst.classStart[k], end = inst.classStart[k + 1]; c < end; c++) {
        // No member of a class can beat its bound; with exact bounds none can fall below it either.
        if (inst.classUpper[c] < score || (exact && inst.classUpper[c] > score)) continue;
        const count = collectClass(inst, k, inst.classCode[c], buf, 0);
        for (let t = 0; t < count; t++) {
          const j = buf.mentor[t];
          if (buf.score[t] !== score || j === a || colLoad[j] >= inst.mentorFree[j] || load[j] > limit) continue;
          if (best < 0 || load[j] < load[best] || (load[j] === load[best] && j < best)) best = j;
        }
      }
      if (best < 0) continue;
      colLoad[a]--;
      load[a]--;
      colLoad[best]++;
      load[best]++;
      rowCol[k] = best;
      moves++;
      changed = true;
    }
  }
  return moves;
}

/** Σ over mentors of load², with load = current + proposed mentees: lower is more even. */
export function computeSpreadPenalty(inst: CompiledInstance, colLoad: Int32Array): number {
  let total = 0;
  for (let j = 0; j < inst.mentorCount; j++) {
    const load = inst.mentorActive[j] + colLoad[j];
    total += load * load;
  }
  return total;
}
