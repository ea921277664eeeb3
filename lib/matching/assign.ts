import { CLASS_NONE, collectClass, createScanBuffers, type CompiledInstance, type ScanBuffers } from "./compile";

// Exact assignment of mentees (rows) to mentor places (columns with capacity).
//
// Model: min-cost flow, one unit per mentee. Each mentee takes a place with a
// mentor or its own private "unmatched" edge to the sink, so every solution is
// a perfect assignment and mentees can be added one at a time by shortest
// augmenting paths (successive shortest paths, Jonker–Volgenant style: Dijkstra
// on reduced costs with node potentials, stopping as soon as the sink is final).
//
// Costs are pairs (hi, lo) compared lexicographically, so each level of the
// objective is exact without squeezing levels into one float:
//   hi: unmatched = D, place = maxScore − score, with D > rows × (score range)
//       ⇒ first the most mentees matched, then the highest total score;
//   lo: unmatched = the mentee's waiting weight (1..N, N = waited longest)
//       ⇒ then, among equal scores, the longest-waiting mentees are matched.
// Spreading mentees over mentors is the next tie-break, applied afterwards by
// equal-score moves (spread.ts), which cannot change any level above.
// All values stay integers far below 2^53 at national size.
//
// Edges are never listed in full. A mentee's mentors come in classes (see
// compile.ts) whose members all score at most a known upper bound; mentor
// potentials only ever fall, so "bound − highest potential a class could hold"
// is a lower bound on every reduced cost in it. When a mentee is reached, its
// classes are opened only while that bound is the smallest key around; the
// rest wait behind one heap entry keyed by their smallest bound. Dijkstra then
// finds the same shortest paths as if every edge had been listed.

export type SolveStrategy = "lazy" | "full";

export interface AssignmentResult {
  /** Mentor per mentee, -1 = unmatched. */
  rowCol: Int32Array;
  rowScore: Int32Array;
  colLoad: Int32Array;
  /** Dual potentials: mentees, then mentors, then the sink. */
  potHi: Float64Array;
  potLo: Float64Array;
  maxScore: number;
  unmatchedHi: number;
  waitUnit: number;
  work: { pops: number; classesOpened: number; relaxations: number };
}

class PairHeap {
  node: Int32Array;
  hi: Float64Array;
  lo: Float64Array;
  size = 0;
  constructor(capacity: number) {
    this.node = new Int32Array(capacity);
    this.hi = new Float64Array(capacity);
    this.lo = new Float64Array(capacity);
  }
  private grow(): void {
    const cap = this.node.length * 2;
    const node = new Int32Array(cap);
    const hi = new Float64Array(cap);
    const lo = new Float64Array(cap);
    node.set(this.node);
    hi.set(this.hi);
    lo.set(this.lo);
    this.node = node;
    this.hi = hi;
    this.lo = lo;
  }
  push(v: number, h: number, l: number): void {
    if (this.size === this.node.length) this.grow();
    const { node, hi, lo } = this;
    let k = this.size++;
    while (k > 0) {
      const p = (k - 1) >> 1;
      if (hi[p] < h || (hi[p] === h && lo[p] <= l)) break;
      node[k] = node[p];
      hi[k] = hi[p];
      lo[k] = lo[p];
      k = p;
    }
    node[k] = v;
    hi[k] = h;
    lo[k] = l;
  }
  /** Removes the top; read node[0]/hi[0]/lo[0] first. */
  pop(): void {
    const { node, hi, lo } = this;
    const last = --this.size;
    if (last === 0) return;
    const v = node[last];
    const h = hi[last];
    const l = lo[last];
    let k = 0;
    for (;;) {
      let c = 2 * k + 1;
      if (c >= last) break;
      if (c + 1 < last && (hi[c + 1] < hi[c] || (hi[c + 1] === hi[c] && lo[c + 1] < lo[c]))) c++;
      if (h < hi[c] || (h === hi[c] && l <= lo[c])) break;
      node[k] = node[c];
      hi[k] = hi[c];
      lo[k] = lo[c];
      k = c;
    }
    node[k] = v;
    hi[k] = h;
    lo[k] = l;
  }
}

/** Size of the class-member cache: pairs per chunk, and chunks at most. */
export interface PoolSize {
  chunkPairs: number;
  chunks: number;
}

