import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countDualViolations, solveCompiled } from "../../../lib/matching/assign";
import {
  collectClass,
  compileInstance,
  countAllowedPairs,
  createScanBuffers,
  scanAllowedMentors,
  sortMentees,
  sortMentors,
} from "../../../lib/matching/compile";
import { checkPair, proposeMatches, scorePair } from "../../../lib/matching/index";
import { solveCertified } from "../../../lib/matching/propose";
import { DEFAULT_WEIGHTS, type MatchingWeights } from "../../../lib/matching/weights";
import {
  NOW,
  bruteForce,
  findMentee,
  findMentor,
  freeOf,
  instanceArb,
  shuffle,
  waitWeights,
  type Instance,
} from "./helpers";

const RUNS = 300;

function objectiveOf(inst: Instance, result: ReturnType<typeof proposeMatches>, weights: MatchingWeights = DEFAULT_WEIGHTS) {
  const wait = waitWeights(inst.mentees);
  let score = 0;
  let waiting = 0;
  for (const p of result.proposals) {
    // Recompute with the readable scorer: the engine's own number is not trusted here.
    score += scorePair(findMentee(inst, p.requestId), findMentor(inst, p), weights, NOW);
    waiting += wait.get(p.requestId)!;
  }
  return { matched: result.proposals.length, score, wait: waiting };
}

