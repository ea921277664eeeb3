import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainPair, proposeMatches } from "../../../lib/matching/index";
import { describeRules, findBrokenRules } from "../../../lib/matching/rules";
import { scorePairParts } from "../../../lib/matching/scoring";
import { SharedLines } from "../../../lib/matching/shared-lines";
import { DEFAULT_WEIGHTS } from "../../../lib/matching/weights";
import { NOW, baseMentee, baseMentor, instanceArb } from "./helpers";

// A shared line is found by a key packed from what its text depends on; a key
// that missed a dependency would hand one pair another pair's sentence. One
// SharedLines over every pair of a random round, compared with lines built
// afresh, catches that: the rounds are small, so the same key comes back often.
describe("explanations sharing the lines of one round", () => {
  it("equal explanations built afresh, for every pair, allowed or not", () => {
    fc.assert(
      fc.property(instanceArb(8, 8), fc.array(fc.nat(3), { minLength: 8, maxLength: 8 }), ({ mentees, mentors }, third) => {
        // A third specialty and region, so "different" does not name the other side for free.
        mentors.forEach((m, k) => {
          if (third[k] === 1) Object.assign(m, { specialtyId: "s-cap", specialtyName: "Child and Adolescent" });
          if (third[k] === 2) Object.assign(m, { regionId: "r-sw", regionName: "South West" });
        });
        mentees.forEach((m, k) => {
          if (third[k] === 3) Object.assign(m, { specialtyId: "s-cap", specialtyName: "Child and Adolescent", regionId: "r-sw", regionName: "South West" });
        });
        const shared = new SharedLines();
        for (const mentee of mentees) {
          for (const mentor of mentors) {
            const broken = findBrokenRules(mentee, mentor);
            expect(describeRules(mentee, mentor, broken, shared)).toEqual(describeRules(mentee, mentor, broken));
            expect(scorePairParts(mentee, mentor, DEFAULT_WEIGHTS, NOW, shared)).toEqual(scorePairParts(mentee, mentor, DEFAULT_WEIGHTS, NOW));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("give every proposal the explanation its pair has on its own", () => {
    fc.assert(
      fc.property(instanceArb(10, 6), ({ mentees, mentors }) => {
        const { proposals } = proposeMatches({ mentees, mentors, now: NOW });
        for (const p of proposals) {
          const mentee = mentees.find((m) => m.requestId === p.requestId)!;
          const mentor = mentors.find((m) => m.personId === p.mentorId && m.mode === p.mode)!;
          expect(p.explanation).toEqual(explainPair(mentee, mentor, DEFAULT_WEIGHTS, NOW));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("share one frozen object per repeated line", () => {
    const shared = new SharedLines();
    const mentor = baseMentor({ personId: "m1" });
    const [first, second] = ["a", "b"].map((id) => describeRules(baseMentee({ requestId: id, personId: id }), mentor, 0, shared));
    // "No declared conflict of interest" reads nothing of the pair: one object for both.
    const conflict = (rules: typeof first) => rules.find((r) => r.code === "conflict-of-interest")!;
    expect(conflict(second)).toBe(conflict(first));
    expect(Object.isFrozen(conflict(first))).toBe(true);
  });
});
