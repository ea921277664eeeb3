// Exact assignment of mentees (rows) to mentor places (columns with capacity).
//
// Model: a min-cost flow with one unit per mentee. Every mentee either takes a
// place with a mentor or takes its own private "unmatched" edge to the sink, so
// every solution is a perfect assignment and rows can be added one at a time
// (successive shortest paths, Jonker–Volgenant style, Dijkstra with potentials).
//
// Costs are pairs (hi, lo) compared lexicographically, so each level of the
// objective is exact without squeezing several levels into one float:
//   hi: unmatched = D, place = maxScore − score, with D > rows × (maxScore − minScore)
//       ⇒ first the most mentees matched, then the highest total score;
//   lo: unmatched = waitWeight × P (older waits weigh more), and the k-th
//       mentee held by a mentor (counting current ones) costs k − 1, with
//       P > rows × (largest k − 1) ⇒ then longest-waiting mentees, then spread.
// Both components stay integers far below 2^53 for national-size rounds.

export interface AssignmentGraph {
  rows: number;
  cols: number;
  /** Free places per column. */
  colFree: Int32Array;
  /** Mentees a column already holds (activeCount): the spread penalty counts them too. */
  colBaseLoad: Int32Array;
  /** 1..rows, larger = waited longer. */
  rowWait: Int32Array;
  edgeStart: Int32Array;
  edgeCol: Int32Array;
  edgeScore: Int32Array;
}