/** 2 MB chunks, 32 MB at most. Tests pass tiny sizes to exercise chunk changes and the uncached path. */
const DEFAULT_POOL: PoolSize = { chunkPairs: 1 << 18, chunks: 16 };
/** A cached class's position packs its chunk in the low bits (a shift and a mask to read, no division). */
const CHUNK_BITS = 11;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;
/** Offsets must fit the remaining 20 bits of a non-negative int32. */
const MAX_CHUNK_PAIRS = 1 << (31 - CHUNK_BITS);

/** Layout of LazySolver.node (Float64, four per node) and LazySolver.mark (Int32, four per node). */
const POT_HI = 0;
const POT_LO = 1;
const DIST_HI = 2;
const DIST_LO = 3;
const SEEN = 0;
const DONE = 1;
const PRED = 2;
const PRED_SCORE = 3;
/** For a mentee in the current search: its first class not yet opened (PRED_SCORE is a mentor's only). */
const CURSOR = 3;

/**
 * A constant rather than the expression -Infinity inside hot loops: V8 had no
 * type feedback for the unary minus there and threw the optimised code away
 * (31 deoptimisations of refresh in one benchmark process).
 */
const NEG_INFINITY = -Infinity;

/** Layout of a class record in LazySolver.rec. */
const REC = 4;
const REC_CODE = 0;
const REC_UPPER = 1;
const REC_OPENED = 2;
const REC_CACHE = 3;

/**
 * Upper bounds on mentor potentials (hi part) per bucket (cell, specialty,
 * region), per (cell, specialty), per (cell, region) and per cell: the class
 * bounds of the lazy search. Potentials only fall, so a bound computed earlier
 * stays valid, only looser; refreshing now and then tightens them.
 */
class PotentialBounds {
  readonly all: Float64Array;
  readonly bucket: Float64Array;
  readonly spec: Float64Array;
  readonly region: Float64Array;
  readonly cell: Float64Array;
  /** Non-empty buckets with their (cell, specialty), (cell, region) and cell indices. */
  private readonly buckets: Int32Array;
  /** Where each listed bucket's bound lives in `bucket`. */
  private readonly bucketSlot: Int32Array;
  private readonly bucketSpec: Int32Array;
  private readonly bucketRegion: Int32Array;
  private readonly bucketCell: Int32Array;
  global = 0;
  constructor(private readonly inst: CompiledInstance) {
    const S = inst.specialtyCount;
    const R = inst.regionCount;
    const C = inst.cellCount;
    // One array, four views, so a class's bound is a single indexed read (see classOffsets).
    // Every potential starts at 0, so 0 is a valid first bound everywhere.
    this.all = new Float64Array(C * S * R + C * S + C * R + C);
    this.bucket = this.all.subarray(0, C * S * R);
    this.spec = this.all.subarray(C * S * R, C * S * R + C * S);
    this.region = this.all.subarray(C * S * R + C * S, C * S * R + C * S + C * R);
    this.cell = this.all.subarray(C * S * R + C * S + C * R);
    // Laid out specialty- and region-major with the cell last, so one mentee's
    // bounds (all its cells, one specialty and region) sit close together in memory.
    let count = 0;
    for (let b = 0; b < C * S * R; b++) if (inst.smOffset[b] !== inst.smOffset[b + 1]) count++;
    this.buckets = new Int32Array(count);
    this.bucketSlot = new Int32Array(count);
    this.bucketSpec = new Int32Array(count);
    this.bucketRegion = new Int32Array(count);
    this.bucketCell = new Int32Array(count);
    // Bucket b = (c * S + s) * R + r.
    for (let b = 0, t = 0, c = 0; c < C; c++) {
      for (let s = 0; s < S; s++) {
        for (let r = 0; r < R; r++, b++) {
          if (inst.smOffset[b] === inst.smOffset[b + 1]) continue;
          this.buckets[t] = b;
          this.bucketSlot[t] = (s * R + r) * C + c;
          this.bucketSpec[t] = s * C + c;
          this.bucketRegion[t] = r * C + c;
          this.bucketCell[t] = c;
          t++;
        }
      }
    }
  }

