// A round as the programme lead reviews it: a page at a time, by status, and "approve all" in steps.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { approveAllInRound, rejectProposal } from "@/lib/data/proposals";
import { getRound, ROUND_PAGE_SIZE, runMatchingRound } from "@/lib/data/rounds";
import { NotFoundError } from "@/lib/errors";
import { createLead, createMentee, createMentor } from "../../factories/matching";

const DAY = 86_400_000;

/** `count` mentees, the first waiting longest, and mentors with `places` places in all. */
async function roundWith(count: number, places: number) {
  const { actor: lead } = await createLead();
  for (let left = places; left > 0; left -= 20) await createMentor({}, { capacity: Math.min(20, left) });
  const requests: string[] = [];
  for (let k = 0; k < count; k++) {
    const { request } = await createMentee({ name: `Dr Mentee ${String(k + 1).padStart(3, "0")}` }, { createdAt: new Date(Date.now() - (count - k) * DAY) });
    requests.push(request.id);
  }
  const { roundId } = await runMatchingRound(lead, { filters: {} });
  return { lead, roundId, requests };
}

describe("the review page of a round", () => {
  it("shows the proposals a page at a time, longest-waiting first, with counts by status and a filter", async () => {
    const { lead, roundId } = await roundWith(ROUND_PAGE_SIZE + 7, ROUND_PAGE_SIZE + 5);

    const first = await getRound(lead, roundId);
    expect(first.proposalPages).toEqual({ page: 1, pageCount: 2, total: ROUND_PAGE_SIZE + 5, pageSize: ROUND_PAGE_SIZE });
    expect(first.proposals).toHaveLength(ROUND_PAGE_SIZE);
    expect(first.proposals[0].mentee.name).toBe("Dr Mentee 001");
    expect(first.statusCounts).toMatchObject({ PROPOSED: ROUND_PAGE_SIZE + 5, REJECTED: 0 });
    expect(first.summary).toMatchObject({ matched: ROUND_PAGE_SIZE + 5, unmatchedCount: 2 });
    expect(first.unmatched.map((u) => u.mentee?.name)).toEqual(["Dr Mentee 056", "Dr Mentee 057"]);

    const second = await getRound(lead, roundId, { page: 2 });
    expect(second.proposals.map((p) => p.mentee.name)).toEqual(["Dr Mentee 051", "Dr Mentee 052", "Dr Mentee 053", "Dr Mentee 054", "Dr Mentee 055"]);
    // A page past the end (a stale link after decisions) shows the last page.
    expect((await getRound(lead, roundId, { page: 99, unmatchedPage: 99 })).proposalPages.page).toBe(2);

    await rejectProposal(lead, { proposalId: second.proposals[4].id, reason: "Known to each other" });
    const rejected = await getRound(lead, roundId, { status: "REJECTED" });
    expect(rejected.statusCounts).toMatchObject({ PROPOSED: ROUND_PAGE_SIZE + 4, REJECTED: 1 });
    expect(rejected.proposals.map((p) => [p.mentee.name, p.rejectReason])).toEqual([["Dr Mentee 055", "Known to each other"]]);
    expect(rejected.proposalPages).toEqual({ page: 1, pageCount: 1, total: 1, pageSize: ROUND_PAGE_SIZE });
  });
});

