/**
 * Matching benchmark: the engine vs greedy-by-score vs the npm `munkres`
 * package (an independent exact reference) on the same scores.
 *
 *   npm run bench:matching            (all instances)
 *   tsx scripts/bench-matching.ts --only national,tight-2000 --runs 5
 *
 * Every (instance, solver) runs in its own child process, so peak_mb is that
 * process's own maximum resident set size (process.resourceUsage().maxRSS),
 * including Node itself and the generated instance (base_mb shows that share).
 * ms is the median wall time of `runs` full solves (default 5; 3 for munkres on
 * the national rounds), each from the raw inputs: rule checks and scoring
 * included, and for the engine also explanations, why-not reasons and the
 * optimality certificate. cpu_ms is the median process CPU time, and load_avg
 * the machine's load when the child started: the 2-core machine is shared.
 * Prints one JSON line per instance and solver.
 *
 *   tsx scripts/bench-matching.ts --only national --phases
 *
 * adds a line per instance with the engine's time split into its phases
 * (compile, solve, certificate, fairness pass, explanations and why-not
 * reasons), medians over the runs: where to look before optimising.
 */
import { fork } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import munkres from "munkres";
import { proposeMatches } from "../lib/matching/index";
import { compileInstance, createScanBuffers, scanAllowedMentors, sortMentees, sortMentors } from "../lib/matching/compile";
import { countDualViolations, solveCompiled } from "../lib/matching/assign";
import { spreadLoad } from "../lib/matching/spread";
import { DEFAULT_WEIGHTS } from "../lib/matching/weights";
import type { MeetingMode, MenteeInput, MentorInput, Mode } from "../lib/matching/types";

// ---------- seeded generator ----------

/** sfc32: small, fast, good enough for test data; fixed seeds make every run identical. */
function createRandom(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let k = 0; k < 20; k++) next();
  return next;
}

const REGIONS: [string, number][] = [
  ["Eastern", 8],
  ["London", 16],
  ["North West", 11],
  ["Northern and Yorkshire", 12],
  ["South Eastern", 10],
  ["South West", 7],
  ["Trent", 8],
  ["Wessex", 5],
  ["West Midlands", 9],
  ["Scotland", 8],
  ["Wales", 4],
  ["Northern Ireland", 2],
];
const SPECIALTIES: [string, number][] = [
  ["General Adult", 35],
  ["Old Age", 10],
  ["Child and Adolescent", 14],
  ["Forensic", 8],
  ["Intellectual Disability", 5],
  ["Medical Psychotherapy", 3],
  ["Liaison", 6],
  ["Addictions", 4],
  ["Perinatal", 3],
  ["Eating Disorders", 2],
  ["Neuropsychiatry", 2],
  ["Rehabilitation and Social", 4],
  ["Academic", 4],
];
const AREAS: [string, number][] = [
  ["First-Tier Tribunal evidence", 6],
  ["Induction of a new colleague", 4],
  ["CESR / Portfolio pathway", 8],
  ["Consultant interview preparation", 12],
  ["Mock OSCE / CASC practice", 12],
  ["Leadership and management", 14],
  ["Research", 7],
  ["Teaching", 6],
  ["Return to work", 6],
  ["Less-than-full-time training", 5],
  ["IMG transition", 8],
  ["Wellbeing and resilience", 12],
];
// Index = gradeRank - 1 (FY … Consultant).
const MENTEE_GRADES = [6, 14, 12, 10, 8, 7, 6, 5, 12, 5, 12, 3];
const MENTOR_GRADES = [0, 0, 1, 2, 2, 3, 5, 6, 6, 6, 12, 57];

function pickWeighted(rand: () => number, weights: number[]): number {
  const total = weights.reduce((s, w) => s + w, 0);
  let r = rand() * total;
  for (let k = 0; k < weights.length; k++) {
    r -= weights[k];
    if (r < 0) return k;
  }
  return weights.length - 1;
}

function pickMeeting(rand: () => number, online: number, inPerson: number): MeetingMode {
  const r = rand();
  return r < online ? "ONLINE" : r < online + inPerson ? "IN_PERSON" : "EITHER";
}

