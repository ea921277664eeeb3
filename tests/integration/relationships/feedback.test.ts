// Feedback at the end: one per person per relationship; the free text reaches the programme lead
// only in aggregate, without names, and not at all below a handful of responses.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { COMMENT_THRESHOLD, getFeedbackSummary, submitFeedback } from "@/lib/data/feedback";
import { createAdmin } from "../../factories";
import { createRelationship } from "../../factories/relationships";
import { actorOf } from "./support/db-state";

async function endedPair(mode: "MENTORING" | "COACHING" = "MENTORING") {
  const pair = await createRelationship({ relationship: { mode, status: "ENDED", endedAt: new Date() } });
  await db().relationship.update({ where: { id: pair.relationship.id }, data: { endedById: pair.mentee.id, endReason: "GOALS_MET" } });
  return pair;
}

describe("feedback for the programme lead", () => {
  it("is refused to anyone but the lead", async () => {
    const { mentee } = await endedPair();
    await expect(getFeedbackSummary(actorOf(mentee))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getFeedbackSummary(null)).rejects.toMatchObject({ code: "NOT_AUTHENTICATED" });
  });

  it("withholds comments below the threshold, then shows them without names, dates or relationships", async () => {
    const admin = actorOf({ ...(await createAdmin()), role: "ADMIN" });
    const first = await endedPair();
    await submitFeedback(actorOf(first.mentee), { relationshipId: first.relationship.id, satisfaction: 2, wouldRecommend: false, comment: "We rarely managed to meet." });
    const [onlyOne, coaching] = await getFeedbackSummary(admin);
    expect(onlyOne).toEqual({ mode: "MENTORING", responses: 1, averageSatisfaction: 2, recommendRate: 0, comments: [], commentsWithheld: true });
    expect(coaching).toMatchObject({ mode: "COACHING", responses: 0, averageSatisfaction: null, comments: [] });

    for (let i = 1; i < COMMENT_THRESHOLD; i++) {
      const pair = await endedPair();
      await submitFeedback(actorOf(pair.mentor), { relationshipId: pair.relationship.id, satisfaction: 5, wouldRecommend: true, comment: i === 1 ? "A real sounding board." : null });
    }
    const [mentoring] = await getFeedbackSummary(admin);
    expect(mentoring).toMatchObject({ responses: 5, averageSatisfaction: 4.4, recommendRate: 0.8, commentsWithheld: false });
    expect(mentoring.comments).toEqual(["A real sounding board.", "We rarely managed to meet."]);
    expect(JSON.stringify(mentoring)).not.toMatch(/Dr Test Member|@test\.example|c[a-z0-9]{20,}/);
  });
});
