import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS, proposeMatches, scorePairParts, validateWeights, type MatchingWeights } from "../../../lib/matching/index";
import { DAY, NOW, baseMentee, baseMentor } from "./helpers";

function edited(change: (w: MatchingWeights) => void): MatchingWeights {
  const copy = structuredClone(DEFAULT_WEIGHTS) as MatchingWeights;
  change(copy);
  return copy;
}

describe("weights", () => {
  it("accepts the defaults and returns a clean copy", () => {
    const result = validateWeights(DEFAULT_WEIGHTS);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.weights).toEqual(DEFAULT_WEIGHTS);
      expect(result.weights).not.toBe(DEFAULT_WEIGHTS);
    }
    expect(Object.isFrozen(DEFAULT_WEIGHTS.gradeGap.mentoringStepsAhead)).toBe(true);
  });

  it("lists every problem in an admin edit", () => {
    const bad = edited((w) => {
      w.region.sameInPerson = 2.5;
      w.consented.gender = 5000;
      w.waiting.pointsPerWeek = -1;
      w.gradeGap.mentoringStepsAhead = [];
    });
    const result = validateWeights(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([
        "gradeGap.mentoringStepsAhead must be a list of 1 to 20 whole numbers",
        "region.sameInPerson must be a whole number (got 2.5)",
        "consented.gender must be between -1000 and 1000 (got 5000)",
        "waiting.pointsPerWeek must be between 0 and 1000 (got -1)",
      ]);
    }
    expect(validateWeights({ gradeGap: {} }).ok).toBe(false);
    expect(validateWeights(null)).toEqual({ ok: false, errors: ["weights must be an object"] });
  });

  it("the engine refuses invalid weights instead of guessing", () => {
    const bad = edited((w) => {
      w.meetingMode.flexible = 0.5;
    });
    expect(() => proposeMatches({ mentees: [], mentors: [], weights: bad, now: NOW })).toThrow(/meetingMode.flexible/);
  });

  it("an admin edit changes the outcome the way it says", () => {
    // Default: local scores 5+0+20+5 = 30 against same-spec's 5+15+0+5 = 25. With same-region
    // worth nothing, local drops to 10 and the same-specialty mentor in Trent wins.
    const mentee = baseMentee({ specialtyPreference: "ANY" });
    const local = baseMentor({ personId: "local", specialtyId: "s-oa", specialtyName: "Old Age" });
    const sameSpec = baseMentor({ personId: "same-spec", regionId: "r-tre", regionName: "Trent" });
    const byDefault = proposeMatches({ mentees: [mentee], mentors: [local, sameSpec], now: NOW });
    expect(byDefault.proposals[0].mentorId).toBe("local");
    const regionless = edited((w) => {
      w.region.sameInPerson = 0;
    });
    const changed = proposeMatches({ mentees: [mentee], mentors: [local, sameSpec], weights: regionless, now: NOW });
    expect(changed.proposals[0].mentorId).toBe("same-spec");
  });

  it("waiting points grow by week and stop at the cap", () => {
    const mentor = baseMentor();
    const waitingPart = (days: number) =>
      scorePairParts(baseMentee({ waitingSinceMs: NOW - days * DAY }), mentor, DEFAULT_WEIGHTS, NOW).find((p) => p.key === "waiting")!;
    expect(waitingPart(6).text).toBe("Waiting 0 weeks +0");
    expect(waitingPart(15).text).toBe("Waiting 2 weeks +2");
    expect(waitingPart(200).text).toBe("Waiting 28 weeks (capped at 12) +12");
    expect(waitingPart(-3).points).toBe(0);
  });

  it("scores consented preferences only when asked", () => {
    const mentor = baseMentor({ attributes: { gender: "female", ethnicMinority: true, imgExperience: true } });
    const keys = (prefs: object) => scorePairParts(baseMentee({ consentedPreferences: prefs }), mentor, DEFAULT_WEIGHTS, NOW).map((p) => p.key);
    expect(keys({})).not.toContain("gender");
    const asked = scorePairParts(
      baseMentee({ consentedPreferences: { gender: "female", ethnicMinorityMentor: true, imgExperience: true } }),
      mentor,
      DEFAULT_WEIGHTS,
      NOW,
    );
    expect(asked.filter((p) => ["gender", "ethnicMinorityMentor", "imgExperience"].includes(p.key)).map((p) => p.text)).toEqual([
      "Gender preference met +15",
      "Minority-ethnic mentor, as asked +15",
      "Mentor has international medical graduate experience, as asked +15",
    ]);
  });
});
