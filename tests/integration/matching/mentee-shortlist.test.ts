import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getMyShortlist, rankMyShortlist } from "@/lib/data/mentee-shortlist";
import { getRequestHistory } from "@/lib/data/programme";
import { getRound, runMatchingRound } from "@/lib/data/rounds";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { createLead, createMentee, createMentor } from "../../factories/matching";

async function enable() {
  await db().programmeSettings.upsert({ where: { id: 1 }, create: { id: 1, matchingWeights: {}, menteeShortlistEnabled: true }, update: { menteeShortlistEnabled: true } });
}

describe("the mentee's shortlist (optional mode)", () => {
  it("is closed while the programme has not turned it on", async () => {
    const { actor, request } = await createMentee();
    await expect(getMyShortlist(actor, request.id)).rejects.toThrow(ForbiddenError);
  });

  it("shows the best matches with explanations; the ranking reaches the lead only", async () => {
    await enable();
    const { actor: lead } = await createLead();
    const { mentor: first } = await createMentor({ name: "Dr First Choice" }, { capacity: 1 });
    const { mentor: second } = await createMentor({ name: "Dr Second Choice" }, { capacity: 1 });
    const { actor, request } = await createMentee();
    const { actor: stranger } = await createMentee();

    const shortlist = await getMyShortlist(actor, request.id);
    expect(shortlist.entries.map((e) => e.mentor.name).sort()).toEqual(["Dr First Choice", "Dr Second Choice"]);
    expect(shortlist.entries[0].explanation.rules.every((r) => r.passed)).toBe(true);
    expect(JSON.stringify(shortlist)).not.toMatch(/@test\.example/);
    await expect(getMyShortlist(stranger, request.id)).rejects.toThrow(NotFoundError);

    await rankMyShortlist(actor, { requestId: request.id, mentorIds: [second.id, first.id] });
    expect((await getMyShortlist(actor, request.id)).entries.find((e) => e.mentor.id === second.id)?.myRank).toBe(1);
    expect((await getRequestHistory(lead, request.id)).menteeRanking.map((p) => p.name)).toEqual(["Dr Second Choice", "Dr First Choice"]);
    // No volunteer hears of it.
    expect(await db().emailMessage.count({ where: { userId: { in: [first.id, second.id] } } })).toBe(0);

    const { roundId } = await runMatchingRound(lead, { filters: {} });
    const proposal = (await getRound(lead, roundId)).proposals.find((p) => p.requestId === request.id)!;
    expect(proposal.menteeRank).toBe(proposal.mentor.id === second.id ? 1 : 2);
  });

  it("refuses to rank someone who is not on the shortlist, and changes nothing", async () => {
    await enable();
    const { mentor } = await createMentor({}, { capacity: 1 });
    const { mentor: paused } = await createMentor({}, { capacity: 0 });
    const { actor, request } = await createMentee();
    await rankMyShortlist(actor, { requestId: request.id, mentorIds: [mentor.id] });
    await expect(rankMyShortlist(actor, { requestId: request.id, mentorIds: [paused.id] })).rejects.toThrow(ValidationError);
    expect(await db().shortlistChoice.findMany({ where: { requestId: request.id }, select: { mentorId: true, rank: true } })).toEqual([{ mentorId: mentor.id, rank: 1 }]);
  });
});