export interface AssignmentResult {
  /** Column per row, -1 = unmatched. */
  rowCol: Int32Array;
  rowScore: Int32Array;
  colLoad: Int32Array;
  /** Dual potentials, nodes = rows, then columns, then the sink. */
  potHi: Float64Array;
  potLo: Float64Array;
  maxScore: number;
  unmatchedHi: number;
  waitUnit: number;
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
  /** Removes the top; read node[0]/hi[0]/lo[0] before calling. */
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

/**
 * Solves the lexicographic assignment exactly on the given edges. maxScore and
 * minScore must bound every allowed pair (not only the edges given), so that
 * the potentials returned can certify optimality over pruned edges too.
 */
export function solveAssignment(graph: AssignmentGraph, maxScore: number, minScore: number): AssignmentResult {
  const { rows: N, cols: M, colFree, colBaseLoad, rowWait, edgeStart, edgeCol, edgeScore } = graph;
  const sink = N + M;
  const nodes = N + M + 1;
  const unmatchedHi = N * Math.max(0, maxScore - minScore) + 1;
  let maxMarginal = 0;
  for (let j = 0; j < M; j++) if (colFree[j] > 0) maxMarginal = Math.max(maxMarginal, colBaseLoad[j] + colFree[j] - 1);
  const waitUnit = N * maxMarginal + 1;

  const potHi = new Float64Array(nodes);
  const potLo = new Float64Array(nodes);
  const distHi = new Float64Array(nodes);
  const distLo = new Float64Array(nodes);
  const seen = new Int32Array(nodes).fill(-1);
  const done = new Int32Array(nodes).fill(-1);
  const pred = new Int32Array(nodes);
  const predEdge = new Int32Array(nodes);
  const finalized = new Int32Array(nodes);

  const rowCol = new Int32Array(N).fill(-1);
  const rowScore = new Int32Array(N);
  const rowSlot = new Int32Array(N).fill(-1);
  const colLoad = new Int32Array(M);
  const slotStart = new Int32Array(M + 1);
  for (let j = 0; j < M; j++) slotStart[j + 1] = slotStart[j] + Math.max(0, colFree[j]);
  const slotRow = new Int32Array(slotStart[M]);
  const heap = new PairHeap(1024);

  for (let i = 0; i < N; i++) {
    // A fresh row has no incoming residual edges, so its potential may be set so
    // that every edge out of it has non-negative reduced cost.
    let bestHi = potHi[sink] - unmatchedHi;
    let bestLo = potLo[sink] - rowWait[i] * waitUnit;
    for (let e = edgeStart[i], end = edgeStart[i + 1]; e < end; e++) {
      const v = N + edgeCol[e];
      const h = potHi[v] - (maxScore - edgeScore[e]);
      const l = potLo[v];
      if (h > bestHi || (h === bestHi && l > bestLo)) {
        bestHi = h;
        bestLo = l;
      }
    }
    potHi[i] = bestHi;
    potLo[i] = bestLo;

    heap.size = 0;
    let finalCount = 0;
    let sinkHi = Infinity;
    let sinkLo = Infinity;
    let sinkPred = -1;
    distHi[i] = 0;
    distLo[i] = 0;
    seen[i] = i;
    heap.push(i, 0, 0);

    while (heap.size > 0) {
      const u = heap.node[0];
      const dh = heap.hi[0];
      const dl = heap.lo[0];
      if (done[u] === i) {
        heap.pop();
        continue;
      }
      if (sinkHi < dh || (sinkHi === dh && sinkLo <= dl)) break;
      heap.pop();
      done[u] = i;
      finalized[finalCount++] = u;
      const ph = potHi[u];
      const pl = potLo[u];
      if (u < N) {
        const own = rowCol[u];
        for (let e = edgeStart[u], end = edgeStart[u + 1]; e < end; e++) {
          const j = edgeCol[e];
          if (j === own) continue;
          const v = N + j;
          if (done[v] === i) continue;
          const nh = dh + (maxScore - edgeScore[e]) + ph - potHi[v];
          const nl = dl + pl - potLo[v];
          if (seen[v] !== i || nh < distHi[v] || (nh === distHi[v] && nl < distLo[v])) {
            seen[v] = i;
            distHi[v] = nh;
            distLo[v] = nl;
            pred[v] = u;
            predEdge[v] = e;
            heap.push(v, nh, nl);
          }
        }
        const th = dh + unmatchedHi + ph - potHi[sink];
        const tl = dl + rowWait[u] * waitUnit + pl - potLo[sink];
        if (th < sinkHi || (th === sinkHi && tl < sinkLo)) {
          sinkHi = th;
          sinkLo = tl;
          sinkPred = u;
        }
      } else {
        const j = u - N;
        const load = colLoad[j];
        if (load < colFree[j]) {
          const th = dh + ph - potHi[sink];
          const tl = dl + colBaseLoad[j] + load + pl - potLo[sink];
          if (th < sinkHi || (th === sinkHi && tl < sinkLo)) {
            sinkHi = th;
            sinkLo = tl;
            sinkPred = u;
          }
        }
        for (let s = slotStart[j], end = slotStart[j] + load; s < end; s++) {
          const k = slotRow[s];
          if (done[k] === i) continue;
          const nh = dh - (maxScore - rowScore[k]) + ph - potHi[k];
          const nl = dl + pl - potLo[k];
          if (seen[k] !== i || nh < distHi[k] || (nh === distHi[k] && nl < distLo[k])) {
            seen[k] = i;
            distHi[k] = nh;
            distLo[k] = nl;
            pred[k] = u;
            heap.push(k, nh, nl);
          }
        }
      }
    }

    // Shift finalized potentials so the path found becomes tight and every
    // residual edge keeps a non-negative reduced cost (JV early-exit update).
    for (let f = 0; f < finalCount; f++) {
      const v = finalized[f];
      potHi[v] += distHi[v] - sinkHi;
      potLo[v] += distLo[v] - sinkLo;
    }

    // Augment: walk back from the sink, moving each row on the path.
    let row: number;
    let col: number;
    let slot: number;
    let edge: number;
    if (sinkPred >= N) {
      col = sinkPred - N;
      slot = slotStart[col] + colLoad[col];
      colLoad[col]++;
      row = pred[sinkPred];
      edge = predEdge[sinkPred];
    } else {
      const leaving = sinkPred;
      if (leaving === i) continue;
      col = rowCol[leaving];
      slot = rowSlot[leaving];
      rowCol[leaving] = -1;
      rowSlot[leaving] = -1;
      rowScore[leaving] = 0;
      row = pred[N + col];
      edge = predEdge[N + col];
    }
    for (;;) {
      const oldCol = rowCol[row];
      const oldSlot = rowSlot[row];
      rowCol[row] = col;
      rowSlot[row] = slot;
      rowScore[row] = edgeScore[edge];
      slotRow[slot] = row;
      if (row === i) break;
      col = oldCol;
      slot = oldSlot;
      row = pred[N + oldCol];
      edge = predEdge[N + oldCol];
    }
  }

  return { rowCol, rowScore, colLoad, potHi, potLo, maxScore, unmatchedHi, waitUnit };
}

/** True when the (possibly pruned) edge row→col has negative reduced cost: the potentials do not certify it. */
export function hasNegativeReducedCost(result: AssignmentResult, rows: number, row: number, col: number, score: number): boolean {
  const h = result.maxScore - score + result.potHi[row] - result.potHi[rows + col];
  if (h !== 0) return h < 0;
  return result.potLo[row] - result.potLo[rows + col] < 0;
}

/** Σ over mentors of (base+1)-th … (base+load)-th mentee costs, i.e. Σ (k − 1): the spread level of the objective. */
export function computeSpreadPenalty(colLoad: Int32Array, colBaseLoad: Int32Array): number {
  let total = 0;
  for (let j = 0; j < colLoad.length; j++) {
    for (let k = 0; k < colLoad[j]; k++) total += colBaseLoad[j] + k;
  }
  return total;
}