  /**
   * Where the bounds of mentee i's four class kinds start in `all`: a class
   * (cell c, kind k) has its bound at out[k] + c.
   */
  classOffsets(i: number, out: Int32Array): void {
    const { specialtyCount: S, regionCount: R, cellCount: C } = this.inst;
    const s = this.inst.menteeSpecialty[i];
    const r = this.inst.menteeRegion[i];
    out[0] = (s * R + r) * C;
    out[1] = C * S * R + s * C;
    out[2] = C * S * R + C * S + r * C;
    out[3] = C * S * R + C * S + C * R;
  }
  /** `node` is the solver's node record array: potential hi at node * 4. */
  refresh(node: Float64Array): void {
    const { bucket, spec, region, cell, buckets, bucketSlot, bucketSpec, bucketRegion, bucketCell } = this;
    const N = this.inst.menteeCount;
    const { smOffset, smMentors } = this.inst;
    const count = buckets.length;
    // The (cell, specialty), (cell, region) and cell bounds follow the buckets' in `all`.
    this.all.fill(NEG_INFINITY, bucket.length);
    let global = NEG_INFINITY;
    for (let t = 0; t < count; t++) {
      const b = buckets[t];
      let best = NEG_INFINITY;
      for (let k = smOffset[b], end = smOffset[b + 1]; k < end; k++) {
        const p = node[(N + smMentors[k]) * 4 + POT_HI];
        if (p > best) best = p;
      }
      bucket[bucketSlot[t]] = best;
      if (best > spec[bucketSpec[t]]) spec[bucketSpec[t]] = best;
      if (best > region[bucketRegion[t]]) region[bucketRegion[t]] = best;
      if (best > cell[bucketCell[t]]) cell[bucketCell[t]] = best;
      if (best > global) global = best;
    }
    this.global = global === NEG_INFINITY ? 0 : global;
  }
}

/**
 * One mentee's shortest augmenting path at a time. State lives in fields (not
 * closures) so the hot loops stay monomorphic and allocation-free.
 */
class LazySolver {
  readonly N: number;
  readonly M: number;
  readonly sink: number;
  readonly maxScore: number;
  readonly unmatchedHi: number;
  readonly waitUnit: number;
  /**
   * Per node, four numbers side by side (one cache line holds two nodes):
   * potential (hi, lo) and distance in the current search (hi, lo).
   */
  readonly node: Float64Array;
  /**
   * Per node, four ints side by side: the search that reached it (seen), the
   * search that finalized it (done), its predecessor, and for a mentor the
   * score of the edge it was reached by.
   */
  readonly mark: Int32Array;
  readonly finalized: Int32Array;
  finalCount = 0;
  readonly rowCol: Int32Array;
  readonly rowScore: Int32Array;
  readonly rowSlot: Int32Array;
  readonly colLoad: Int32Array;
  readonly slotStart: Int32Array;
  readonly slotRow: Int32Array;
  readonly heap = new PairHeap(4096);
  readonly buf: ScanBuffers;
  readonly bounds: PotentialBounds;
  /**
   * Per class entry, one record of REC ints (16 bytes): its code and upper
   * score (copied from the instance), the search that opened it (-1 = none
   * yet), and where its members are cached in the pool (-1 = not cached). A
   * search reads a few classes of many mentees: one record per class is one
   * memory read where five arrays were five.
   */
  readonly rec: Int32Array;
  /** Scratch for PotentialBounds.classOffsets. */
  readonly boundOffsets = new Int32Array(4);
  /** Cached class members as (mentor, score) pairs, one stream for the hot loop, in chunks. */
  readonly poolChunks: Int32Array[] = [];
  /** Pairs used in the last chunk (a full chunk forces a new one at the first class). */
  poolUsed: number;
  readonly scratchPairs: Int32Array;
  scratchCount = 0;
  readonly work = { pops: 0, classesOpened: 0, relaxations: 0 };
  /** The search in progress: its mentee, and the best way to the sink so far. */
  current = -1;
  sinkHi = Infinity;
  sinkLo = Infinity;
  sinkPred = -1;

