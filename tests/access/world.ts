// The people and things the access matrix is walked against, rebuilt before each entry.
import { db } from "@/lib/db";
import { createAdmin, createMember, createOffer, createRequest } from "../factories";
import type { Role } from "./types";

export interface World {
  users: Record<Exclude<Role, "anonymous">, { id: string; email: string }>;
  tokens: Record<Exclude<Role, "anonymous">, string>;
  /** An open request of the mentee (their mentoring one is matched; this one is for coaching). */
  openRequestId: string;
  /** The pair's proposal and relationship (mentee ↔ mentor, active). */
  proposalId: string;
  relationshipId: string;
  /** The other member's own relationship, with someone outside the matrix. */
  otherRelationshipId: string;
  /** A proposal approved by the lead and waiting for the mentor's answer. */
  pendingProposalId: string;
  roundId: string;
  /** A proposal from the round that the lead has not reviewed (someone else's request, with the mentor). */
  proposedProposalId: string;
  /** That proposal's request (someone else's open mentoring request). */
  waitingRequestId: string;
  /** A volunteer with a free mentoring place who passes every rule for that request. */
  outsiderId: string;
  goalId: string;
  bookedCheckInId: string;
  /** The mentee's own private note in the pair's relationship. */
  privateNoteId: string;
  /** An ended coaching relationship of the same mentee and mentor. */
  endedRelationshipId: string;
  /** An active CPD peer group of the mentor, the outsider and the lead. */
  groupId: string;
  /** Someone the mentee excluded, and someone the mentee declared as a conflict (the admin). */
  excludedId: string;
  conflictId: string;
}

const FAR_FUTURE = new Date(Date.now() + 30 * 24 * 3600 * 1000);

export async function buildWorld(): Promise<World> {
  const client = db();
  const admin = await createAdmin({ email: "lead@matrix.test" });
  const member = await createMember({ email: "member@matrix.test", careerGradeId: "grade-st6" });
  const mentee = await createMember({ email: "mentee@matrix.test", careerGradeId: "grade-ct1" });
  const mentor = await createMember({ email: "mentor@matrix.test", careerGradeId: "grade-cons", phone: "020 7946 0001" });
  const other = await createMember({ email: "other@matrix.test", careerGradeId: "grade-ct2" });
  const outsider = await createMember({ email: "outsider@matrix.test", careerGradeId: "grade-cons" });
  const disabled = await createMember({ email: "disabled@matrix.test", disabledAt: new Date() });

  await createOffer(mentor.id, { mode: "MENTORING", capacity: 3 });
  await createOffer(mentor.id, { mode: "COACHING", capacity: 2, areas: { create: [{ developmentAreaId: "area-leadership" }] } });
  await createOffer(outsider.id, { mode: "MENTORING", capacity: 3 });

  const round = await client.matchingRound.create({ data: { runById: admin.id, status: "COMPLETED", filters: {}, weights: {}, finishedAt: new Date() } });
  const matchedRequest = await createRequest(mentee.id, { mode: "MENTORING", status: "MATCHED" });
  const proposal = await client.proposal.create({
    data: { roundId: round.id, requestId: matchedRequest.id, mentorId: mentor.id, mode: "MENTORING", score: 50, explanation: {}, status: "ACCEPTED", decidedById: admin.id, decidedAt: new Date() },
  });
  const relationship = await client.relationship.create({ data: { proposalId: proposal.id, menteeId: mentee.id, mentorId: mentor.id, mode: "MENTORING" } });
  const otherRelationship = await client.relationship.create({ data: { menteeId: other.id, mentorId: outsider.id, mode: "MENTORING" } });
  const openRequest = await createRequest(mentee.id, { mode: "COACHING", developmentAreaId: "area-leadership" });
  const memberRequest = await createRequest(member.id, { mode: "MENTORING" });
  const pendingProposal = await client.proposal.create({
    data: { roundId: round.id, requestId: memberRequest.id, mentorId: mentor.id, mode: "MENTORING", score: 40, explanation: {}, status: "AWAITING_MENTOR", decidedById: admin.id, decidedAt: new Date(), mentorRespondBy: FAR_FUTURE },
  });

  await client.exclusion.create({ data: { ownerId: mentee.id, excludedId: outsider.id } });
  await client.declaredConflict.create({ data: { declarerId: mentee.id, otherId: admin.id, kind: "EDUCATIONAL_SUPERVISOR" } });
  await client.equalityData.create({ data: { userId: mentee.id, consentedAt: new Date(), gender: "Woman" } });

  // Someone whose request the lead has not reviewed yet: a PROPOSED pair with the mentor.
  const waiting = await createMember({ email: "waiting@matrix.test", careerGradeId: "grade-ct1" });
  const waitingRequest = await createRequest(waiting.id, { mode: "MENTORING" });
  const proposedProposal = await client.proposal.create({
    data: { roundId: round.id, requestId: waitingRequest.id, mentorId: mentor.id, mode: "MENTORING", score: 30, explanation: {} },
  });

  const group = await client.peerGroup.create({
    data: { name: "Matrix peer group", kind: "CPD", members: { create: [{ userId: mentor.id }, { userId: outsider.id }, { userId: admin.id }] } },
  });

  // Working together: a goal of the mentee's, a booked check-in next week, the mentee's private
  // note, and an earlier, ended relationship of the same pair.
  const goal = await client.goal.create({ data: { relationshipId: relationship.id, ownerId: mentee.id, title: "Pass MRCPsych Paper A", measure: "Mock score above 70%" } });
  const bookedCheckIn = await client.checkIn.create({
    data: { relationshipId: relationship.id, createdById: mentee.id, status: "SCHEDULED", scheduledAt: new Date(Date.now() + 7 * 24 * 3600 * 1000), durationMinutes: 60, meetingMode: "ONLINE" },
  });
  const privateNote = await client.note.create({ data: { relationshipId: relationship.id, authorId: mentee.id, body: "Private reflection of the mentee", visibility: "PRIVATE" } });
  const endedRelationship = await client.relationship.create({
    data: { menteeId: mentee.id, mentorId: mentor.id, mode: "COACHING", status: "ENDED", startedAt: new Date(Date.now() - 200 * 24 * 3600 * 1000), endedAt: new Date(), endedById: mentee.id, endReason: "We achieved what we set out to do." },
  });

  const users = { member, mentee, mentor, other, admin, disabled };
  const tokens = Object.fromEntries(Object.keys(users).map((role) => [role, `session-${role}`])) as World["tokens"];
  await client.session.createMany({
    data: Object.entries(users).map(([role, user]) => ({ sessionToken: tokens[role as keyof typeof tokens], userId: user.id, expires: FAR_FUTURE })),
  });

  return {
    users: Object.fromEntries(Object.entries(users).map(([role, user]) => [role, { id: user.id, email: user.email }])) as World["users"],
    tokens,
    openRequestId: openRequest.id,
    proposalId: proposal.id,
    relationshipId: relationship.id,
    otherRelationshipId: otherRelationship.id,
    pendingProposalId: pendingProposal.id,
    roundId: round.id,
    proposedProposalId: proposedProposal.id,
    waitingRequestId: waitingRequest.id,
    outsiderId: outsider.id,
    groupId: group.id,
    goalId: goal.id,
    bookedCheckInId: bookedCheckIn.id,
    privateNoteId: privateNote.id,
    endedRelationshipId: endedRelationship.id,
    excludedId: outsider.id,
    conflictId: admin.id,
  };
}
