import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { EMAIL_KINDS } from "@/lib/email/kinds";
import { setMemberDisabled } from "@/lib/data/account";
import { acceptProposal, approveProposal, declineProposal, overrideProposal, proposeMentorForRequest, rejectProposal } from "@/lib/data/proposals";
import { getRound, runMatchingRound } from "@/lib/data/rounds";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { createLead, createMentee, createMentor, createProposal } from "../../factories/matching";

async function emailsTo(userId: string) {
  return db().emailMessage.findMany({ where: { userId }, select: { kind: true, subject: true } });
}

describe("a matching round", () => {
  it("proposes explained pairs, says why the rest were not matched, and tells nobody", async () => {
    const { actor: lead } = await createLead();
    const { mentor } = await createMentor({ name: "Dr Consultant London" }, { capacity: 1 });
    const { mentee: first } = await createMentee({ name: "Dr First" }, { createdAt: new Date(Date.now() - 30 * 86_400_000) });
    const { mentee: second, request: secondRequest } = await createMentee({ name: "Dr Second" });

    const { roundId, matched } = await runMatchingRound(lead, { filters: { mode: "MENTORING" } });
    expect(matched).toBe(1);
    const round = await getRound(lead, roundId);
    expect(round.status).toBe("COMPLETED");
    expect(round.summary).toMatchObject({ mentees: 2, matched: 1, optimal: true });
    // Equal fit: the one who has waited longer gets the only place.
    expect(round.proposals.map((p) => [p.mentee.name, p.mentor.name, p.status])).toEqual([["Dr First", "Dr Consultant London", "PROPOSED"]]);
    const explanation = round.proposals[0].explanation;
    expect(explanation.rules.every((r) => r.passed)).toBe(true);
    expect(explanation.parts.map((p) => p.text).join(" ")).toMatch(/London/);
    expect(round.unmatched).toHaveLength(1);
    expect(round.unmatched[0]).toMatchObject({ requestId: secondRequest.id, mentee: { name: "Dr Second" } });
    expect(round.unmatched[0].reason.length).toBeGreaterThan(10);

    // Nothing reaches a member before approval: no email, no timeline entry.
    for (const id of [mentor.id, first.id, second.id]) expect(await emailsTo(id)).toEqual([]);
    expect(await db().requestEvent.count({ where: { request: { menteeId: first.id } } })).toBe(0);
  });

  it("a later round supersedes the undecided proposals of the requests it matches, and only those", async () => {
    const { actor: lead } = await createLead();
    await createMentor({ name: "Dr Mentor" }, { capacity: 2 });
    await createMentor({ name: "Dr Coach" }, { mode: "COACHING", capacity: 2, areas: { create: [{ developmentAreaId: "area-casc" }] } });
    const { request: mentoring } = await createMentee({ name: "Dr Mentee" });
    const { request: coaching } = await createMentee({ name: "Dr Coachee" }, { mode: "COACHING", developmentAreaId: "area-casc" });

    const first = await runMatchingRound(lead, { filters: {} });
    expect(first.matched).toBe(2);
    const second = await runMatchingRound(lead, { filters: { mode: "MENTORING" } });
    expect(second.matched).toBe(1);

    const proposals = await db().proposal.findMany({ select: { roundId: true, requestId: true, status: true, rejectReason: true } });
    const of = (roundId: string, requestId: string) => proposals.find((p) => p.roundId === roundId && p.requestId === requestId);
    expect(of(first.roundId, mentoring.id)).toMatchObject({ status: "WITHDRAWN", rejectReason: "Superseded by a later round" });
    expect(of(second.roundId, mentoring.id)).toMatchObject({ status: "PROPOSED", rejectReason: null });
    // The coaching request was outside the second round: its proposal waits for the lead.
    expect(of(first.roundId, coaching.id)).toMatchObject({ status: "PROPOSED", rejectReason: null });
    expect((await getRound(lead, second.roundId)).summary).toMatchObject({ superseded: 1 });
  });

  it("is for the programme lead only", async () => {
    const { actor: member } = await createMentee();
    await expect(runMatchingRound(member, { filters: {} })).rejects.toThrow(ForbiddenError);
    expect(await db().matchingRound.count()).toBe(0);
  });
});