  constructor(
    readonly inst: CompiledInstance,
    readonly lazy: boolean,
    readonly poolSize: PoolSize,
  ) {
    if (poolSize.chunks > CHUNK_MASK + 1 || poolSize.chunkPairs > MAX_CHUNK_PAIRS) {
      throw new Error(`Member cache too large: at most ${CHUNK_MASK + 1} chunks of ${MAX_CHUNK_PAIRS} pairs`);
    }
    this.poolUsed = poolSize.chunkPairs;
    const N = inst.menteeCount;
    const M = inst.mentorCount;
    const nodes = N + M + 1;
    this.N = N;
    this.M = M;
    this.sink = N + M;
    this.maxScore = inst.scoreUpper;
    this.unmatchedHi = N * Math.max(0, inst.scoreUpper - inst.scoreLower) + 1;
    this.waitUnit = 1;
    this.node = new Float64Array(nodes * 4);
    this.mark = new Int32Array(nodes * 4);
    for (let v = 0; v < nodes; v++) {
      this.mark[v * 4 + SEEN] = -1;
      this.mark[v * 4 + DONE] = -1;
    }
    this.finalized = new Int32Array(nodes);
    this.rowCol = new Int32Array(N).fill(-1);
    this.rowScore = new Int32Array(N);
    this.rowSlot = new Int32Array(N).fill(-1);
    this.colLoad = new Int32Array(M);
    this.slotStart = new Int32Array(M + 1);
    for (let j = 0; j < M; j++) this.slotStart[j + 1] = this.slotStart[j] + Math.max(0, inst.mentorFree[j]);
    this.slotRow = new Int32Array(this.slotStart[M]);
    this.buf = createScanBuffers(inst);
    this.scratchPairs = new Int32Array(2 * this.buf.mentor.length);
    this.bounds = new PotentialBounds(inst);
    const classes = inst.classCode.length;
    const rec = new Int32Array(classes * REC).fill(-1);
    const { classCode, classUpper } = inst;
    for (let at = 0, r = 0; at < classes; at++, r += REC) {
      rec[r + REC_CODE] = classCode[at];
      rec[r + REC_UPPER] = classUpper[at];
    }
    this.rec = rec;
  }

  private offerSink(h: number, l: number, from: number): void {
    if (h < this.sinkHi || (h === this.sinkHi && l < this.sinkLo)) {
      this.sinkHi = h;
      this.sinkLo = l;
      this.sinkPred = from;
    }
  }

  /**
   * Allowed mentors of class entry `at` (mentee u) with their scores, from the
   * cache when this class was opened before: a class's members and scores never
   * change during a solve, only potentials do. Returns the position of the
   * class in the pool (offset << CHUNK_BITS | chunk): a header pair (count, 0),
   * then its (mentor, score) pairs, never straddling two chunks. Returns -1 when
   * the class is served uncached from the scratch buffer.
   */
  private membersOf(u: number, at: number): number {
    const cached = this.rec[at * REC + REC_CACHE];
    if (cached >= 0) return cached;
    const count = collectClass(this.inst, u, this.rec[at * REC + REC_CODE], this.buf, 0);
    if (this.poolUsed + 1 + count > this.poolSize.chunkPairs) {
      if (1 + count > this.poolSize.chunkPairs || this.poolChunks.length === this.poolSize.chunks) {
        // Over budget: serve from the scratch buffer without caching.
        this.scratchCount = count;
        return -1;
      }
      // Chunks are filled one after another and never copied.
      this.poolChunks.push(new Int32Array(2 * this.poolSize.chunkPairs));
      this.poolUsed = 0;
    }
    const chunk = this.poolChunks.length - 1;
    const pairs = this.poolChunks[chunk];
    const from = this.poolUsed;
    pairs[2 * from] = count;
    const { mentor, score } = this.buf;
    for (let t = 0; t < count; t++) {
      pairs[2 * (from + 1 + t)] = mentor[t];
      pairs[2 * (from + 1 + t) + 1] = score[t];
    }
    this.poolUsed += 1 + count;
    const position = (from << CHUNK_BITS) | chunk;
    this.rec[at * REC + REC_CACHE] = position;
    return position;
  }

  private openClass(u: number, at: number): void {
    this.work.classesOpened++;
    const position = this.membersOf(u, at);
    if (position >= 0) {
      const pairs = this.poolChunks[position & CHUNK_MASK];
      const header = 2 * (position >>> CHUNK_BITS);
      this.relaxMembers(u, pairs, header + 2, header + 2 + 2 * pairs[header]);
    } else {
      // Uncached: copy the scratch members into the same pair layout.
      const { mentor, score } = this.buf;
      const pairs = this.scratchPairs;
      for (let t = 0; t < this.scratchCount; t++) {
        pairs[2 * t] = mentor[t];
        pairs[2 * t + 1] = score[t];
      }
      this.relaxMembers(u, pairs, 0, 2 * this.scratchCount);
    }
  }

