import type { AssignmentResult } from "./assign";
import { CLASS_SAME_BOTH, CLASS_SAME_REGION, CLASS_SAME_SPECIALTY, collectClass, createScanBuffers, type CompiledInstance } from "./compile";

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

/**
 * Lower bounds on the load of any mentor with a free place, per bucket (cell,
 * specialty, region), per (cell, specialty), per (cell, region) and per cell,
 * so a class that cannot hold a mentor light enough to move to is skipped
 * without listing its members. A move lowers one mentor's load (the bounds
 * follow it down) and raises another's (the bounds stay: only looser).
 */
class FreeLoadBounds {
  private readonly bucket: Float64Array;
  private readonly spec: Float64Array;
  private readonly region: Float64Array;
  private readonly cell: Float64Array;
  /** CSR: the buckets each mentor sits in. */
  private readonly mentorStart: Int32Array;
  private readonly mentorBuckets: Int32Array;
  constructor(
    private readonly inst: CompiledInstance,
    load: Int32Array,
    colLoad: Int32Array,
  ) {
    const { specialtyCount: S, regionCount: R, cellCount: C, smOffset, smMentors, mentorCount: M } = inst;
    this.bucket = new Float64Array(C * S * R).fill(Infinity);
    this.spec = new Float64Array(C * S).fill(Infinity);
    this.region = new Float64Array(C * R).fill(Infinity);
    this.cell = new Float64Array(C).fill(Infinity);
    this.mentorStart = new Int32Array(M + 1);
    for (let k = 0; k < smMentors.length; k++) this.mentorStart[smMentors[k] + 1]++;
    for (let j = 0; j < M; j++) this.mentorStart[j + 1] += this.mentorStart[j];
    this.mentorBuckets = new Int32Array(smMentors.length);
    const fill = this.mentorStart.slice(0, M);
    for (let b = 0; b < C * S * R; b++) {
      for (let k = smOffset[b]; k < smOffset[b + 1]; k++) {
        const j = smMentors[k];
        this.mentorBuckets[fill[j]++] = b;
        if (colLoad[j] < inst.mentorFree[j]) this.lower(b, load[j]);
      }
    }
  }
  private lower(b: number, value: number): void {
    const { specialtyCount: S, regionCount: R } = this.inst;
    const c = Math.floor(b / (S * R));
    const spec = c * S + (Math.floor(b / R) % S);
    const region = c * R + (b % R);
    if (value < this.bucket[b]) this.bucket[b] = value;
    if (value < this.spec[spec]) this.spec[spec] = value;
    if (value < this.region[region]) this.region[region] = value;
    if (value < this.cell[c]) this.cell[c] = value;
  }
  /** Mentor j now has a free place and this load. */
  lowered(j: number, value: number): void {
    for (let k = this.mentorStart[j]; k < this.mentorStart[j + 1]; k++) this.lower(this.mentorBuckets[k], value);
  }
  /** A lower bound on the load of any mentor with a free place in class `code` of mentee i. */
  lowestIn(i: number, code: number): number {
    const { specialtyCount: S, regionCount: R } = this.inst;
    const c = code >> 2;
    const s = this.inst.menteeSpecialty[i];
    const r = this.inst.menteeRegion[i];
    switch (code & 3) {
      case CLASS_SAME_BOTH:
        return this.bucket[(c * S + s) * R + r];
      case CLASS_SAME_SPECIALTY:
        return this.spec[c * S + s];
      case CLASS_SAME_REGION:
        return this.region[c * R + r];
      default:
        return this.cell[c];
    }
  }
}

/** Applies improving moves until none is left; returns how many were made. */
export function spreadLoad(inst: CompiledInstance, result: AssignmentResult): number {
  const N = inst.menteeCount;
  const { rowCol, rowScore, colLoad } = result;
  const load = new Int32Array(inst.mentorCount);
  for (let j = 0; j < inst.mentorCount; j++) load[j] = inst.mentorActive[j] + colLoad[j];
  const lightest = new FreeLoadBounds(inst, load, colLoad);
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
        // No member of a class can beat its bound, and classes come highest bound first: none further on can match.
        if (inst.classUpper[c] < score) break;
        // With exact bounds no member falls below its class's bound either.
        if (exact && inst.classUpper[c] > score) continue;
        if (lightest.lowestIn(k, inst.classCode[c]) > limit) continue;
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
      lightest.lowered(a, load[a]);
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
