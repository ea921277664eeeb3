import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkPair, proposeMatches, scorePair } from "../../../lib/matching/index";
import type { MenteeInput, MentorInput, ProposeResult } from "../../../lib/matching/types";
import type { AssignmentResult } from "../../../lib/matching/assign";
import { compileInstance, scoreCompiledPair, sortMentees, sortMentors } from "../../../lib/matching/compile";
import { spreadLoad } from "../../../lib/matching/spread";
import { DEFAULT_WEIGHTS } from "../../../lib/matching/weights";
import { DAY, NOW, baseMentee, baseMentor, findMentee, findMentor, freeOf, instanceArb, waitWeights, type Instance } from "./helpers";

/** Load = mentees a mentor already has + those proposed now. */
function loads(inst: Instance, result: ProposeResult): Map<MentorInput, number> {
  const load = new Map(inst.mentors.map((m) => [m, m.activeCount]));
  for (const p of result.proposals) {
    const mentor = findMentor(inst, p);
    load.set(mentor, load.get(mentor)! + 1);
  }
  return load;
}

/**
 * The fairness rule of docs/decisions/0005, checked with the readable rules and
 * scorer: no proposed mentee could move to another allowed mentor with a free
 * place, the same score, and a load at least two below its own mentor's.
 */
function findSpreadViolations(inst: Instance, result: ProposeResult): string[] {
  const load = loads(inst, result);
  const proposed = new Map<MentorInput, number>();
  for (const p of result.proposals) proposed.set(findMentor(inst, p), (proposed.get(findMentor(inst, p)) ?? 0) + 1);
  const violations: string[] = [];
  for (const p of result.proposals) {
    const mentee = findMentee(inst, p.requestId);
    const own = findMentor(inst, p);
    const score = scorePair(mentee, own, DEFAULT_WEIGHTS, NOW);
    for (const other of inst.mentors) {
      if (other === own || !checkPair(mentee, other).allowed) continue;
      if ((proposed.get(other) ?? 0) >= freeOf(other)) continue;
      if (scorePair(mentee, other, DEFAULT_WEIGHTS, NOW) !== score) continue;
      if (load.get(other)! <= load.get(own)! - 2) violations.push(`${p.requestId}: ${own.personId} → ${other.personId}`);
    }
  }
  return violations;
}

/** Waiting rule: no unmatched mentee could take a matched one's place at the same score having waited longer. */
function findWaitingViolations(inst: Instance, result: ProposeResult): string[] {
  const wait = waitWeights(inst.mentees);
  const violations: string[] = [];
  const unmatched = result.unmatched.map((u) => findMentee(inst, u.requestId));
  for (const p of result.proposals) {
    const holder = findMentee(inst, p.requestId);
    const mentor = findMentor(inst, p);
    const held = scorePair(holder, mentor, DEFAULT_WEIGHTS, NOW);
    for (const u of unmatched) {
      if (!checkPair(u, mentor).allowed) continue;
      const theirs = scorePair(u, mentor, DEFAULT_WEIGHTS, NOW);
      if (theirs > held || (theirs === held && wait.get(u.requestId)! > wait.get(holder.requestId)!)) {
        violations.push(`${u.requestId} could replace ${holder.requestId} at ${mentor.personId}`);
      }
    }
  }
  return violations;
}