  /** Relaxes mentee u's edges to the (mentor, score) pairs in [start, end) of `pairs`. */
  private relaxMembers(u: number, pairs: Int32Array, start: number, end: number): void {
    const { node, mark, heap, N } = this;
    const i = this.current;
    const dh = node[u * 4 + DIST_HI];
    const dl = node[u * 4 + DIST_LO];
    const ph = node[u * 4 + POT_HI] + this.maxScore;
    const pl = node[u * 4 + POT_LO];
    const own = this.rowCol[u];
    const colLoad = this.colLoad;
    const colFree = this.inst.mentorFree;
    const sinkPotHi = node[this.sink * 4 + POT_HI];
    const sinkPotLo = node[this.sink * 4 + POT_LO];
    for (let t = start; t < end; t += 2) {
      const j = pairs[t];
      if (j === own) continue;
      const v = N + j;
      const score = pairs[t + 1];
      const nh = dh + ph - score - node[v * 4 + POT_HI];
      // Anything beyond the best way to the sink so far can never be on the path.
      // Checked before the mark: on tight rounds most members are beyond it.
      if (nh > this.sinkHi) continue;
      if (mark[v * 4 + DONE] === i) continue;
      const nl = dl + pl - node[v * 4 + POT_LO];
      if (mark[v * 4 + SEEN] !== i || nh < node[v * 4 + DIST_HI] || (nh === node[v * 4 + DIST_HI] && nl < node[v * 4 + DIST_LO])) {
        mark[v * 4 + SEEN] = i;
        node[v * 4 + DIST_HI] = nh;
        node[v * 4 + DIST_LO] = nl;
        mark[v * 4 + PRED] = u;
        mark[v * 4 + PRED_SCORE] = score;
        heap.push(v, nh, nl);
        // A free place: offer the sink now rather than when v is popped. If the
        // search stops with v unpopped, v's key equals the sink's, so the path
        // is still tight after the potential update.
        if (colLoad[j] < colFree[j]) this.offerSink(nh + node[v * 4 + POT_HI] - sinkPotHi, nl + node[v * 4 + POT_LO] - sinkPotLo, v);
      }
    }
    this.work.relaxations += (end - start) >> 1;
  }

  /**
   * Opens every class of u whose bound is within reach (not beyond the heap's
   * smallest key or the sink), and leaves one heap entry keyed by the smallest
   * bound left. A class's bound is distance + (maxScore − its upper score) +
   * u's potential − the highest potential its mentors could hold; with the
   * highest potential anywhere instead, it is a floor that only grows along u's
   * classes (sorted by upper score), so the scan stops at the first floor out of
   * reach. Entries for classes carry lo = -Infinity: a bound says nothing about
   * the tie-break part. Opening a class early is harmless; the invariant is
   * only that no unopened class has a bound below its mentee's entry.
   */
  private drainClasses(u: number): void {
    const { inst, heap, rec } = this;
    const i = this.current;
    const base = this.node[u * 4 + DIST_HI] + this.node[u * 4 + POT_HI] + this.maxScore;
    const floorBase = base - this.bounds.global;
    const all = this.bounds.all;
    const offsets = this.boundOffsets;
    this.bounds.classOffsets(u, offsets);
    let rest = Infinity;
    const mark = this.mark;
    let cursor = mark[u * 4 + CURSOR];
    let prefix = true;
    for (let at = cursor, end = inst.classStart[u + 1]; at < end; at++) {
      const r = at * REC;
      if (rec[r + REC_OPENED] === i) {
        if (prefix) cursor = at + 1;
        continue;
      }
      // Re-read the limit: each opening may push smaller keys.
      const top = heap.size > 0 ? heap.hi[0] : Infinity;
      const limit = top < this.sinkHi ? top : this.sinkHi;
      const upper = rec[r + REC_UPPER];
      const floor = floorBase - upper;
      if (floor > limit) {
        if (floor < rest) rest = floor;
        break;
      }
      const code = rec[r + REC_CODE];
      const bound = base - upper - all[offsets[code & 3] + (code >> 2)];
      if (bound <= limit) {
        rec[r + REC_OPENED] = i;
        this.openClass(u, at);
        if (prefix) cursor = at + 1;
      } else {
        prefix = false;
        if (bound < rest) rest = bound;
      }
    }
    mark[u * 4 + CURSOR] = cursor;
    if (rest < Infinity) heap.push(-1 - u, rest, NEG_INFINITY);
  }

