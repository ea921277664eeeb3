import "server-only";
// Optional mode (ProgrammeSettings.menteeShortlistEnabled, off by default): the mentee sees their
// best matches with explanations and ranks them. The ranking is advice to the programme lead,
// who still approves every match; no volunteer is told anything by it.
import { recordAudit } from "@/lib/audit";
import { requireMember, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { shortlistMentors, type Explanation } from "@/lib/matching";
import { effectiveWeights, loadMenteeForRequest, loadMentors } from "@/lib/data/matching";
import { personSummarySelect, toPersonSummary, type PersonSummaryDto } from "@/lib/data/rounds";
import { getProgrammeSettings } from "@/lib/data/settings";

export const MENTEE_SHORTLIST_SIZE = 5;

export interface MenteeShortlistDto {
  entries: { mentor: PersonSummaryDto & { bio: string | null }; explanation: Explanation; myRank: number | null }[];
}

async function requireOwnOpenRequest(actor: Actor | null, requestId: string) {
  const user = requireMember(actor);
  const settings = await getProgrammeSettings();
  if (!settings.menteeShortlistEnabled) throw new ForbiddenError("Shortlists are not open to members in this programme.");
  const request = await db().mentoringRequest.findUnique({ where: { id: requestId }, select: { menteeId: true, status: true } });
  if (!request || request.menteeId !== user.id) throw new NotFoundError("We could not find that request.");
  if (request.status !== "OPEN") throw new ValidationError("Only an open request has a shortlist.");
  return { user, settings };
}

async function currentShortlist(requestId: string, weightsStored: unknown) {
  const mentee = await loadMenteeForRequest(db(), requestId);
  if (!mentee) throw new NotFoundError("We could not find that request.");
  const mentors = await loadMentors(db(), { mode: mentee.mode });
  return shortlistMentors(mentee, mentors, effectiveWeights(weightsStored), MENTEE_SHORTLIST_SIZE, { now: Date.now() }).shortlist;
}

export async function getMyShortlist(actor: Actor | null, requestId: string): Promise<MenteeShortlistDto> {
  const { settings } = await requireOwnOpenRequest(actor, requestId);
  const [shortlist, choices] = await Promise.all([
    currentShortlist(requestId, settings.matchingWeights),
    db().shortlistChoice.findMany({ where: { requestId }, select: { mentorId: true, rank: true } }),
  ]);
  const people = new Map(
    (await db().user.findMany({ where: { id: { in: shortlist.map((s) => s.mentorId) } }, select: { ...personSummarySelect, bio: true } })).map((p) => [p.id, { ...toPersonSummary(p), bio: p.bio }]),
  );
  return {
    entries: shortlist.map((s) => ({ mentor: people.get(s.mentorId)!, explanation: s.explanation, myRank: choices.find((c) => c.mentorId === s.mentorId)?.rank ?? null })),
  };
}

/** Replaces the mentee's ranking. Only people on their current shortlist can be ranked. */
export async function rankMyShortlist(actor: Actor | null, input: { requestId: string; mentorIds: string[] }) {
  const { user, settings } = await requireOwnOpenRequest(actor, input.requestId);
  const allowed = new Set((await currentShortlist(input.requestId, settings.matchingWeights)).map((s) => s.mentorId));
  if (input.mentorIds.some((id) => !allowed.has(id))) {
    throw new ValidationError("Your shortlist has changed since you opened it. Please look again.", { mentorIds: ["Rank only people on your current shortlist."] });
  }
  await db().$transaction(async (tx) => {
    await tx.shortlistChoice.deleteMany({ where: { requestId: input.requestId } });
    await tx.shortlistChoice.createMany({ data: input.mentorIds.map((mentorId, index) => ({ requestId: input.requestId, mentorId, rank: index + 1 })) });
    await recordAudit(tx, { actorId: user.id, action: "shortlist.ranked", entityType: "MentoringRequest", entityId: input.requestId, data: { ranked: input.mentorIds.length } });
  });
}