describe("the life of a match", () => {
  async function proposedPair() {
    const { actor: lead, lead: leadUser } = await createLead();
    const { mentor, actor: mentorActor } = await createMentor({ phone: "020 7946 0999" }, { capacity: 2 });
    const { mentee, request, actor: menteeActor } = await createMentee();
    const { roundId } = await runMatchingRound(lead, { filters: {} });
    const proposal = await db().proposal.findFirstOrThrow({ where: { roundId } });
    return { lead, leadUser, mentor, mentorActor, mentee, menteeActor, request, proposal };
  }

  it("approve → the mentor is asked; accept → both are introduced and the relationship is active", async () => {
    const { lead, mentor, mentorActor, mentee, menteeActor, request, proposal } = await proposedPair();
    // The mentor cannot see or answer a proposal before the lead approves it.
    await expect(acceptProposal(mentorActor, { proposalId: proposal.id })).rejects.toThrow(NotFoundError);

    await approveProposal(lead, { proposalId: proposal.id });
    expect(await db().proposal.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({ status: "AWAITING_MENTOR" });
    expect((await emailsTo(mentor.id)).map((e) => e.kind)).toEqual([EMAIL_KINDS.proposalToMentor]);
    expect(await emailsTo(mentee.id)).toEqual([]);
    await expect(approveProposal(lead, { proposalId: proposal.id })).rejects.toThrow(ConflictError);

    // Only the asked mentor may answer.
    await expect(acceptProposal(menteeActor, { proposalId: proposal.id })).rejects.toThrow(NotFoundError);
    const { relationshipId } = await acceptProposal(mentorActor, { proposalId: proposal.id });
    const relationship = await db().relationship.findUniqueOrThrow({ where: { id: relationshipId } });
    expect(relationship).toMatchObject({ menteeId: mentee.id, mentorId: mentor.id, status: "ACTIVE", mode: "MENTORING" });
    expect(await db().mentoringRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "MATCHED" });
    expect((await emailsTo(mentee.id)).map((e) => e.kind)).toContain(EMAIL_KINDS.matchConfirmed);
    expect((await emailsTo(mentor.id)).map((e) => e.kind)).toContain(EMAIL_KINDS.matchConfirmed);
    await expect(acceptProposal(mentorActor, { proposalId: proposal.id })).rejects.toThrow(/already accepted/);

    const audit = await db().auditLog.findMany({ where: { entityId: proposal.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["proposal.approved", "proposal.accepted"]);
    const timeline = await db().requestEvent.findMany({ where: { requestId: request.id }, orderBy: { at: "asc" }, select: { kind: true } });
    expect(timeline.map((e) => e.kind)).toEqual(["mentor_asked", "matched"]);
  });

  it("decline returns the request to the pool with that mentor excluded from later rounds", async () => {
    const { lead, mentorActor, request, proposal } = await proposedPair();
    await approveProposal(lead, { proposalId: proposal.id });
    await declineProposal(mentorActor, { proposalId: proposal.id, reason: "On leave for three months" });
    expect(await db().mentoringRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "OPEN" });

    const { roundId } = await runMatchingRound(lead, { filters: {} });
    const round = await getRound(lead, roundId);
    expect(round.proposals).toEqual([]);
    expect(round.unmatched[0].counts.failedByRule.exclusion).toBe(1);
  });

  it("reject needs a reason; override that breaks a rule needs a justification, which is audited", async () => {
    const { lead, mentee, proposal } = await proposedPair();
    // Another volunteer who is the mentee's declared educational supervisor.
    const { mentor: supervisor } = await createMentor({ name: "Dr Supervisor" }, { capacity: 1 });
    await db().declaredConflict.create({ data: { declarerId: mentee.id, otherId: supervisor.id, kind: "EDUCATIONAL_SUPERVISOR" } });

    await expect(overrideProposal(lead, { proposalId: proposal.id, mentorId: supervisor.id, justification: null })).rejects.toThrow(ValidationError);
    expect(await db().proposal.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({ status: "PROPOSED" });

    const justification = "The supervision ended last year; both asked for this pairing in writing.";
    const { proposalId } = await overrideProposal(lead, { proposalId: proposal.id, mentorId: supervisor.id, justification });
    expect(await db().proposal.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({ status: "REJECTED" });
    expect(await db().proposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({ status: "AWAITING_MENTOR", mentorId: supervisor.id, overrideJustification: justification });
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: proposalId } });
    expect(audit).toMatchObject({ action: "proposal.overridden_breaking_rules", data: expect.objectContaining({ brokenRules: ["conflict-of-interest"], justification }) });

    const { request: otherRequest } = await createMentee();
    const { mentor: otherMentor } = await createMentor();
    const another = await createProposal({ requestId: otherRequest.id, mentorId: otherMentor.id });
    await rejectProposal(lead, { proposalId: another.id, reason: "Same firm as mentee" });
    expect(await db().proposal.findUniqueOrThrow({ where: { id: another.id } })).toMatchObject({ status: "REJECTED", rejectReason: "Same firm as mentee" });
  });

  it("disabling a mentor withdraws the proposal waiting for them: the request is open again and its timeline says so", async () => {
    const { lead, mentor, mentorActor, request, proposal } = await proposedPair();
    await approveProposal(lead, { proposalId: proposal.id });

    await setMemberDisabled(lead, { userId: mentor.id, disabled: true });
    expect(await db().proposal.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({ status: "WITHDRAWN" });
    expect(await db().mentoringRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "OPEN" });
    const events = await db().requestEvent.findMany({ where: { requestId: request.id }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { kind: true, detail: true } });
    expect(events.at(-1)).toEqual({ kind: "mentor_unavailable", detail: "The mentor who was asked is no longer available. Your request is open again for a new match." });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "member.disabled", entityId: mentor.id } });
    expect(audit.data).toEqual({ withdrawnProposals: 1 });
    // The mentor can no longer answer, and the next round does not propose them.
    await expect(acceptProposal(mentorActor, { proposalId: proposal.id })).rejects.toThrow(ConflictError);
    const { roundId } = await runMatchingRound(lead, { filters: {} });
    expect((await getRound(lead, roundId)).proposals).toEqual([]);
  });

  it("disabling a mentee withdraws their undecided proposal, and no mentor can be asked for them", async () => {
    const { lead, mentee, request, proposal } = await proposedPair();
    const { mentor: other } = await createMentor({ name: "Dr Other" }, { capacity: 1 });

    await setMemberDisabled(lead, { userId: mentee.id, disabled: true });
    expect(await db().proposal.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({ status: "WITHDRAWN" });
    await expect(approveProposal(lead, { proposalId: proposal.id })).rejects.toThrow("This proposal has already been decided.");
    const before = await db().proposal.count();
    await expect(overrideProposal(lead, { proposalId: proposal.id, mentorId: other.id, justification: null })).rejects.toThrow(ConflictError);
    const chosen = proposeMentorForRequest(lead, { requestId: request.id, mentorId: other.id, justification: null });
    await expect(chosen).rejects.toThrow("This mentee's account has been disabled, so their request cannot be matched.");
    expect(await db().proposal.count()).toBe(before);
    // A proposal made before the disabling but found later still cannot be approved.
    const late = await createProposal({ requestId: request.id, mentorId: other.id });
    await expect(approveProposal(lead, { proposalId: late.id })).rejects.toThrow("This mentee's account has been disabled, so their request cannot be matched.");
    expect(await db().proposal.findUniqueOrThrow({ where: { id: late.id } })).toMatchObject({ status: "PROPOSED" });
  });
});
