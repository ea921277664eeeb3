import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkPair, proposeMatches, RULE_CODES } from "../../../lib/matching/index";
import type { RuleCode } from "../../../lib/matching/types";
import { DAY, NOW, baseMentee, baseMentor, findMentee, instanceArb } from "./helpers";

describe("why a mentee was not matched", () => {
  it("names the rule no mentor passes, with counts", () => {
    // A coaching request for Research; two coaches, neither lists it, one also paused.
    const coachee = baseMentee({ mode: "COACHING", developmentAreaId: "a-res", developmentAreaName: "Research" });
    const coaches = [
      baseMentor({ personId: "c1", mode: "COACHING", developmentAreaIds: ["a-lead"] }),
      baseMentor({ personId: "c2", mode: "COACHING", developmentAreaIds: ["a-lead"], capacity: 0 }),
      baseMentor({ personId: "mentor-only", mode: "MENTORING" }),
    ];
    const { unmatched, proposals } = proposeMatches({ mentees: [coachee], mentors: coaches, now: NOW });
    expect(proposals).toEqual([]);
    expect(unmatched).toHaveLength(1);
    expect(unmatched[0].counts).toEqual({
      mentorsChecked: 2,
      suitable: 0,
      failedByRule: { "development-area": 2, capacity: 1 },
      suitableButFull: 0,
      takenByBetterFit: 0,
      takenByLongerWait: 0,
    });
    expect(unmatched[0].reason).toBe(
      "No coach passes the rule 'development area' (2 coaching offers checked: 2 fail 'development area', 1 fail 'free capacity').",
    );
  });

  it("says when every suitable mentor is full", () => {
    const mentee = baseMentee();
    const full = [
      baseMentor({ personId: "f1", capacity: 2, activeCount: 2 }),
      baseMentor({ personId: "f2", capacity: 0 }),
      baseMentor({ personId: "junior", gradeRank: 1 }),
    ];
    const { unmatched } = proposeMatches({ mentees: [mentee], mentors: full, now: NOW });
    expect(unmatched[0].counts).toMatchObject({ mentorsChecked: 3, suitable: 0, suitableButFull: 2, failedByRule: { capacity: 2, seniority: 1 } });
    expect(unmatched[0].reason).toBe(
      "No mentor passes every rule (3 mentoring offers checked: 2 fail 'free capacity', 1 fail 'seniority'). 2 mentors would suit but are full or paused.",
    );
  });

  it("says when the optimum gave the only place to someone who fits it better", () => {
    // Same mentor, one place; "near" is in the mentor's region (+20), "far" is not.
    const near = baseMentee({ requestId: "near", personId: "m-near" });
    const far = baseMentee({ requestId: "far", personId: "m-far", regionId: "r-tre", regionName: "Trent", waitingSinceMs: NOW - 30 * DAY });
    const { unmatched } = proposeMatches({ mentees: [near, far], mentors: [baseMentor()], now: NOW });
    expect(unmatched.map((u) => u.requestId)).toEqual(["far"]);
    expect(unmatched[0].counts).toMatchObject({ suitable: 1, takenByBetterFit: 1, takenByLongerWait: 0 });
    expect(unmatched[0].reason).toBe(
      "The only suitable mentor is full: its places went to mentees who fit it better (1 mentoring offer checked).",
    );
  });

  it("groups several suitable mentors by what happened to them", () => {
    // Two mentors, one place each. "old" and "new" fit x equally (waiting points are
    // the same whole week) but "old" asked earlier; "best" is the only one in y's region.
    const x = baseMentor({ personId: "x" });
    const y = baseMentor({ personId: "y", regionId: "r-tre", regionName: "Trent" });
    const best = baseMentee({ requestId: "best", personId: "m-best", regionId: "r-tre", regionName: "Trent" });
    const old = baseMentee({ requestId: "old", personId: "m-old", waitingSinceMs: NOW - 9 * DAY });
    const young = baseMentee({ requestId: "young", personId: "m-young", waitingSinceMs: NOW - 8 * DAY });
    const { proposals, unmatched } = proposeMatches({ mentees: [young, old, best], mentors: [x, y], now: NOW });
    expect(proposals.map((p) => [p.requestId, p.mentorId])).toEqual([
      ["best", "y"],
      ["old", "x"],
    ]);
    expect(unmatched[0]).toMatchObject({ requestId: "young", counts: { suitable: 2, takenByBetterFit: 1, takenByLongerWait: 1 } });
    expect(unmatched[0].reason).toBe(
      "All 2 suitable mentors are full: their places went 1 to mentees who fit them better, " +
        "1 to mentees with an equally good fit who had waited longer (2 mentoring offers checked).",
    );
  });

  it("counts agree with checkPair on random rounds, and every suitable mentor is explained", () => {
    fc.assert(
      fc.property(instanceArb(7, 4), (inst) => {
        const result = proposeMatches({ ...inst, now: NOW });
        for (const u of result.unmatched) {
          const mentee = findMentee(inst, u.requestId);
          const sameMode = inst.mentors.filter((m) => m.mode === mentee.mode);
          const expected: Partial<Record<RuleCode, number>> = {};
          let suitable = 0;
          let onlyCapacity = 0;
          for (const mentor of sameMode) {
            const failed = checkPair(mentee, mentor).checks.filter((c) => !c.passed).map((c) => c.code);
            if (failed.length === 0) suitable++;
            if (failed.length === 1 && failed[0] === "capacity") onlyCapacity++;
            for (const code of failed) expected[code] = (expected[code] ?? 0) + 1;
          }
          expect(u.counts.mentorsChecked).toBe(sameMode.length);
          expect(u.counts.failedByRule).toEqual(expected);
          expect(u.counts.suitable).toBe(suitable);
          expect(u.counts.suitableButFull).toBe(onlyCapacity);
          // At the optimum each suitable mentor went to better fits or equal fits who waited longer.
          expect(u.counts.takenByBetterFit + u.counts.takenByLongerWait).toBe(suitable);
          expect(u.reason.length).toBeGreaterThan(20);
          for (const code of Object.keys(u.counts.failedByRule)) expect(RULE_CODES).toContain(code);
        }
      }),
      { numRuns: 300 },
    );
  });
});