  private relaxHolders(u: number, dh: number, dl: number): void {
    const { N, node, mark, heap, slotRow, rowScore } = this;
    const i = this.current;
    const j = u - N;
    const load = this.colLoad[j];
    const ph = node[u * 4 + POT_HI] - this.maxScore;
    const pl = node[u * 4 + POT_LO];
    if (load < this.inst.mentorFree[j]) {
      this.offerSink(dh + node[u * 4 + POT_HI] - node[this.sink * 4 + POT_HI], dl + pl - node[this.sink * 4 + POT_LO], u);
    }
    for (let s = this.slotStart[j], end = this.slotStart[j] + load; s < end; s++) {
      const k = slotRow[s];
      if (mark[k * 4 + DONE] === i) continue;
      this.work.relaxations++;
      const nh = dh + ph + rowScore[k] - node[k * 4 + POT_HI];
      const nl = dl + pl - node[k * 4 + POT_LO];
      if (mark[k * 4 + SEEN] !== i || nh < node[k * 4 + DIST_HI] || (nh === node[k * 4 + DIST_HI] && nl < node[k * 4 + DIST_LO])) {
        mark[k * 4 + SEEN] = i;
        node[k * 4 + DIST_HI] = nh;
        node[k * 4 + DIST_LO] = nl;
        mark[k * 4 + PRED] = u;
        heap.push(k, nh, nl);
      }
    }
  }

  /** Adds mentee i: one Dijkstra to the sink, a potential update, an augmentation. */
  addMentee(i: number): void {
    const { inst, N, heap, node, mark, finalized } = this;
    const { classStart, menteeWaitWeight: rowWait } = inst;
    const firstClass = classStart[i];
    if (firstClass === classStart[i + 1]) {
      // No class at all: unmatched, with the unmatched edge tight.
      this.sinkPred = -1;
      node[i * 4 + POT_HI] = -this.unmatchedHi;
      node[i * 4 + POT_LO] = -rowWait[i] * this.waitUnit;
      return;
    }
    // No edges enter a new mentee, so any potential making all its out-edges
    // non-negative is valid; this one is uniform over its paths.
    node[i * 4 + POT_HI] = Math.max(-this.unmatchedHi, this.bounds.global - (this.maxScore - inst.menteeBestUpper[i])) + 1;
    node[i * 4 + POT_LO] = 0;

    this.current = i;
    this.sinkHi = Infinity;
    this.sinkLo = Infinity;
    this.sinkPred = -1;
    this.finalCount = 0;
    heap.size = 0;
    node[i * 4 + DIST_HI] = 0;
    node[i * 4 + DIST_LO] = 0;
    this.mark[i * 4 + SEEN] = i;
    heap.push(i, 0, 0);
    const sink = this.sink;

    while (heap.size > 0) {
      const entry = heap.node[0];
      const kh = heap.hi[0];
      const kl = heap.lo[0];
      if (entry >= 0 && mark[entry * 4 + DONE] === i) {
        heap.pop();
        continue;
      }
      if (this.sinkHi < kh || (this.sinkHi === kh && this.sinkLo <= kl)) break;
      heap.pop();
      this.work.pops++;

      if (entry < 0) {
        // -1 - u: mentee u still has unopened classes.
        this.drainClasses(-1 - entry);
        continue;
      }

      const u = entry;
      mark[u * 4 + DONE] = i;
      finalized[this.finalCount++] = u;
      if (u < N) {
        // Its unmatched edge: every mentee reached here holds a place, or is the new one.
        this.offerSink(kh + this.unmatchedHi + node[u * 4 + POT_HI] - node[sink * 4 + POT_HI], kl + rowWait[u] * this.waitUnit + node[u * 4 + POT_LO] - node[sink * 4 + POT_LO], u);
        if (this.lazy) {
          mark[u * 4 + CURSOR] = classStart[u];
          this.drainClasses(u);
        } else {
          for (let k = classStart[u], end = classStart[u + 1]; k < end; k++) this.openClass(u, k);
        }
      } else {
        this.relaxHolders(u, kh, kl);
      }
    }

    // Shift finalized potentials so the path found is tight and every residual
    // edge keeps a non-negative reduced cost (JV early-exit update). Every
    // finalized node has distance <= the sink's, so potentials only fall.
    const sinkHi = this.sinkHi;
    const sinkLo = this.sinkLo;
    for (let f = 0; f < this.finalCount; f++) {
      const v = finalized[f];
      node[v * 4 + POT_HI] += node[v * 4 + DIST_HI] - sinkHi;
      node[v * 4 + POT_LO] += node[v * 4 + DIST_LO] - sinkLo;
    }
    this.augment(i);
  }