describe("fairness: spread over mentors", () => {
  // Two identical mentors with two places each; two identical mentees. Every
  // assignment scores the same, so only the fairness rule decides: one each.
  const twins = [baseMentor({ personId: "x", capacity: 2 }), baseMentor({ personId: "y", capacity: 2 })];
  const pair = [baseMentee({ requestId: "a", personId: "ma" }), baseMentee({ requestId: "b", personId: "mb" })];

  it("no mentor takes a second mentee while an equally good mentor has none", () => {
    const result = proposeMatches({ mentees: pair, mentors: twins, now: NOW });
    expect(result.proposals.map((p) => p.mentorId).sort()).toEqual(["x", "y"]);
    expect(findSpreadViolations({ mentees: pair, mentors: twins }, result)).toEqual([]);
  });

  it("counts mentees a mentor already has", () => {
    // x already mentors one person; the single new mentee goes to y.
    const busy = [baseMentor({ personId: "x", capacity: 3, activeCount: 1 }), baseMentor({ personId: "y", capacity: 3 })];
    const result = proposeMatches({ mentees: [pair[0]], mentors: busy, now: NOW });
    expect(result.proposals.map((p) => p.mentorId)).toEqual(["y"]);
  });

  it("never costs score: a better-scoring mentor still wins over an emptier one", () => {
    // y is in another region (−20), so both mentees go to x despite the load.
    const far = [baseMentor({ personId: "x", capacity: 2 }), baseMentor({ personId: "y", capacity: 2, regionId: "r-tre", regionName: "Trent" })];
    const result = proposeMatches({ mentees: pair, mentors: far, now: NOW });
    expect(result.proposals.map((p) => p.mentorId)).toEqual(["x", "x"]);
  });

  it("is enforced by the fairness pass, not by luck", () => {
    // Four identical mentees, two identical mentors with four places: the
    // optimum alone does not care where they go; the pass spreads them 2 + 2.
    const four = ["a", "b", "c", "d"].map((id) => baseMentee({ requestId: id, personId: `m${id}` }));
    const roomy = [baseMentor({ personId: "x", capacity: 4 }), baseMentor({ personId: "y", capacity: 4 })];
    const inst = { mentees: four, mentors: roomy };
    const without = proposeMatches({ ...inst, now: NOW, options: { spread: false } });
    expect(findSpreadViolations(inst, without).length).toBeGreaterThan(0);
    const withPass = proposeMatches({ ...inst, now: NOW });
    expect(findSpreadViolations(inst, withPass)).toEqual([]);
    expect([...loads(inst, withPass).values()]).toEqual([2, 2]);
    expect(withPass.stats.totalScore).toBe(without.stats.totalScore);
  });

  it("a mentor that frees a place in the pass can take a mentee later in it", () => {
    // Equal scores everywhere (grade gaps of 8+ steps all score the same). x is
    // full at first; once a moves from x to y, x has a free place and load 1,
    // so c (at z, load 4, and c has excluded y) must move to x.
    const mentees = ["a", "b", "c", "d"].map((id) =>
      baseMentee({ requestId: id, personId: `m${id}`, excludedPersonIds: id === "c" || id === "d" ? ["y"] : [] }),
    );
    const mentors = [
      baseMentor({ personId: "x", gradeRank: 12, capacity: 2 }),
      baseMentor({ personId: "y", gradeRank: 11, capacity: 1 }),
      baseMentor({ personId: "z", gradeRank: 12, capacity: 4, activeCount: 2 }),
    ];
    const inst = compileInstance(sortMentees(mentees), sortMentors(mentors), DEFAULT_WEIGHTS, NOW);
    const start = [0, 0, 2, 2]; // a, b at x; c, d at z
    const result = {
      rowCol: Int32Array.from(start),
      rowScore: Int32Array.from(start, (j, i) => scoreCompiledPair(inst, i, j)),
      colLoad: Int32Array.from([2, 0, 2]),
    } as AssignmentResult;
    expect(new Set(result.rowScore).size).toBe(1);
    expect(spreadLoad(inst, result)).toBe(2);
    expect([...result.rowCol]).toEqual([1, 0, 0, 2]);
  });

  it("holds on random rounds", () => {
    fc.assert(
      fc.property(instanceArb(7, 5), (inst) => {
        const result = proposeMatches({ ...inst, now: NOW });
        expect(findSpreadViolations(inst, result)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("reports the spread level: sum of squared loads", () => {
    const result = proposeMatches({ mentees: pair, mentors: twins, now: NOW });
    expect(result.stats.spreadPenalty).toBe(1 * 1 + 1 * 1);
  });
});

describe("fairness: longer wait wins a tie for the last place", () => {
  const mentor = [baseMentor({ personId: "x", capacity: 1 })];
  // Both waited one whole week (same waiting points, so the same score); "b" asked two days earlier.
  // requestId order would favour "a", so only the waiting rule can pick "b".
  const rivals: MenteeInput[] = [
    baseMentee({ requestId: "a", personId: "ma", waitingSinceMs: NOW - 8 * DAY }),
    baseMentee({ requestId: "b", personId: "mb", waitingSinceMs: NOW - 10 * DAY }),
  ];

  it("gives the place to the older request", () => {
    const result = proposeMatches({ mentees: rivals, mentors: mentor, now: NOW });
    expect(result.proposals.map((p) => p.requestId)).toEqual(["b"]);
    expect(result.proposals[0].score).toBe(scorePair(rivals[0], mentor[0], DEFAULT_WEIGHTS, NOW));
    expect(result.unmatched[0]).toMatchObject({ requestId: "a", counts: { suitable: 1, takenByLongerWait: 1, takenByBetterFit: 0 } });
  });

  it("whatever the input order", () => {
    const result = proposeMatches({ mentees: [...rivals].reverse(), mentors: mentor, now: NOW });
    expect(result.proposals.map((p) => p.requestId)).toEqual(["b"]);
  });

  it("even when the younger request is handled first internally", () => {
    // The solver adds mentees strongest-first (best possible score). "young" asked for a female
    // mentor, and only z is female, so young's best possible score is higher and it goes first.
    // But young excluded z, and z excluded "old": both can only have x, where they score the same.
    const x = baseMentor({ personId: "x", attributes: { gender: "male" } });
    const z = baseMentor({ personId: "z", attributes: { gender: "female" }, excludedPersonIds: ["m-old"] });
    const young = baseMentee({
      requestId: "a-young",
      personId: "m-young",
      waitingSinceMs: NOW - 8 * DAY,
      excludedPersonIds: ["z"],
      consentedPreferences: { gender: "female" },
    });
    const old = baseMentee({ requestId: "b-old", personId: "m-old", waitingSinceMs: NOW - 12 * DAY });
    expect(scorePair(young, x, DEFAULT_WEIGHTS, NOW)).toBe(scorePair(old, x, DEFAULT_WEIGHTS, NOW));
    const result = proposeMatches({ mentees: [young, old], mentors: [x, z], now: NOW });
    expect(result.proposals.map((p) => [p.requestId, p.mentorId])).toEqual([["b-old", "x"]]);
  });

  it("but a higher score beats a longer wait", () => {
    const sameRegionForA = rivals.map((m) => (m.requestId === "b" ? { ...m, regionId: "r-tre", regionName: "Trent" } : m));
    const result = proposeMatches({ mentees: sameRegionForA, mentors: mentor, now: NOW });
    expect(result.proposals.map((p) => p.requestId)).toEqual(["a"]);
    expect(result.unmatched[0].counts.takenByBetterFit).toBe(1);
  });

  it("holds on random rounds", () => {
    fc.assert(
      fc.property(instanceArb(7, 3), (inst) => {
        const result = proposeMatches({ ...inst, now: NOW });
        expect(findWaitingViolations(inst, result)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
