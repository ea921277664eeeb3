import { describe, expect, it } from "vitest";
import { proposeMatches } from "../../../lib/matching/index";
import { DAY, NOW, baseMentee, baseMentor } from "./helpers";

// A round a person can check by hand, with DEFAULT_WEIGHTS:
//   grade gap (mentoring, steps ahead) 1:30 2:30 3:20 4:15 5:10 6:8 7:6 8+:5
//   specialty same (no preference, mentoring) 15 · region same in person 20,
//   same but online-only 5 · meeting same choice 10, one side flexible 5 ·
//   waiting 1 point per whole week.
//
// Mentors (one place each):
//   Asha  Consultant  General Adult  London  either
//   Ben   ST6         General Adult  London  in person
//   Chen  Consultant  Old Age        Trent   online
// Mentees (no preferences stated):
//   req-1 CT1  General Adult London either,   waiting 21 days (3 weeks)
//   req-2 ST4  General Adult London in person, new
//   req-3 CT2  Old Age       Trent  online,    new
//
// Scores (parts: grade + specialty + region + meeting + waiting):
//   req-1: Asha 5+15+20+5+3 = 48   Ben 10+15+20+5+3 = 53   Chen 5+0+0+5+3 = 13
//   req-2: Asha 6+15+20+5   = 46   Ben 30+15+20+10  = 75   Chen — clash (in person vs online)
//   req-3: Asha 5+0+0+5     = 10   Ben — clash              Chen 5+15+5+10  = 35
// Every full assignment: (1-Asha, 2-Ben, 3-Chen) = 158; (1-Ben, 2-Asha, 3-Chen) = 134;
// (1-Chen, 2-Ben, 3-Asha) = 98. So the optimum is 158: all three matched.
// Note req-1 scores Ben (53) above Asha (48), yet gets Asha: Ben is worth 22 more to req-2.

const mentors = [
  baseMentor({ personId: "asha", gradeRank: 12, meetingMode: "EITHER" }),
  baseMentor({ personId: "ben", gradeRank: 7, meetingMode: "IN_PERSON" }),
  baseMentor({
    personId: "chen",
    gradeRank: 12,
    specialtyId: "s-oa",
    specialtyName: "Old Age",
    regionId: "r-tre",
    regionName: "Trent",
    meetingMode: "ONLINE",
  }),
];
const mentees = [
  baseMentee({ requestId: "req-1", personId: "m-1", gradeRank: 2, meetingMode: "EITHER", waitingSinceMs: NOW - 21 * DAY }),
  baseMentee({ requestId: "req-2", personId: "m-2", gradeRank: 5, meetingMode: "IN_PERSON" }),
  baseMentee({
    requestId: "req-3",
    personId: "m-3",
    gradeRank: 3,
    specialtyId: "s-oa",
    specialtyName: "Old Age",
    regionId: "r-tre",
    regionName: "Trent",
    meetingMode: "ONLINE",
  }),
];

describe("golden round", () => {
  const result = proposeMatches({ mentees, mentors, now: NOW });

  it("finds the hand-computed optimum", () => {
    expect(result.proposals.map((p) => [p.requestId, p.mentorId, p.score])).toEqual([
      ["req-1", "asha", 48],
      ["req-2", "ben", 75],
      ["req-3", "chen", 35],
    ]);
    expect(result.unmatched).toEqual([]);
    expect(result.stats).toMatchObject({ mentees: 3, mentors: 3, places: 3, matched: 3, totalScore: 158, allowedPairs: 7, optimal: true });
  });

  it("explains each part in words with the names passed in", () => {
    const [first, second, third] = result.proposals;
    expect(first.explanation.total).toBe(48);
    expect(first.explanation.parts.map((p) => p.text)).toEqual([
      "Mentor ten grades ahead (Consultant → CT1) +5",
      "Same specialty (General Adult) +15",
      "Same region (London) +20",
      "Meeting modes fit (mentee online or in person; mentor online or in person) +5",
      "Waiting 3 weeks +3",
    ]);
    expect(second.explanation.parts.map((p) => p.text)).toEqual([
      "Mentor two grades ahead (ST6 → ST4) +30",
      "Same specialty (General Adult) +15",
      "Same region (London) +20",
      "Both want to meet in person +10",
      "Waiting 0 weeks +0",
    ]);
    expect(third.explanation.parts.map((p) => p.text)).toEqual([
      "Mentor nine grades ahead (Consultant → CT2) +5",
      "Same specialty (Old Age) +15",
      "Same region (Trent), meeting online +5",
      "Both want to meet online +10",
      "Waiting 0 weeks +0",
    ]);
    expect(third.explanation.total).toBe(35);
  });

  it("lists every hard rule passed, with its sentence", () => {
    expect(result.proposals[1].explanation.rules.map((r) => [r.code, r.passed, r.sentence])).toEqual([
      ["same-mode", true, "Both are for mentoring"],
      ["different-person", true, "Mentor and mentee are different people"],
      ["seniority", true, "Mentor is further along (ST6 → ST4)"],
      ["capacity", true, "Mentor has 1 free place (0 of 1 taken)"],
      ["accepted-grade", true, "Mentor takes any grade"],
      ["conflict-of-interest", true, "No declared conflict of interest (line manager, supervisor, appraiser or ARCP assessor)"],
      ["independence", true, "Independence from the employer not asked for"],
      ["exclusion", true, "Neither has excluded the other"],
      ["no-repeat", true, "Not a previous pairing"],
      ["meeting-mode", true, "Meeting modes fit (mentee: in person; mentor: in person)"],
      ["development-area", true, "A named development area is not required for mentoring"],
    ]);
  });

  it("a hard rule removes the optimum's pair and the engine re-plans", () => {
    // req-2 declares Ben as their educational supervisor: Ben is no longer allowed for req-2.
    // Remaining full assignments: (1-Ben, 2-Asha, 3-Chen) = 134 is now the best with all three matched.
    const conflicted = mentees.map((m) => (m.requestId === "req-2" ? { ...m, conflictPersonIds: ["ben"] } : m));
    const replanned = proposeMatches({ mentees: conflicted, mentors, now: NOW });
    expect(replanned.proposals.map((p) => [p.requestId, p.mentorId])).toEqual([
      ["req-1", "ben"],
      ["req-2", "asha"],
      ["req-3", "chen"],
    ]);
    expect(replanned.stats.totalScore).toBe(134);
  });
});