describe("approve all", () => {
  it("goes in steps from a cursor, oldest request first, and passes over a proposal it cannot approve", async () => {
    const { lead, roundId } = await roundWith(5, 5);
    const order = (await getRound(lead, roundId)).proposals;
    // The third pair now breaks a rule: the mentee has excluded the mentor since the round.
    const blocked = order[2];
    await db().exclusion.create({ data: { ownerId: blocked.mentee.id, excludedId: blocked.mentor.id } });

    const step1 = await approveAllInRound(lead, { roundId, limit: 2 });
    expect(step1).toEqual({ approved: 2, refused: [], cursor: order[1].id, done: false });
    const step2 = await approveAllInRound(lead, { roundId, after: step1.cursor, limit: 2 });
    expect(step2.approved).toBe(1);
    expect(step2.refused).toEqual([{ proposalId: blocked.id, reason: expect.stringContaining("breaks a rule") }]);
    expect(step2.done).toBe(false);
    // The refused one is not tried again.
    const step3 = await approveAllInRound(lead, { roundId, after: step2.cursor, limit: 2 });
    expect(step3).toEqual({ approved: 1, refused: [], cursor: order[4].id, done: true });
    // A late call (a second tab) after the end finds nothing to do and writes nothing.
    const auditRows = await db().auditLog.count();
    expect(await approveAllInRound(lead, { roundId, after: step3.cursor })).toEqual({ approved: 0, refused: [], cursor: order[4].id, done: true });
    expect(await db().auditLog.count()).toBe(auditRows);

    const statuses = await db().proposal.findMany({ where: { roundId }, select: { id: true, status: true } });
    const byId = new Map(statuses.map((p) => [p.id, p.status]));
    expect(order.map((p) => byId.get(p.id))).toEqual(["AWAITING_MENTOR", "AWAITING_MENTOR", "PROPOSED", "AWAITING_MENTOR", "AWAITING_MENTOR"]);
    // Each approved proposal, and only those, asked its own mentor, left a line on its request's timeline and an audit row.
    const approvedOnes = order.filter((p) => p.id !== blocked.id);
    const emails = await db().emailMessage.findMany({ where: { kind: "proposal-to-mentor" }, select: { key: true, userId: true } });
    expect(emails.map((e) => [e.key, e.userId]).sort()).toEqual(approvedOnes.map((p) => [`proposal-to-mentor:${p.id}`, p.mentor.id]).sort());
    const asked = await db().requestEvent.findMany({ where: { kind: "mentor_asked" }, select: { requestId: true } });
    expect(asked.map((e) => e.requestId).sort()).toEqual(approvedOnes.map((p) => p.requestId).sort());
    const audits = await db().auditLog.findMany({ where: { action: "proposal.approved" }, select: { entityId: true, actorId: true } });
    expect(audits.map((a) => a.entityId).sort()).toEqual(approvedOnes.map((p) => p.id).sort());
    expect(new Set(audits.map((a) => a.actorId))).toEqual(new Set([lead.id]));
  });

  it("decides a whole step at once, and each mentor's places still go to the longest-waiting first", async () => {
    const { actor: lead } = await createLead();
    const mentors = [];
    for (let k = 0; k < 3; k++) mentors.push((await createMentor({}, { capacity: 2 })).mentor);
    for (let k = 0; k < 6; k++) await createMentee({ name: `Dr Waiting ${k + 1}` }, { createdAt: new Date(Date.now() - (6 - k) * DAY) });
    const { roundId } = await runMatchingRound(lead, { filters: {} });
    const order = (await getRound(lead, roundId)).proposals;
    expect(order).toHaveLength(6);
    // Since the round, one mentor has cut their capacity to one place.
    const cut = mentors[0];
    await db().volunteerOffer.update({ where: { userId_mode: { userId: cut.id, mode: "MENTORING" } }, data: { capacity: 1 } });
    const cutProposals = order.filter((p) => p.mentor.id === cut.id);
    expect(cutProposals).toHaveLength(2);

    const step = await approveAllInRound(lead, { roundId });
    expect(step.approved).toBe(5);
    expect(step.refused).toEqual([{ proposalId: cutProposals[1].id, reason: expect.stringContaining("no free place") }]);
    expect(step).toMatchObject({ cursor: order[5].id, done: true });
    const approvedAtCut = await db().proposal.findMany({ where: { roundId, mentorId: cut.id, status: "AWAITING_MENTOR" }, select: { id: true } });
    expect(approvedAtCut).toEqual([{ id: cutProposals[0].id }]);
  });

  it("refuses a cursor that is not a proposal of the round, changing nothing", async () => {
    const { lead, roundId } = await roundWith(2, 2);
    await expect(approveAllInRound(lead, { roundId, after: "not-a-proposal" })).rejects.toThrow(NotFoundError);
    expect(await db().proposal.count({ where: { roundId, status: "PROPOSED" } })).toBe(2);
  });
});
