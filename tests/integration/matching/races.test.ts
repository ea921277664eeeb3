// Capacity and uniqueness under concurrency: the database (row locks, unique indexes) keeps them,
// whatever the interleaving.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { acceptProposal, approveAllInRound, approveProposal } from "@/lib/data/proposals";
import { saveMyOffer } from "@/lib/data/volunteering";
import { ConflictError } from "@/lib/errors";
import { createLead, createMentee, createMentor, createProposal } from "../../factories/matching";

async function settle<T>(work: Promise<T>[]) {
  const results = await Promise.allSettled(work);
  const won = results.filter((r) => r.status === "fulfilled").length;
  const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason as Error] : []));
  return { won, lost };
}

describe("races", () => {
  it("50 concurrent approvals at a mentor with capacity 1: exactly one wins", async () => {
    const { actor: lead } = await createLead();
    const { actor: secondLead } = await createLead();
    const { mentor } = await createMentor({}, { capacity: 1 });
    const proposals = [];
    for (let i = 0; i < 50; i++) {
      const { request } = await createMentee();
      proposals.push(await createProposal({ requestId: request.id, mentorId: mentor.id }));
    }
    // Two programme leads clicking at once.
    const { won, lost } = await settle(proposals.map((p, i) => approveProposal(i % 2 ? secondLead : lead, { proposalId: p.id })));
    expect(won).toBe(1);
    expect(lost).toHaveLength(49);
    for (const error of lost) {
      expect(error).toBeInstanceOf(ConflictError);
      expect(error.message).toMatch(/no free place: 1 of 1 place is taken or promised/);
    }
    expect(await db().proposal.count({ where: { mentorId: mentor.id, status: "AWAITING_MENTOR" } })).toBe(1);
  });

  it("a mentor accepting the same proposal 20 times at once gets one relationship", async () => {
    const { actor: lead } = await createLead();
    const { mentor, actor: mentorActor } = await createMentor({}, { capacity: 1 });
    const { request } = await createMentee();
    const proposal = await createProposal({ requestId: request.id, mentorId: mentor.id });
    await approveProposal(lead, { proposalId: proposal.id });

    const { won, lost } = await settle(Array.from({ length: 20 }, () => acceptProposal(mentorActor, { proposalId: proposal.id })));
    expect(won).toBe(1);
    expect(lost.every((e) => e instanceof ConflictError && /already accepted/.test(e.message))).toBe(true);
    expect(await db().relationship.count({ where: { mentorId: mentor.id } })).toBe(1);
  });

  it("approvals racing a capacity cut never leave more places taken than the capacity they were granted under", async () => {
    const { actor: lead } = await createLead();
    const { mentor, actor: mentorActor } = await createMentor({}, { capacity: 3 });
    const proposals = [];
    for (let i = 0; i < 20; i++) {
      const { request } = await createMentee();
      proposals.push(await createProposal({ requestId: request.id, mentorId: mentor.id }));
    }
    const cut = saveMyOffer(mentorActor, { mode: "MENTORING", capacity: 1, acceptedGradeRanks: [], developmentAreaIds: [], meetingMode: "EITHER" });
    const { won } = await settle([...proposals.map((p) => approveProposal(lead, { proposalId: p.id })), cut]);
    const approved = await db().proposal.count({ where: { mentorId: mentor.id, status: "AWAITING_MENTOR" } });
    // Either the cut came first (1 place) or some approvals did (at most 3); never more than 3.
    expect(approved).toBeGreaterThanOrEqual(1);
    expect(approved).toBeLessThanOrEqual(3);
    expect(won).toBe(approved + 1);
    expect(await db().volunteerOffer.findFirstOrThrow({ where: { userId: mentor.id } })).toMatchObject({ capacity: 1 });
  });

  it("two 'approve all' runs and single approvals of the same round at once: no deadlock, no place beyond capacity", async () => {
    const { actor: lead } = await createLead();
    const { actor: secondLead } = await createLead();
    const mentors = [];
    for (let k = 0; k < 3; k++) mentors.push((await createMentor({}, { capacity: 2 })).mentor);
    const round = await db().matchingRound.create({ data: { runById: lead.id, status: "COMPLETED", filters: {}, weights: {} } });
    const proposals = [];
    for (let i = 0; i < 30; i++) {
      const { request } = await createMentee({}, { createdAt: new Date(Date.UTC(2026, 0, 1 + i)) });
      proposals.push(await createProposal({ roundId: round.id, requestId: request.id, mentorId: mentors[i % 3].id }));
    }
    const [stepResults, { won, lost }] = await Promise.all([
      Promise.all([approveAllInRound(lead, { roundId: round.id }), approveAllInRound(secondLead, { roundId: round.id })]),
      settle([...proposals].reverse().map((p) => approveProposal(secondLead, { proposalId: p.id }))),
    ]);
    for (const error of lost) expect(error).toBeInstanceOf(ConflictError);

    const awaiting = await db().proposal.groupBy({ by: ["mentorId"], where: { roundId: round.id, status: "AWAITING_MENTOR" }, _count: true });
    expect(awaiting.map((row) => row._count)).toEqual([2, 2, 2]);
    expect(stepResults.reduce((sum, step) => sum + step.approved, 0) + won).toBe(6);
    expect(await db().emailMessage.count({ where: { kind: "proposal-to-mentor" } })).toBe(6);
    expect(await db().auditLog.count({ where: { action: "proposal.approved" } })).toBe(6);
  });
});