  /** Walks back from the sink, moving each mentee on the path one place along. */
  private augment(i: number): void {
    const { N, rowCol, rowSlot, rowScore, slotRow, mark, colLoad, slotStart } = this;
    const sinkPred = this.sinkPred;
    let row: number;
    let col: number;
    let slot: number;
    let score: number;
    if (sinkPred >= N) {
      col = sinkPred - N;
      slot = slotStart[col] + colLoad[col];
      colLoad[col]++;
      row = mark[sinkPred * 4 + PRED];
      score = mark[sinkPred * 4 + PRED_SCORE];
    } else {
      const leaving = sinkPred;
      if (leaving === i) return;
      col = rowCol[leaving];
      slot = rowSlot[leaving];
      rowCol[leaving] = -1;
      rowSlot[leaving] = -1;
      rowScore[leaving] = 0;
      row = mark[(N + col) * 4 + PRED];
      score = mark[(N + col) * 4 + PRED_SCORE];
    }
    for (;;) {
      const oldCol = rowCol[row];
      const oldSlot = rowSlot[row];
      rowCol[row] = col;
      rowSlot[row] = slot;
      rowScore[row] = score;
      slotRow[slot] = row;
      if (row === i) break;
      col = oldCol;
      slot = oldSlot;
      row = mark[(N + oldCol) * 4 + PRED];
      score = mark[(N + oldCol) * 4 + PRED_SCORE];
    }
  }

  solve(): AssignmentResult {
    // Strongest first (best possible score, then longest wait): later mentees then
    // rarely displace earlier ones, and displacement searches are the costly ones.
    const order = strongestFirst(this.inst);
    // Each refresh is one pass over the buckets; fresher bounds barely reduce the search (measured).
    const every = Math.max(64, Math.ceil(this.N / 16));
    let stale = true;
    for (let step = 0; step < this.N; step++) {
      const i = order[step];
      if (stale || step % every === 0) this.bounds.refresh(this.node);
      this.addMentee(i);
      // A search ending on an unmatched edge lowers potentials by about D: without
      // a refresh, every later bound would be D too loose and open everything.
      stale = this.sinkPred >= 0 && this.sinkPred < this.N;
    }
    return {
      rowCol: this.rowCol,
      rowScore: this.rowScore,
      colLoad: this.colLoad,
      potHi: Float64Array.from({ length: this.sink + 1 }, (_, v) => this.node[v * 4 + POT_HI]),
      potLo: Float64Array.from({ length: this.sink + 1 }, (_, v) => this.node[v * 4 + POT_LO]),
      maxScore: this.maxScore,
      unmatchedHi: this.unmatchedHi,
      waitUnit: this.waitUnit,
      work: this.work,
    };
  }
}

/**
 * Mentees by best possible score, highest first, then longest wait first;
 * mentees with no class at all come last (still longest wait first). A
 * counting sort: waiting weights are 1..N, and best scores span a few hundred.
 */