export interface InstanceSpec {
  name: string;
  mentees: number;
  mentors: number;
  seed: number;
  /** When set, active counts are adjusted so total free places equal this. */
  places?: number;
  /** Share of offers that already hold mentees (default 0.2). */
  activeShare?: number;
}

interface Instance {
  mentees: MenteeInput[];
  mentors: MentorInput[];
  now: number;
}

const NOW = Date.UTC(2025, 10, 1);
const DAY = 86_400_000;

export function generateInstance(spec: InstanceSpec): Instance {
  const rand = createRandom(spec.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const employersPerRegion = REGIONS.map(() => int(6, 20));
  const regionWeights = REGIONS.map((r) => r[1]);
  const specialtyWeights = SPECIALTIES.map((s) => s[1]);
  const areaWeights = AREAS.map((a) => a[1]);
  const place = () => {
    const r = pickWeighted(rand, regionWeights);
    const employerId = rand() < 0.03 ? null : `emp-${r}-${int(1, employersPerRegion[r])}`;
    const s = pickWeighted(rand, specialtyWeights);
    return {
      regionId: `region-${r}`,
      regionName: REGIONS[r][0],
      specialtyId: `spec-${s}`,
      specialtyName: SPECIALTIES[s][0],
      employerId,
    };
  };

  // Mentor people first, so mentees can name them in conflicts/exclusions.
  const mentors: MentorInput[] = [];
  const mentorPeople: { personId: string; employerId: string | null }[] = [];
  let personCounter = 0;
  while (mentors.length < spec.mentors) {
    const personId = `mentor-${String(++personCounter).padStart(6, "0")}`;
    const gradeRank = pickWeighted(rand, MENTOR_GRADES) + 1;
    const where = place();
    const gender = rand() < 0.9 ? (rand() < 0.55 ? "female" : "male") : undefined;
    const attributes = {
      gender,
      ethnicMinority: rand() < 0.85 ? rand() < 0.35 : undefined,
      imgExperience: rand() < 0.28,
    };
    const meetingMode = pickMeeting(rand, 0.3, 0.15);
    const offersMentoring = rand() < 0.75;
    const offersCoaching = !offersMentoring || (gradeRank >= 5 && rand() < 0.25);
    const modes: Mode[] = [];
    if (offersMentoring) modes.push("MENTORING");
    if (offersCoaching) modes.push("COACHING");
    mentorPeople.push({ personId, employerId: where.employerId });
    for (const mode of modes) {
      if (mentors.length >= spec.mentors) break;
      const capacity = int(1, 4);
      // Most volunteers start a round with no or one current mentee.
      const active = rand() < (spec.activeShare ?? 0.2) ? int(1, capacity) : 0;
      let acceptedGradeRanks: number[] = [];
      if (rand() < 0.25) {
        const r = rand();
        if (r < 0.5) acceptedGradeRanks = [1, 2, 3, 4, 5, 6, 7, 8].filter((g) => g < gradeRank);
        else if (r < 0.75) acceptedGradeRanks = [9, 10];
        else acceptedGradeRanks = [11];
      }
      const areaCount = mode === "COACHING" ? int(2, 5) : int(0, 3);
      const areas = new Set<number>();
      while (areas.size < areaCount) areas.add(pickWeighted(rand, areaWeights));
      mentors.push({
        personId,
        mode,
        gradeRank,
        ...where,
        meetingMode,
        capacity,
        activeCount: active,
        acceptedGradeRanks,
        developmentAreaIds: [...areas].sort((a, b) => a - b).map((a) => `area-${a}`),
        excludedPersonIds: [],
        conflictPersonIds: [],
        attributes,
      });
    }
  }
  const mentorsByEmployer = new Map<string, string[]>();
  for (const p of mentorPeople) {
    if (!p.employerId) continue;
    const list = mentorsByEmployer.get(p.employerId) ?? [];
    list.push(p.personId);
    mentorsByEmployer.set(p.employerId, list);
  }

  const mentees: MenteeInput[] = [];
  for (let k = 0; k < spec.mentees; k++) {
    // A few senior trainees are mentors too: the same person appears on both sides.
    const alsoMentor = rand() < 0.03 ? mentorPeople[int(0, mentorPeople.length - 1)].personId : null;
    const personId = alsoMentor ?? `mentee-${String(k + 1).padStart(6, "0")}`;
    const gradeRank = pickWeighted(rand, MENTEE_GRADES) + 1;
    const mode: Mode = rand() < 0.35 ? "COACHING" : "MENTORING";
    const where = place();
    let area: number | null = null;
    if (mode === "COACHING" || rand() < 0.35) {
      area = gradeRank === 9 || gradeRank === 10 ? (rand() < 0.4 ? 2 : pickWeighted(rand, areaWeights)) : pickWeighted(rand, areaWeights);
    }
    const colleagues = where.employerId ? (mentorsByEmployer.get(where.employerId) ?? []) : [];
    const conflictPersonIds: string[] = [];
    if (rand() < 0.4 && colleagues.length > 0) {
      const n = int(1, 3);
      for (let c = 0; c < n; c++) conflictPersonIds.push(colleagues[int(0, colleagues.length - 1)]);
    }
    const excludedPersonIds: string[] = [];
    if (rand() < 0.04) excludedPersonIds.push(mentorPeople[int(0, mentorPeople.length - 1)].personId);
    const previousPartnerIds: string[] = [];
    const repeatAllowedPartnerIds: string[] = [];
    if (rand() < 0.06) {
      const partner = mentorPeople[int(0, mentorPeople.length - 1)].personId;
      previousPartnerIds.push(partner);
      if (rand() < 0.25) repeatAllowedPartnerIds.push(partner);
    }
    const consentedPreferences: MenteeInput["consentedPreferences"] = {};
    if (rand() < 0.08) consentedPreferences.gender = rand() < 0.7 ? "female" : "male";
    if (rand() < 0.04) consentedPreferences.ethnicMinorityMentor = true;
    if (rand() < 0.06) consentedPreferences.imgExperience = true;
    const sp = rand();
    const rp = rand();
    mentees.push({
      requestId: `req-${String(k + 1).padStart(6, "0")}`,
      personId,
      mode,
      gradeRank,
      ...where,
      meetingMode: pickMeeting(rand, 0.35, 0.15),
      developmentAreaId: area === null ? null : `area-${area}`,
      developmentAreaName: area === null ? null : AREAS[area][0],
      specialtyPreference:
        mode === "MENTORING" ? (sp < 0.25 ? "SAME" : sp < 0.3 ? "DIFFERENT" : "ANY") : sp < 0.05 ? "SAME" : sp < 0.3 ? "DIFFERENT" : "ANY",
      regionPreference: rp < 0.2 ? "SAME" : rp < 0.28 ? "OTHER" : "ANY",
      wantsIndependence: rand() < 0.15,
      excludedPersonIds,
      conflictPersonIds,
      previousPartnerIds,
      repeatAllowedPartnerIds,
      waitingSinceMs: NOW - Math.floor(rand() * 200 * DAY),
      consentedPreferences,
    });
  }
  // Mentors' own exclusions and declared conflicts name mentee people.
  for (const m of mentors) {
    if (rand() < 0.01) m.excludedPersonIds.push(mentees[int(0, mentees.length - 1)].personId);
    if (rand() < 0.1) m.conflictPersonIds.push(mentees[int(0, mentees.length - 1)].personId);
  }

  if (spec.places !== undefined) {
    // Tight variant: raise or lower active counts until free places equal the target.
    let places = mentors.reduce((s, m) => s + Math.max(0, m.capacity - m.activeCount), 0);
    for (let pass = 0; places !== spec.places && pass < 8; pass++) {
      for (const m of mentors) {
        if (places > spec.places && m.activeCount < m.capacity) {
          m.activeCount++;
          places--;
        } else if (places < spec.places && m.activeCount > 0) {
          m.activeCount--;
          places++;
        }
        if (places === spec.places) break;
      }
    }
  }
  return { mentees, mentors, now: NOW };
}

// ---------- solvers ----------

interface SolveOutcome {
  matched: number;
  score: number;
  places: number;
  optimal?: boolean;
  allowedPairs?: number;
  pairsExamined?: number;
  /** engine-phases only: milliseconds per phase of one run. */
  phases?: Record<string, number>;
}

function solveWithEngine(inst: Instance): SolveOutcome {
  const result = proposeMatches({ mentees: inst.mentees, mentors: inst.mentors, weights: DEFAULT_WEIGHTS, now: inst.now });
  return {
    matched: result.stats.matched,
    score: result.stats.totalScore,
    places: result.stats.places,
    optimal: result.stats.optimal,
    allowedPairs: result.stats.allowedPairs,
    pairsExamined: result.stats.pairsExamined,
  };
}

/** The engine's phases run one by one (the same work proposeMatches does), each timed. */
function solveWithEnginePhases(inst: Instance): SolveOutcome {
  const t0 = performance.now();
  const compiled = compileInstance(sortMentees(inst.mentees), sortMentors(inst.mentors), DEFAULT_WEIGHTS, inst.now);
  const t1 = performance.now();
  const result = solveCompiled(compiled);
  const t2 = performance.now();
  const optimal = countDualViolations(compiled, result) === 0;
  const t3 = performance.now();
  spreadLoad(compiled, result);
  const t4 = performance.now();
  const full = proposeMatches({ mentees: inst.mentees, mentors: inst.mentors, weights: DEFAULT_WEIGHTS, now: inst.now });
  const t5 = performance.now();
  const whole = t5 - t4;
  return {
    matched: full.stats.matched,
    score: full.stats.totalScore,
    places: full.stats.places,
    optimal,
    phases: {
      compile_ms: t1 - t0,
      solve_ms: t2 - t1,
      certify_ms: t3 - t2,
      fairness_ms: t4 - t3,
      // proposeMatches repeats the four phases above, then explains: the rest is explanations and reasons.
      explain_ms: Math.max(0, whole - (t4 - t0)),
      propose_ms: whole,
    },
  };
}

function compileForBaselines(inst: Instance) {
  const compiled = compileInstance(sortMentees(inst.mentees), sortMentors(inst.mentors), DEFAULT_WEIGHTS, inst.now);
  let places = 0;
  for (let j = 0; j < compiled.mentorCount; j++) places += compiled.mentorFree[j];
  return { compiled, places };
}

/** Greedy by score: all allowed pairs, best score first (older request first on ties), take if both free. */
function solveGreedy(inst: Instance): SolveOutcome {
  const { compiled, places } = compileForBaselines(inst);
  const N = compiled.menteeCount;
  const buf = createScanBuffers(compiled);
  const byWait = Array.from({ length: N }, (_, i) => i).sort((a, b) => compiled.menteeWaitWeight[b] - compiled.menteeWaitWeight[a]);
  // Counting sort by score: pass 1 counts, pass 2 places pairs stably (older mentees first).
  let minScore = Infinity;
  let maxScore = -Infinity;
  let total = 0;
  for (let i = 0; i < N; i++) {
    const count = scanAllowedMentors(compiled, i, buf);
    total += count;
    for (let t = 0; t < count; t++) {
      minScore = Math.min(minScore, buf.score[t]);
      maxScore = Math.max(maxScore, buf.score[t]);
    }
  }
  if (total === 0) return { matched: 0, score: 0, places };
  const span = maxScore - minScore + 1;
  const start = new Int32Array(span + 1);
  for (const i of byWait) {
    const count = scanAllowedMentors(compiled, i, buf);
    for (let t = 0; t < count; t++) start[maxScore - buf.score[t] + 1]++;
  }
  for (let s = 0; s < span; s++) start[s + 1] += start[s];
  const pairMentee = new Int32Array(total);
  const pairMentor = new Int32Array(total);
  for (const i of byWait) {
    const count = scanAllowedMentors(compiled, i, buf);
    for (let t = 0; t < count; t++) {
      const at = start[maxScore - buf.score[t]]++;
      pairMentee[at] = i;
      pairMentor[at] = buf.mentor[t];
    }
  }
  const taken = new Uint8Array(N);
  const load = new Int32Array(compiled.mentorCount);
  let matched = 0;
  let score = 0;
  let at = 0;
  for (let s = 0; s < span; s++) {
    const end = start[s];
    for (; at < end; at++) {
      const i = pairMentee[at];
      const j = pairMentor[at];
      if (taken[i] || load[j] >= compiled.mentorFree[j]) continue;
      taken[i] = 1;
      load[j]++;
      matched++;
      score += maxScore - s;
    }
  }
  return { matched, score, places };
}

/**
 * munkres on a dense rows × places matrix (each mentor's free places expanded
 * into columns). Disallowed cells cost BIG > rows × score range, so the
 * minimum-cost assignment also maximises the number matched first.
 */
function solveMunkres(inst: Instance): SolveOutcome {
  const { compiled, places } = compileForBaselines(inst);
  const N = compiled.menteeCount;
  const M = compiled.mentorCount;
  const colStart = new Int32Array(M + 1);
  for (let j = 0; j < M; j++) colStart[j + 1] = colStart[j] + compiled.mentorFree[j];
  const buf = createScanBuffers(compiled);
  let minScore = Infinity;
  let maxScore = -Infinity;
  for (let i = 0; i < N; i++) {
    const count = scanAllowedMentors(compiled, i, buf);
    for (let t = 0; t < count; t++) {
      minScore = Math.min(minScore, buf.score[t]);
      maxScore = Math.max(maxScore, buf.score[t]);
    }
  }
  if (!Number.isFinite(maxScore) || places === 0) return { matched: 0, score: 0, places };
  const big = N * (maxScore - minScore) + 1;
  const matrix: Int32Array[] = [];
  for (let i = 0; i < N; i++) {
    const row = new Int32Array(places).fill(big);
    const count = scanAllowedMentors(compiled, i, buf);
    for (let t = 0; t < count; t++) {
      const j = buf.mentor[t];
      row.fill(maxScore - buf.score[t], colStart[j], colStart[j + 1]);
    }
    matrix.push(row);
  }
  const pairs = munkres(matrix);
  let matched = 0;
  let score = 0;
  for (const [y, x] of pairs) {
    const cost = matrix[y][x];
    if (cost >= big) continue;
    matched++;
    score += maxScore - cost;
  }
  return { matched, score, places };
}

const SOLVERS: Record<string, (inst: Instance) => SolveOutcome> = {
  engine: solveWithEngine,
  "engine-phases": solveWithEnginePhases,
  greedy: solveGreedy,
  munkres: solveMunkres,
};

// ---------- instances ----------

export const INSTANCES: InstanceSpec[] = [
  { name: "small-200x100", mentees: 200, mentors: 100, seed: 11 },
  { name: "medium-1000x500", mentees: 1000, mentors: 500, seed: 12 },
  { name: "tight-1000", mentees: 1000, mentors: 500, seed: 13, places: 1000 },
  { name: "large-2000x1000", mentees: 2000, mentors: 1000, seed: 14 },
  { name: "tight-2000", mentees: 2000, mentors: 900, seed: 15, places: 2000 },
  { name: "large-4000x2000", mentees: 4000, mentors: 2000, seed: 16 },
  // The national round: 20% of offers already hold 1..capacity mentees.
  { name: "national", mentees: 8000, mentors: 4000, seed: 2025 },
  // The same people at launch, when nobody holds a mentee yet (more places).
  { name: "national-launch", mentees: 8000, mentors: 4000, seed: 2025, activeShare: 0 },
  { name: "tight-national", mentees: 8000, mentors: 3600, seed: 2026, places: 8000 },
  // More requests than places, as when a programme has a waiting list: 5,000 places for 8,000.
  { name: "oversubscribed-national", mentees: 8000, mentors: 4000, seed: 2027, places: 5000 },
];

/** Dense munkres holds rows × places int32 cells; above this it is skipped with a reason (about 400 MB). */
const MUNKRES_MAX_CELLS = 100_000_000;

// ---------- child: one solver on one instance ----------

/** The value after `name` in the command-line arguments, if given. */
export function readOption(args: string[], name: string): string | undefined {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function runChild(instanceName: string, solverName: string, runs: number): Promise<void> {
  const spec = INSTANCES.find((s) => s.name === instanceName)!;
  const inst = generateInstance(spec);
  const baseMb = process.memoryUsage().rss / 1048576;
  const times: number[] = [];
  const cpu: number[] = [];
  let outcome: SolveOutcome | null = null;
  const phaseRuns: Record<string, number[]> = {};
  const load = loadavg()[0];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    outcome = SOLVERS[solverName](inst);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    for (const [phase, ms] of Object.entries(outcome.phases ?? {})) (phaseRuns[phase] ??= []).push(ms);
  }
  if (outcome && outcome.phases) outcome.phases = Object.fromEntries(Object.entries(phaseRuns).map(([phase, ms]) => [phase, Math.round(median(ms))]));
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.send!({ outcome, ms: median(times), cpuMs: median(cpu), times, baseMb, peakMb, load });
}

// ---------- parent ----------

interface ChildReport {
  outcome: SolveOutcome;
  ms: number;
  /** Median process CPU time per run: less sensitive than wall time to other load on the machine. */
  cpuMs: number;
  times: number[];
  baseMb: number;
  peakMb: number;
  /** 1-minute load average when the child started (2 cores here). */
  load: number;
}

function runInChild(instanceName: string, solver: string, runs: number): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ["--child", instanceName, solver, String(runs)], {
      execArgv: [...process.execArgv, "--max-old-space-size=8192"],
    });
    let report: ChildReport | null = null;
    child.on("message", (m) => {
      report = m as ChildReport;
    });
    child.on("exit", (code) => (report ? resolve(report) : reject(new Error(`${solver} on ${instanceName} exited with ${code}`))));
    child.on("error", reject);
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--child") {
    await runChild(args[1], args[2], Number(args[3]));
    return;
  }
  const option = (name: string) => readOption(args, name);
  const runs = Math.max(3, Number(option("--runs") ?? 5));
  const only = option("--only")?.split(",");
  const munkresMaxCells = Number(option("--munkres-max-cells") ?? MUNKRES_MAX_CELLS);
  const phases = args.includes("--phases");
  const round1 = (x: number) => Math.round(x * 10) / 10;

  for (const spec of INSTANCES.filter((s) => !only || only.includes(s.name))) {
    const engine = await runInChild(spec.name, "engine", runs);
    const best = { matched: engine.outcome.matched, score: engine.outcome.score };
    const lines: Record<string, unknown>[] = [];
    const line = (solver: string, r: ChildReport, optimal: boolean, extra: Record<string, unknown> = {}) => ({
      instance: spec.name,
      solver,
      mentees: spec.mentees,
      mentors: spec.mentors,
      places: r.outcome.places,
      matched: r.outcome.matched,
      score: r.outcome.score,
      ms: round1(r.ms),
      peak_mb: round1(r.peakMb),
      optimal,
      cpu_ms: round1(r.cpuMs),
      base_mb: round1(r.baseMb),
      runs_ms: r.times.map(round1),
      load_avg: round1(r.load),
      ...extra,
    });
    lines.push(
      line("engine", engine, engine.outcome.optimal === true, {
        allowed_pairs: engine.outcome.allowedPairs,
        pairs_examined: engine.outcome.pairsExamined,
        optimal_by: "dual certificate",
      }),
    );
    if (phases) {
      const split = await runInChild(spec.name, "engine-phases", runs);
      lines.push(line("engine-phases", split, split.outcome.optimal === true, split.outcome.phases));
    }
    const greedy = await runInChild(spec.name, "greedy", runs);
    lines.push(
      line("greedy", greedy, greedy.outcome.matched === best.matched && greedy.outcome.score === best.score, {
        optimal_by: "compared with the certified engine optimum",
      }),
    );
    const cells = spec.mentees * engine.outcome.places;
    if (cells <= munkresMaxCells) {
      // munkres takes minutes on the national rounds: three runs there, still a median.
      const m = await runInChild(spec.name, "munkres", cells > 20_000_000 ? 3 : runs);
      const same = m.outcome.matched === best.matched && m.outcome.score === best.score;
      lines.push(
        line("munkres", m, same, {
          optimal_by: "exact solver; equal to the engine on (matched, score)",
          agrees_with_engine: same,
          engine_speedup: round1(m.ms / engine.ms),
        }),
      );
    } else {
      lines.push({
        instance: spec.name,
        solver: "munkres",
        mentees: spec.mentees,
        mentors: spec.mentors,
        places: engine.outcome.places,
        matched: null,
        score: null,
        ms: null,
        peak_mb: null,
        optimal: null,
        skipped: `dense ${spec.mentees}x${engine.outcome.places} matrix (${(cells / 1e6).toFixed(0)}M cells) is over the ${MUNKRES_MAX_CELLS / 1e6}M-cell limit`,
      });
    }
    for (const l of lines) console.log(JSON.stringify(l));
  }
}

// Importable (generateInstance) without running the benchmark.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