describe("proposeMatches is optimal (property tests against brute force)", () => {
  it("matches the brute-force optimum on count, then score, then waiting", () => {
    fc.assert(
      fc.property(instanceArb(6, 5), (inst) => {
        const result = proposeMatches({ ...inst, now: NOW });
        expect(objectiveOf(inst, result)).toEqual(bruteForce(inst));
        expect(result.stats.optimal).toBe(true);
        expect(result.stats.totalScore).toBe(objectiveOf(inst, result).score);
      }),
      { numRuns: RUNS },
    );
  });

  it("finds the optimum on tight rounds too (more mentees than places)", () => {
    fc.assert(
      fc.property(instanceArb(7, 3), (inst) => {
        const result = proposeMatches({ ...inst, now: NOW });
        expect(objectiveOf(inst, result)).toEqual(bruteForce(inst));
      }),
      { numRuns: RUNS },
    );
  });

  it("never proposes a pair that breaks a hard rule, and never overfills a mentor", () => {
    fc.assert(
      fc.property(instanceArb(7, 5), (inst) => {
        const result = proposeMatches({ ...inst, now: NOW });
        const taken = new Map<string, number>();
        const requests = new Set<string>();
        for (const p of result.proposals) {
          const mentee = findMentee(inst, p.requestId);
          const mentor = findMentor(inst, p);
          const check = checkPair(mentee, mentor);
          expect(check.checks.filter((c) => !c.passed)).toEqual([]);
          expect(p.explanation.rules.every((r) => r.passed)).toBe(true);
          const key = `${mentor.personId}/${mentor.mode}`;
          taken.set(key, (taken.get(key) ?? 0) + 1);
          expect(requests.has(p.requestId)).toBe(false);
          requests.add(p.requestId);
        }
        for (const mentor of inst.mentors) expect(taken.get(`${mentor.personId}/${mentor.mode}`) ?? 0).toBeLessThanOrEqual(freeOf(mentor));
        expect(result.proposals.length + result.unmatched.length).toBe(inst.mentees.length);
      }),
      { numRuns: RUNS },
    );
  });

  it("is deterministic, and input order does not change the pairs", () => {
    fc.assert(
      fc.property(instanceArb(7, 5), fc.integer({ min: 1, max: 1_000_000 }), (inst, seed) => {
        const first = proposeMatches({ ...inst, now: NOW });
        const again = proposeMatches({ ...inst, now: NOW });
        expect(again).toEqual(first);
        const shuffled = proposeMatches({ mentees: shuffle(inst.mentees, seed), mentors: shuffle(inst.mentors, seed + 1), now: NOW });
        const pairs = (r: typeof first) => r.proposals.map((p) => `${p.requestId}->${p.mentorId}/${p.mode}`).sort();
        expect(pairs(shuffled)).toEqual(pairs(first));
        expect(shuffled.stats).toEqual(first.stats);
      }),
      { numRuns: RUNS },
    );
  });

  it("the lazy search (bounds skip classes) reaches the same optimum as scoring every pair", () => {
    fc.assert(
      fc.property(instanceArb(7, 6), (inst) => {
        const lazy = proposeMatches({ ...inst, now: NOW, options: { strategy: "lazy" } });
        const full = proposeMatches({ ...inst, now: NOW, options: { strategy: "full" } });
        expect(objectiveOf(inst, lazy)).toEqual(objectiveOf(inst, full));
        expect(lazy.stats.optimal && full.stats.optimal).toBe(true);
        expect(lazy.stats.pairsExamined).toBeLessThanOrEqual(full.stats.pairsExamined);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("the solver's member cache never changes the answer", () => {
  // The national default is 2 MB chunks; tiny ones force chunk changes, a full
  // cache (classes served uncached) and classes too big for any chunk.
  const sizes = [
    { chunkPairs: 4, chunks: 2 },
    { chunkPairs: 3, chunks: 1000 },
    { chunkPairs: 1, chunks: 1 },
  ];
  it("gives the same certified optimum with tiny caches as with the default", () => {
    fc.assert(
      fc.property(instanceArb(9, 7), (inst) => {
        const compiled = compileInstance(sortMentees(inst.mentees), sortMentors(inst.mentors), DEFAULT_WEIGHTS, NOW);
        const summary = (result: ReturnType<typeof solveCompiled>) => {
          let matched = 0;
          let score = 0;
          let wait = 0;
          for (let i = 0; i < compiled.menteeCount; i++) {
            if (result.rowCol[i] < 0) continue;
            matched++;
            score += result.rowScore[i];
            wait += compiled.menteeWaitWeight[i];
          }
          return { matched, score, wait, violations: countDualViolations(compiled, result) };
        };
        const expected = summary(solveCompiled(compiled));
        expect(expected.violations).toBe(0);
        for (const size of sizes) expect(summary(solveCompiled(compiled, "lazy", size))).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("extreme weights (every part at ±1000)", () => {
  // Bounds spread over thousands of points: the compile's counting sort of a
  // mentee's classes gives way to its insertion sort, and the lazy search
  // relies on that order to stop reading classes.
  const EXTREME: MatchingWeights = {
    gradeGap: { mentoringStepsAhead: [1000, -1000, 1000], coachingFurtherAlong: 1000, coachingNotFurtherAlong: -1000 },
    specialty: { mentoringSameByDefault: 1000, coachingDifferentByDefault: -1000, preferenceMet: 1000 },
    region: { sameInPerson: 1000, sameOnline: -1000, preferenceMet: 1000 },
    meetingMode: { sameChoice: 1000, flexible: -1000 },
    developmentArea: { listed: 1000 },
    consented: { gender: 1000, ethnicMinorityMentor: -1000, imgExperience: 1000 },
    waiting: { pointsPerWeek: 1000, maxPoints: 1000 },
  };
  it("orders every mentee's classes by bound and still matches the brute-force optimum", () => {
    fc.assert(
      fc.property(instanceArb(6, 5), (inst) => {
        const compiled = compileInstance(sortMentees(inst.mentees), sortMentors(inst.mentors), EXTREME, NOW);
        for (let i = 0; i < compiled.menteeCount; i++) {
          for (let k = compiled.classStart[i] + 1; k < compiled.classStart[i + 1]; k++) {
            const [before, after] = [compiled.classUpper[k - 1], compiled.classUpper[k]];
            expect(before > after || (before === after && compiled.classCode[k - 1] < compiled.classCode[k])).toBe(true);
          }
        }
        const result = proposeMatches({ ...inst, weights: EXTREME, now: NOW });
        expect(objectiveOf(inst, result, EXTREME)).toEqual(bruteForce(inst, EXTREME));
        expect(result.stats.optimal).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("compiled tables agree with the readable rules and scorer", () => {
  it("the allowed set, every score and the allowed-pair count match checkPair and scorePair", () => {
    fc.assert(
      fc.property(instanceArb(7, 6), (inst) => {
        const mentees = sortMentees(inst.mentees);
        const mentors = sortMentors(inst.mentors);
        const compiled = compileInstance(mentees, mentors, DEFAULT_WEIGHTS, NOW);
        const buf = createScanBuffers(compiled);
        let expectedPairs = 0;
        for (let i = 0; i < mentees.length; i++) {
          const expected = new Map<number, number>();
          mentors.forEach((mentor, j) => {
            if (checkPair(mentees[i], mentor).allowed) expected.set(j, scorePair(mentees[i], mentor, DEFAULT_WEIGHTS, NOW));
          });
          expectedPairs += expected.size;
          const count = scanAllowedMentors(compiled, i, buf);
          const actual = new Map<number, number>();
          for (let t = 0; t < count; t++) actual.set(buf.mentor[t], buf.score[t]);
          expect(actual).toEqual(expected);
          // Class upper bounds really bound every member's score (the lazy search relies on it).
          for (let k = compiled.classStart[i]; k < compiled.classStart[i + 1]; k++) {
            const members = collectClass(compiled, i, compiled.classCode[k], buf, 0);
            for (let t = 0; t < members; t++) expect(buf.score[t]).toBeLessThanOrEqual(compiled.classUpper[k]);
          }
        }
        expect(countAllowedPairs(compiled)).toBe(expectedPairs);
        expect(proposeMatches({ ...inst, now: NOW }).stats.allowedPairs).toBe(expectedPairs);
      }),
      { numRuns: RUNS },
    );
  });

  it("a certificate with broken potentials is refused (the check can fail)", () => {
    // Two mentees, one place: whoever gets it, lowering a potential must be caught.
    fc.assert(
      fc.property(instanceArb(6, 4), (inst) => {
        const compiled = compileInstance(sortMentees(inst.mentees), sortMentors(inst.mentors), DEFAULT_WEIGHTS, NOW);
        const result = solveCompiled(compiled);
        const matchedRow = result.rowCol.findIndex((j) => j >= 0);
        fc.pre(matchedRow >= 0);
        // Raising a matched mentee's potential makes its reverse edge negative.
        result.potHi[matchedRow] += 1;
        return countDualViolations(compiled, result) > 0;
      }),
      { numRuns: 100 },
    );
  });

  it("an answer that fails the certificate is replaced by the exact search's, certified", () => {
    fc.assert(
      fc.property(instanceArb(6, 4), (inst) => {
        const compiled = compileInstance(sortMentees(inst.mentees), sortMentors(inst.mentors), DEFAULT_WEIGHTS, NOW);
        const honest = solveCertified(compiled, "lazy");
        expect(honest).toMatchObject({ optimal: true, fellBack: false });
        fc.pre(honest.result.rowCol.some((j) => j >= 0));
        // A broken lazy search: its first match is dropped, so its potentials no longer fit.
        const broken = (c: typeof compiled) => {
          const result = solveCompiled(c);
          const row = result.rowCol.findIndex((j) => j >= 0);
          result.colLoad[result.rowCol[row]]--;
          result.rowCol[row] = -1;
          result.rowScore[row] = 0;
          return result;
        };
        const repaired = solveCertified(compiled, "lazy", broken);
        expect(repaired).toMatchObject({ optimal: true, fellBack: true });
        expect([...repaired.result.rowScore].reduce((a, b) => a + b, 0)).toBe([...honest.result.rowScore].reduce((a, b) => a + b, 0));
        expect(repaired.result.rowCol.filter((j) => j >= 0).length).toBe(honest.result.rowCol.filter((j) => j >= 0).length);
      }),
      { numRuns: 100 },
    );
  });
});
