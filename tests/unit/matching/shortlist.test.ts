import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkPair, RULE_CODES, scorePair, shortlistMentors } from "../../../lib/matching/index";
import { DEFAULT_WEIGHTS } from "../../../lib/matching/weights";
import { NOW, baseMentee, baseMentor, instanceArb, shuffle } from "./helpers";

describe("checkPair (the override screen's rule list)", () => {
  it("returns every rule, in a stable order, with pass/fail and a sentence", () => {
    const mentee = baseMentee({ gradeRank: 7, wantsIndependence: true, conflictPersonIds: ["boss"], employerId: "e-same" });
    const boss = baseMentor({ personId: "boss", gradeRank: 7, employerId: "e-same", meetingMode: "EITHER", capacity: 2, activeCount: 2 });
    const check = checkPair(mentee, boss);
    expect(check.allowed).toBe(false);
    expect(check.checks.map((c) => c.code)).toEqual(RULE_CODES);
    expect(check.checks.filter((c) => !c.passed).map((c) => [c.code, c.sentence])).toEqual([
      ["seniority", "Mentor is not further along (ST6 → ST6)"],
      ["capacity", "Mentor is full (2 of 2 places taken)"],
      ["conflict-of-interest", "The mentee declared this mentor as line manager, supervisor, appraiser or ARCP assessor"],
      ["independence", "Same employer, but the mentee asked for independence"],
    ]);
  });

  it("covers each rule on its own", () => {
    const m = baseMentee();
    const ok = baseMentor();
    expect(checkPair(m, ok).allowed).toBe(true);
    const failing = (mentee: typeof m, mentor: typeof ok) => checkPair(mentee, mentor).checks.filter((c) => !c.passed).map((c) => c.code);
    expect(failing(m, { ...ok, mode: "COACHING" })).toContain("same-mode");
    expect(failing(m, { ...ok, personId: m.personId })).toEqual(["different-person"]);
    expect(failing(m, { ...ok, acceptedGradeRanks: [9, 10] })).toEqual(["accepted-grade"]);
    expect(failing(m, { ...ok, conflictPersonIds: [m.personId] })).toEqual(["conflict-of-interest"]);
    expect(failing(m, { ...ok, excludedPersonIds: [m.personId] })).toEqual(["exclusion"]);
    expect(failing({ ...m, excludedPersonIds: [ok.personId] }, ok)).toEqual(["exclusion"]);
    expect(failing({ ...m, previousPartnerIds: [ok.personId] }, ok)).toEqual(["no-repeat"]);
    expect(failing({ ...m, previousPartnerIds: [ok.personId], repeatAllowedPartnerIds: [ok.personId] }, ok)).toEqual([]);
    expect(failing({ ...m, meetingMode: "ONLINE" }, { ...ok, meetingMode: "IN_PERSON" })).toEqual(["meeting-mode"]);
    // Coaching: "has the skill" passes seniority, but the named area must be listed.
    const coachee = { ...m, mode: "COACHING" as const, gradeRank: 11, developmentAreaId: "a-int", developmentAreaName: "Consultant interview preparation" };
    const juniorCoach = { ...ok, mode: "COACHING" as const, gradeRank: 8, developmentAreaIds: ["a-int"] };
    expect(failing(coachee, juniorCoach)).toEqual([]);
    expect(checkPair(coachee, juniorCoach).checks.find((c) => c.code === "seniority")!.sentence).toBe(
      "Coach has the skill: lists Consultant interview preparation (ST7 → New consultant)",
    );
    expect(failing(coachee, { ...juniorCoach, developmentAreaIds: [] })).toEqual(["seniority", "development-area"]);
  });
});

describe("shortlistMentors", () => {
  const mentee = baseMentee({ gradeRank: 2 });
  const mentors = [
    baseMentor({ personId: "far", regionId: "r-tre", regionName: "Trent" }), // 5+15+0+5 = 25
    baseMentor({ personId: "st4", gradeRank: 5 }), // three grades ahead: 20+15+20+5 = 60
    baseMentor({ personId: "ct3", gradeRank: 4, capacity: 2 }), // two ahead: 30+15+20+5 = 70
    baseMentor({ personId: "ct2", gradeRank: 3 }), // one ahead: 70, one free place
    baseMentor({ personId: "paused", gradeRank: 4, capacity: 0 }), // would be 70, but paused
    baseMentor({ personId: "peer", gradeRank: 2 }), // not further along: 0+15+20+5 = 40
  ];

  it("returns the best allowed mentors, best first, ties to more free places then id", () => {
    const { shortlist } = shortlistMentors(mentee, mentors, DEFAULT_WEIGHTS, 3, { now: NOW });
    expect(shortlist.map((s) => [s.mentorId, s.score, s.freePlaces])).toEqual([
      ["ct3", 70, 2],
      ["ct2", 70, 1],
      ["st4", 60, 1],
    ]);
    expect(shortlist[0].explanation.total).toBe(70);
    expect(shortlist[0].explanation.rules.every((r) => r.passed)).toBe(true);
  });

  it("offers the nearest blocked mentors with the rule they break", () => {
    const { nearestDisallowed } = shortlistMentors(mentee, mentors, DEFAULT_WEIGHTS, 3, { now: NOW, nearestDisallowed: 2 });
    expect(nearestDisallowed.map((d) => [d.mentorId, d.score, d.brokenRules.map((r) => r.code)])).toEqual([
      ["paused", 70, ["capacity"]],
      ["peer", 40, ["seniority"]],
    ]);
  });

  it("is deterministic and agrees with checkPair and scorePair on random rounds", () => {
    fc.assert(
      fc.property(instanceArb(3, 6), fc.integer({ min: 1, max: 9999 }), (inst, seed) => {
        for (const m of inst.mentees) {
          const a = shortlistMentors(m, inst.mentors, DEFAULT_WEIGHTS, 4, { now: NOW, nearestDisallowed: 3 });
          const b = shortlistMentors(m, shuffle(inst.mentors, seed), DEFAULT_WEIGHTS, 4, { now: NOW, nearestDisallowed: 3 });
          expect(b).toEqual(a);
          const allowed = inst.mentors.filter((x) => x.mode === m.mode && checkPair(m, x).allowed);
          expect(a.shortlist.length).toBe(Math.min(4, allowed.length));
          const scores = a.shortlist.map((s) => s.score);
          expect([...scores].sort((x, y) => y - x)).toEqual(scores);
          const best = Math.max(-Infinity, ...allowed.map((x) => scorePair(m, x, DEFAULT_WEIGHTS, NOW)));
          if (allowed.length > 0) expect(scores[0]).toBe(best);
          for (const d of a.nearestDisallowed) expect(d.brokenRules.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