function strongestFirst(inst: CompiledInstance): Int32Array {
  const N = inst.menteeCount;
  const { menteeBestUpper: best, menteeWaitWeight: wait } = inst;
  const byWait = new Int32Array(N);
  for (let i = 0; i < N; i++) byWait[N - wait[i]] = i;
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < N; i++) {
    if (best[i] === CLASS_NONE) continue;
    if (best[i] < low) low = best[i];
    if (best[i] > high) high = best[i];
  }
  if (low > high) return byWait;
  if (high - low > 1 << 20) {
    // Scores too spread for counting (weights beyond the validated range): a comparison sort does the same job.
    return byWait.slice().sort((a, b) => best[b] - best[a] || wait[b] - wait[a]);
  }
  // start[s] = where score high - s begins; the last slot is where class-less mentees begin.
  const slotOf = (i: number) => (best[i] === CLASS_NONE ? high - low + 1 : high - best[i]);
  const start = new Int32Array(high - low + 2);
  for (let i = 0; i < N; i++) start[slotOf(i)]++;
  for (let s = start.length - 1, at = N; s >= 0; s--) {
    at -= start[s];
    start[s] = at;
  }
  const order = new Int32Array(N);
  for (let k = 0; k < N; k++) {
    const i = byWait[k];
    order[start[slotOf(i)]++] = i;
  }
  return order;
}

/**
 * Solves the lexicographic assignment exactly over every allowed pair.
 * "full" opens every class of a mentee as soon as it is reached (plain
 * Dijkstra over all edges); it exists as a slow reference for tests.
 */
export function solveCompiled(inst: CompiledInstance, strategy: SolveStrategy = "lazy", pool: PoolSize = DEFAULT_POOL): AssignmentResult {
  return new LazySolver(inst, strategy === "lazy", pool).solve();
}

function isNegative(h: number, l: number): boolean {
  return h < 0 || (h === 0 && l < 0);
}

/**
 * Independent optimality check: with the returned potentials, every residual
 * edge of the full problem — every allowed pair included — must have a
 * non-negative reduced cost. Then no cycle of changes can lower the cost, so
 * the assignment is optimal over all allowed pairs. Classes are skipped only
 * when their bound proves every pair in them passes; the rest are checked pair
 * by pair. Returns the number of violations (0 = certified).
 */
export function countDualViolations(inst: CompiledInstance, result: AssignmentResult): number {
  const N = inst.menteeCount;
  const M = inst.mentorCount;
  const sink = N + M;
  const { rowCol, rowScore, colLoad, potHi, potLo, maxScore, unmatchedHi, waitUnit } = result;
  const S = inst.specialtyCount;
  const R = inst.regionCount;
  let violations = 0;

  for (let j = 0; j < M; j++) {
    const v = N + j;
    const load = colLoad[j];
    if (load < inst.mentorFree[j] && isNegative(potHi[v] - potHi[sink], potLo[v] - potLo[sink])) violations++;
    if (load > 0 && isNegative(potHi[sink] - potHi[v], potLo[sink] - potLo[v])) violations++;
  }
  const cellMax = new Float64Array(inst.cellCount).fill(-Infinity);
  for (let c = 0; c < inst.cellCount; c++) {
    for (let k = inst.smOffset[c * S * R], end = inst.smOffset[(c + 1) * S * R]; k < end; k++) {
      cellMax[c] = Math.max(cellMax[c], potHi[N + inst.smMentors[k]]);
    }
  }
  const buf = createScanBuffers(inst);
  for (let i = 0; i < N; i++) {
    const j0 = rowCol[i];
    const wait = inst.menteeWaitWeight[i] * waitUnit;
    if (j0 >= 0) {
      if (isNegative(-(maxScore - rowScore[i]) + potHi[N + j0] - potHi[i], potLo[N + j0] - potLo[i])) violations++;
      if (isNegative(unmatchedHi + potHi[i] - potHi[sink], wait + potLo[i] - potLo[sink])) violations++;
    } else if (isNegative(-unmatchedHi + potHi[sink] - potHi[i], -wait + potLo[sink] - potLo[i])) {
      violations++;
    }
    for (let k = inst.classStart[i], end = inst.classStart[i + 1]; k < end; k++) {
      const code = inst.classCode[k];
      if (maxScore - inst.classUpper[k] + potHi[i] - cellMax[code >> 2] > 0) continue;
      const count = collectClass(inst, i, code, buf, 0);
      for (let t = 0; t < count; t++) {
        const j = buf.mentor[t];
        if (j === j0) continue;
        if (isNegative(maxScore - buf.score[t] + potHi[i] - potHi[N + j], potLo[i] - potLo[N + j])) violations++;
      }
    }
  }
  return violations;
}
