import "server-only";
// The life of a proposed pair: the lead approves, rejects or overrides; the mentor accepts or
// declines; a relationship begins. Capacity and uniqueness are enforced by row locks and unique
// indexes inside each transaction, so concurrent approvals and acceptances cannot breach them.
import { recordAudit, recordAudits } from "@/lib/audit";
import { requireAdmin, requireUser, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { notifyMatchConfirmed, notifyProposalsToMentors } from "@/lib/email/notifications";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { checkPair, explainPair, shortlistMentors, type Explanation, type MenteeInput, type RuleCheck } from "@/lib/matching";
import { effectiveWeights, loadMenteeForDecision, loadMenteesForDecision, loadMenteeForRequest, loadMentors, countTakenPlaces, placeKey, type MenteeForDecision } from "@/lib/data/matching";
import { personSummarySelect, toPersonSummary, type PersonSummaryDto } from "@/lib/data/rounds";
import { getProgrammeSettings } from "@/lib/data/settings";
import type { ProposalStatus } from "@/lib/validation/matching";

type Tx = Prisma.TransactionClient;
type Mode = "MENTORING" | "COACHING";

const DAY_MS = 24 * 60 * 60 * 1000;
// Many approvals may queue on one mentor's row lock; give them time rather than fail spuriously.
const LOCKING_TX = { maxWait: 20_000, timeout: 20_000, isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted } as const;

interface LockedProposal {
  id: string;
  roundId: string | null;
  requestId: string;
  mentorId: string;
  mode: Mode;
  status: ProposalStatus;
  mentorRespondBy: Date | null;
}

async function lockProposal(tx: Tx, proposalId: string): Promise<LockedProposal> {
  const [proposal] = await lockProposals(tx, [proposalId]);
  if (!proposal) throw new NotFoundError("We could not find that proposal.");
  return proposal;
}

/** Locks these proposals, in id order (two callers locking overlapping sets cannot deadlock). Missing ids are absent. */
async function lockProposals(tx: Tx, proposalIds: string[]): Promise<LockedProposal[]> {
  return tx.$queryRaw<LockedProposal[]>`
    SELECT "id", "roundId", "requestId", "mentorId", "mode", "status", "mentorRespondBy" FROM "Proposal"
    WHERE "id" = ANY(${proposalIds}::text[]) ORDER BY "id" FOR UPDATE`;
}

/** A proposal that wants one of its mentor's places. */
type PlaceClaim = Pick<LockedProposal, "id" | "mentorId" | "mode">;

/**
 * Which claims, taken in order, find their mentor with no free place. Locks the mentors' offer
 * rows (in a fixed order) and counts the places taken: active relationships plus approved
 * proposals waiting for the mentor, the claims themselves left out, plus the claims earlier in the
 * list that got a place. Every path that takes a place goes through this lock, and so does a
 * capacity change (an UPDATE of the same row), so they run one at a time per mentor.
 */
async function findCapacityRefusals(tx: Tx, claims: PlaceClaim[]): Promise<Map<string, ConflictError>> {
  const refusals = new Map<string, ConflictError>();
  if (!claims.length) return refusals;
  const offers = new Map(claims.map((c) => [placeKey(c.mentorId, c.mode), c]));
  const mentorIds = [...offers.values()].map((c) => c.mentorId);
  const modes = [...offers.values()].map((c) => c.mode);
  const locked = await tx.$queryRaw<{ userId: string; mode: Mode; capacity: number }[]>`
    SELECT o."userId", o."mode", o."capacity" FROM "VolunteerOffer" o
    JOIN unnest(${mentorIds}::text[], ${modes}::text[]) AS wanted("userId", "mode") ON o."userId" = wanted."userId" AND o."mode"::text = wanted."mode"
    ORDER BY o."userId", o."mode" FOR UPDATE OF o`;
  const capacity = new Map(locked.map((o) => [placeKey(o.userId, o.mode), o.capacity]));
  const taken = await countTakenPlaces(
    tx,
    mentorIds,
    claims.map((c) => c.id),
  );

  for (const claim of claims) {
    const k = placeKey(claim.mentorId, claim.mode);
    const places = capacity.get(k);
    const used = taken.get(k) ?? 0;
    if (places === undefined) refusals.set(claim.id, new ConflictError(`This person is no longer volunteering for ${claim.mode === "MENTORING" ? "mentoring" : "coaching"}.`));
    else if (used >= places) {
      refusals.set(
        claim.id,
        new ConflictError(places === 0 ? "This mentor has paused new matches." : `This mentor has no free place: ${used} of ${places} ${places === 1 ? "place is" : "places are"} taken or promised.`),
      );
    } else taken.set(k, used + 1);
  }
  return refusals;
}

async function requireFreePlace(tx: Tx, claim: PlaceClaim) {
  const refusal = (await findCapacityRefusals(tx, [claim])).get(claim.id);
  if (refusal) throw refusal;
}

/**
 * Which of these locked proposals may not be approved now, and why: decided already, the
 * request gone or its mentee disabled, the mentor no longer volunteering, or a hard rule broken
 * with today's data (profiles, exclusions and conflicts may have changed since the round). The
 * reason is the error a single approval throws.
 */
async function findRuleRefusals(tx: Tx, proposals: LockedProposal[]): Promise<Map<string, ConflictError | NotFoundError>> {
  const refusals = new Map<string, ConflictError | NotFoundError>();
  const undecided = proposals.filter((p) => {
    if (p.status !== "PROPOSED") refusals.set(p.id, new ConflictError("This proposal has already been decided."));
    return p.status === "PROPOSED";
  });
  if (!undecided.length) return refusals;
  const mentees = await loadMenteesForDecision(tx, [...new Set(undecided.map((p) => p.requestId))]);
  // Capacity is left to findCapacityRefusals, which counts the places under the offer lock.
  const mentors = new Map((await loadMentors(tx, { personIds: [...new Set(undecided.map((p) => p.mentorId))], countTaken: false })).map((m) => [placeKey(m.personId, m.mode), m]));
  for (const proposal of undecided) {
    const found = menteeOrRefusal(mentees.get(proposal.requestId));
    const mentor = mentors.get(placeKey(proposal.mentorId, proposal.mode));
    if ("refusal" in found) refusals.set(proposal.id, found.refusal);
    else if (!mentor) refusals.set(proposal.id, new ConflictError("This person is no longer volunteering for this."));
    else {
      const broken = checkPair(found.mentee, mentor).checks.filter((c) => !c.passed && c.code !== "capacity");
      if (broken.length) {
        refusals.set(proposal.id, new ConflictError(`This pair now breaks a rule: ${broken.map((c) => c.sentence).join(" ")} Reject it, or override with a justification.`));
      }
    }
  }
  return refusals;
}

/** Approves proposals that passed every check: each mentor is asked (by email) to accept or decline. */
async function markApproved(tx: Tx, admin: Actor, proposals: LockedProposal[], extra: { overrideJustification?: string | null } = {}) {
  if (!proposals.length) return;
  const settings = await getProgrammeSettings(tx);
  const now = new Date();
  await tx.proposal.updateMany({
    where: { id: { in: proposals.map((p) => p.id) } },
    data: {
      status: "AWAITING_MENTOR",
      decidedById: admin.id,
      decidedAt: now,
      mentorRespondBy: new Date(now.getTime() + settings.mentorResponseDays * DAY_MS),
      ...(extra.overrideJustification ? { overrideJustification: extra.overrideJustification } : {}),
    },
  });
  await tx.requestEvent.createMany({
    data: proposals.map((p) => ({
      requestId: p.requestId,
      kind: "mentor_asked",
      detail: `A possible ${p.mode === "MENTORING" ? "mentor" : "coach"} has been asked and has ${settings.mentorResponseDays} days to reply.`,
    })),
  });
  await notifyProposalsToMentors(
    tx,
    proposals.map((p) => p.id),
  );
}

/**
 * The lead approves locked proposals, in the order given (longest-waiting first): each gets every
 * check of a single approval, and the places the earlier ones take count against the later ones.
 * Returns the refusals by proposal id; everything else is approved and audited.
 */
async function approveInOrder(tx: Tx, admin: Actor, proposals: LockedProposal[]): Promise<Map<string, ConflictError | NotFoundError>> {
  const refusals = await findRuleRefusals(tx, proposals);
  const capacityRefusals = await findCapacityRefusals(
    tx,
    proposals.filter((p) => !refusals.has(p.id)),
  );
  for (const [id, refusal] of capacityRefusals) refusals.set(id, refusal);
  const approved = proposals.filter((p) => !refusals.has(p.id));
  await markApproved(tx, admin, approved);
  await recordAudits(
    tx,
    approved.map((p) => ({ actorId: admin.id, action: "proposal.approved", entityType: "Proposal", entityId: p.id })),
  );
  return refusals;
}

/**
 * Why nobody may be proposed for this request's mentee, if so: the request is gone (or the profile
 * incomplete), or the lead disabled the account (disabled mentors have no offer to load).
 */
function menteeOrRefusal(found: MenteeForDecision | null | undefined): { mentee: MenteeInput } | { refusal: ConflictError | NotFoundError } {
  if (found?.disabled) return { refusal: new ConflictError("This mentee's account has been disabled, so their request cannot be matched.") };
  if (!found?.mentee) return { refusal: new NotFoundError("We could not find that request.") };
  return { mentee: found.mentee };
}

/** The request's mentee as the engine sees it, today, for a proposal of the lead's own choosing. */
async function loadEnabledMentee(tx: Tx, requestId: string): Promise<MenteeInput> {
  const found = menteeOrRefusal(await loadMenteeForDecision(tx, requestId));
  if ("refusal" in found) throw found.refusal;
  return found.mentee;
}

async function addRequestEvent(tx: Tx, requestId: string, kind: string, detail: string) {
  await tx.requestEvent.create({ data: { requestId, kind, detail } });
}

/** The lead approves a proposal: the mentor is asked (by email) to accept or decline. */
export async function approveProposal(actor: Actor | null, input: { proposalId: string }) {
  const admin = requireAdmin(actor);
  await db().$transaction(async (tx) => {
    const proposal = await lockProposal(tx, input.proposalId);
    const refusal = (await approveInOrder(tx, admin, [proposal])).get(proposal.id);
    if (refusal) throw refusal;
  }, LOCKING_TX);
}

export async function rejectProposal(actor: Actor | null, input: { proposalId: string; reason: string }) {
  const admin = requireAdmin(actor);
  await db().$transaction(async (tx) => {
    const proposal = await lockProposal(tx, input.proposalId);
    if (proposal.status !== "PROPOSED") throw new ConflictError("This proposal has already been decided.");
    await tx.proposal.update({ where: { id: proposal.id }, data: { status: "REJECTED", rejectReason: input.reason, decidedById: admin.id, decidedAt: new Date() } });
    await recordAudit(tx, { actorId: admin.id, action: "proposal.rejected", entityType: "Proposal", entityId: proposal.id, data: { reason: input.reason } });
  }, LOCKING_TX);
}

/**
 * Creates an approved proposal of the lead's own choosing for a request. The hard rules are
 * checked and shown; breaking one needs a written justification, which is audited. Capacity can
 * never be overridden.
 */
async function proposeChosenMentor(
  tx: Tx,
  admin: Actor,
  input: { requestId: string; mode: Mode; mentorId: string; justification: string | null; roundId: string | null; replaces: string | null },
): Promise<{ proposalId: string }> {
  const mentee = await loadEnabledMentee(tx, input.requestId);
  const [mentor] = await loadMentors(tx, { mode: input.mode, personIds: [input.mentorId] });
  const settings = await getProgrammeSettings(tx);
  if (!mentor) throw new ConflictError("This person is not volunteering for this.");
  const explanation = explainPair(mentee, mentor, effectiveWeights(settings.matchingWeights), Date.now());
  const broken = explanation.rules.filter((c) => !c.passed);
  if (broken.some((c) => c.code === "capacity")) throw new ConflictError("This mentor has no free place; capacity cannot be overridden.");
  if (broken.some((c) => c.code === "different-person" || c.code === "same-mode")) throw new ConflictError("This person cannot be proposed for this request.");
  if (broken.length && !input.justification) {
    throw new ValidationError("This pair breaks a rule. Write why you are overriding it.", {
      justification: [`Needed because: ${broken.map((c) => c.sentence).join(" ")}`],
    });
  }
  const created = await tx.proposal.create({
    data: { roundId: input.roundId, requestId: input.requestId, mentorId: input.mentorId, mode: input.mode, score: explanation.total, explanation: explanation as unknown as Prisma.InputJsonValue },
    select: { id: true, roundId: true, requestId: true, mentorId: true, mode: true, status: true, mentorRespondBy: true },
  });
  await requireFreePlace(tx, created);
  await markApproved(tx, admin, [created], { overrideJustification: broken.length ? input.justification : null });
  await recordAudit(tx, {
    actorId: admin.id,
    action: broken.length ? "proposal.overridden_breaking_rules" : "proposal.overridden",
    entityType: "Proposal",
    entityId: created.id,
    data: { replaced: input.replaces, requestId: input.requestId, mentorId: input.mentorId, brokenRules: broken.map((c) => c.code), justification: input.justification },
  });
  return { proposalId: created.id };
}

/** The lead replaces a round's proposal with another mentor (see proposeChosenMentor). */
export async function overrideProposal(actor: Actor | null, input: { proposalId: string; mentorId: string; justification: string | null }): Promise<{ proposalId: string }> {
  const admin = requireAdmin(actor);
  return db().$transaction(async (tx) => {
    const original = await lockProposal(tx, input.proposalId);
    if (original.status !== "PROPOSED") throw new ConflictError("This proposal has already been decided.");
    if (input.mentorId === original.mentorId) throw new ValidationError("Choose a different mentor, or approve the proposal as it is.", { mentorId: ["Choose a different mentor."] });
    await tx.proposal.update({ where: { id: original.id }, data: { status: "REJECTED", rejectReason: "Overridden by the programme lead", decidedById: admin.id, decidedAt: new Date() } });
    return proposeChosenMentor(tx, admin, { ...input, requestId: original.requestId, mode: original.mode, roundId: original.roundId, replaces: original.id });
  }, LOCKING_TX);
}

/** The lead proposes a mentor for an open request outside a round, e.g. one a round could not match. */
export async function proposeMentorForRequest(actor: Actor | null, input: { requestId: string; mentorId: string; justification: string | null }): Promise<{ proposalId: string }> {
  const admin = requireAdmin(actor);
  try {
    return await db().$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ mode: Mode; status: string }[]>`SELECT "mode", "status" FROM "MentoringRequest" WHERE "id" = ${input.requestId} FOR UPDATE`;
      if (!rows[0]) throw new NotFoundError("We could not find that request.");
      if (rows[0].status !== "OPEN") throw new ConflictError("This request is no longer open.");
      await tx.proposal.updateMany({ where: { requestId: input.requestId, status: "PROPOSED" }, data: { status: "WITHDRAWN", rejectReason: "Replaced by the programme lead's choice" } });
      return proposeChosenMentor(tx, admin, { ...input, mode: rows[0].mode, roundId: null, replaces: null });
    }, LOCKING_TX);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ConflictError("A mentor has already been asked for this request.");
    throw error;
  }
}

export interface ApproveAllStep {
  approved: number;
  refused: { proposalId: string; reason: string }[];
  /** The last proposal decided in this step: pass it as `after` to go on from there. */
  cursor: string | null;
  /** No undecided proposal is left after the cursor. */
  done: boolean;
}

/**
 * Approves a round's undecided proposals, longest-waiting request first, with every check of a
 * single approval. One call decides the next `limit` proposals after `after` in one transaction
 * and says where it stopped, so the page can call again from the cursor and show the progress
 * (a national round has about 8,000 proposals). A proposal that cannot be approved (a rule now
 * broken, a mentor now full) is reported and passed over, not retried. Places go in order: a
 * mentor's earlier proposals in the step take places before its later ones, as if approved one at
 * a time, but the reads and writes are batched (bench:round measures the step).
 */
export async function approveAllInRound(actor: Actor | null, input: { roundId: string; after?: string | null; limit?: number }): Promise<ApproveAllStep> {
  const admin = requireAdmin(actor);
  const after = await pendingAfter(input.roundId, input.after ?? null);
  const pending = await db().proposal.findMany({
    where: { roundId: input.roundId, status: "PROPOSED", ...after },
    orderBy: [{ request: { createdAt: "asc" } }, { id: "asc" }],
    take: input.limit ?? 100,
    select: { id: true },
  });
  const refusals = await db().$transaction(async (tx) => {
    const locked = new Map((await lockProposals(tx, pending.map((p) => p.id))).map((p) => [p.id, p]));
    const decided = await approveInOrder(tx, admin, pending.flatMap((p) => locked.get(p.id) ?? []));
    for (const p of pending) if (!locked.has(p.id)) decided.set(p.id, new NotFoundError("We could not find that proposal."));
    return decided;
  }, LOCKING_TX);

  const cursor = pending.at(-1)?.id ?? input.after ?? null;
  const refused = pending.flatMap((p) => {
    const refusal = refusals.get(p.id);
    return refusal ? [{ proposalId: p.id, reason: refusal.message }] : [];
  });
  const left = await db().proposal.count({ where: { roundId: input.roundId, status: "PROPOSED", ...(await pendingAfter(input.roundId, cursor)) } });
  return { approved: pending.length - refused.length, refused, cursor, done: left === 0 };
}

/** Proposals after `cursor` in the order approveAllInRound works in (request created, then id). */
async function pendingAfter(roundId: string, cursor: string | null): Promise<Prisma.ProposalWhereInput> {
  if (!cursor) return {};
  const at = await db().proposal.findFirst({ where: { id: cursor, roundId }, select: { request: { select: { createdAt: true } } } });
  if (!at) throw new NotFoundError("We could not find where the approvals stopped; start again.");
  const createdAt = at.request.createdAt;
  return { OR: [{ request: { createdAt: { gt: createdAt } } }, { request: { createdAt }, id: { gt: cursor } }] };
}

export interface ShortlistDto {
  request: { id: string; mode: Mode; mentee: PersonSummaryDto };
  entries: { mentor: PersonSummaryDto; score: number; freePlaces: number; explanation: Explanation }[];
  disallowed: { mentor: PersonSummaryDto; score: number; brokenRules: RuleCheck[] }[];
}

/** The best mentors for one request, each with its explanation, and the nearest ones that break a rule. */
export async function getShortlist(actor: Actor | null, input: { requestId: string; n?: number }): Promise<ShortlistDto> {
  requireAdmin(actor);
  const client = db();
  const mentee = await loadMenteeForRequest(client, input.requestId);
  if (!mentee) throw new NotFoundError("We could not find that request.");
  const [mentors, settings] = await Promise.all([loadMentors(client, { mode: mentee.mode }), getProgrammeSettings()]);
  const result = shortlistMentors(mentee, mentors, effectiveWeights(settings.matchingWeights), input.n ?? 8, { now: Date.now(), nearestDisallowed: 5 });
  const ids = [mentee.personId, ...result.shortlist.map((s) => s.mentorId), ...result.nearestDisallowed.map((d) => d.mentorId)];
  const people = new Map((await client.user.findMany({ where: { id: { in: ids } }, select: personSummarySelect })).map((p) => [p.id, toPersonSummary(p)]));
  return {
    request: { id: mentee.requestId, mode: mentee.mode, mentee: people.get(mentee.personId)! },
    entries: result.shortlist.map((s) => ({ mentor: people.get(s.mentorId)!, score: s.score, freePlaces: s.freePlaces, explanation: s.explanation })),
    disallowed: result.nearestDisallowed.map((d) => ({ mentor: people.get(d.mentorId)!, score: d.score, brokenRules: d.brokenRules })),
  };
}

export interface MentorProposalDto {
  id: string;
  status: ProposalStatus;
  mode: Mode;
  respondBy: Date | null;
  mentee: PersonSummaryDto & { bio: string | null; meetingMode: string };
  area: string | null;
  aims: string;
  explanation: Explanation;
  isMentor: boolean;
}

/**
 * What the mentor sees before accepting: who, what they hope for, and why the pair was proposed.
 * No contact details until accepted. Only the asked mentor (and the lead) may see it, and only
 * once the lead has approved it.
 */
export async function getProposalForMentor(actor: Actor | null, proposalId: string): Promise<MentorProposalDto> {
  const user = requireUser(actor);
  const row = await db().proposal.findUnique({
    where: { id: proposalId },
    select: {
      id: true,
      status: true,
      mode: true,
      mentorId: true,
      mentorRespondBy: true,
      explanation: true,
      request: { select: { aims: true, meetingMode: true, developmentArea: { select: { name: true } }, mentee: { select: { ...personSummarySelect, bio: true } } } },
    },
  });
  const visibleToMentor = row && row.mentorId === user.id && row.status !== "PROPOSED" && row.status !== "REJECTED";
  if (!row || (!visibleToMentor && user.role !== "ADMIN")) throw new NotFoundError("We could not find that proposal.");
  return {
    id: row.id,
    status: row.status,
    mode: row.mode,
    respondBy: row.mentorRespondBy,
    mentee: { ...toPersonSummary(row.request.mentee), bio: row.request.mentee.bio, meetingMode: row.request.meetingMode },
    area: row.request.developmentArea?.name ?? null,
    aims: row.request.aims,
    explanation: row.explanation as unknown as Explanation,
    isMentor: row.mentorId === user.id,
  };
}

async function lockProposalForMentor(tx: Tx, user: Actor, proposalId: string) {
  const proposal = await lockProposal(tx, proposalId);
  if (proposal.mentorId !== user.id || proposal.status === "PROPOSED" || proposal.status === "REJECTED") throw new NotFoundError("We could not find that proposal.");
  if (proposal.status === "ACCEPTED") throw new ConflictError("You have already accepted this.");
  if (proposal.status !== "AWAITING_MENTOR") throw new ConflictError("This proposal is no longer waiting for an answer.");
  if (proposal.mentorRespondBy && proposal.mentorRespondBy < new Date()) throw new ConflictError("The time to answer this proposal has passed.");
  return proposal;
}

/** The mentor accepts: the relationship begins and both are introduced (contact details shared). */
export async function acceptProposal(actor: Actor | null, input: { proposalId: string }): Promise<{ relationshipId: string }> {
  const user = requireUser(actor);
  try {
    return await db().$transaction(async (tx) => {
      const proposal = await lockProposalForMentor(tx, user, input.proposalId);
      // This proposal already holds a place; re-check in case capacity was lowered meanwhile.
      await requireFreePlace(tx, proposal);
      const request = await tx.mentoringRequest.findUniqueOrThrow({ where: { id: proposal.requestId }, select: { menteeId: true, developmentAreaId: true, status: true } });
      if (request.status !== "OPEN") throw new ConflictError("This request is no longer open.");
      const settings = await getProgrammeSettings(tx);
      const now = new Date();
      const coaching = proposal.mode === "COACHING";
      const relationship = await tx.relationship.create({
        data: {
          proposalId: proposal.id,
          menteeId: request.menteeId,
          mentorId: proposal.mentorId,
          mode: proposal.mode,
          developmentAreaId: request.developmentAreaId,
          sessionsPlanned: coaching ? settings.coachingSessionsDefault : null,
          plannedEndAt: new Date(now.getTime() + (coaching ? settings.coachingPeriodDays : 730) * DAY_MS),
        },
        select: { id: true },
      });
      await tx.proposal.update({ where: { id: proposal.id }, data: { status: "ACCEPTED", mentorRespondedAt: now } });
      await tx.mentoringRequest.update({ where: { id: proposal.requestId }, data: { status: "MATCHED", closedAt: now } });
      await addRequestEvent(tx, proposal.requestId, "matched", `Matched: your ${coaching ? "coach" : "mentor"} accepted. You have both been introduced by email.`);
      await recordAudit(tx, { actorId: user.id, action: "proposal.accepted", entityType: "Proposal", entityId: proposal.id, data: { relationshipId: relationship.id } });
      await notifyMatchConfirmed(tx, relationship.id);
      return { relationshipId: relationship.id };
    }, LOCKING_TX);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ConflictError("You already have an active relationship with this person.");
    }
    throw error;
  }
}

/** The mentor declines (no fault): the request returns to the pool with this mentor excluded. */
export async function declineProposal(actor: Actor | null, input: { proposalId: string; reason: string | null }) {
  const user = requireUser(actor);
  await db().$transaction(async (tx) => {
    const proposal = await lockProposalForMentor(tx, user, input.proposalId);
    await tx.proposal.update({ where: { id: proposal.id }, data: { status: "DECLINED", declineReason: input.reason, mentorRespondedAt: new Date() } });
    await addRequestEvent(tx, proposal.requestId, "mentor_declined", "The person asked could not take this on just now. Your request is back with the programme lead.");
    await recordAudit(tx, { actorId: user.id, action: "proposal.declined", entityType: "Proposal", entityId: proposal.id });
  }, LOCKING_TX);
}

/** Sweep: proposals the mentor did not answer in time lapse, and the request returns to the pool. */
export async function expireUnansweredProposals(now: Date): Promise<number> {
  const due = await db().proposal.findMany({ where: { status: "AWAITING_MENTOR", mentorRespondBy: { lt: now } }, select: { id: true } });
  let expired = 0;
  for (const { id } of due) {
    await db().$transaction(async (tx) => {
      const proposal = await lockProposal(tx, id);
      if (proposal.status !== "AWAITING_MENTOR" || !proposal.mentorRespondBy || proposal.mentorRespondBy >= now) return;
      await tx.proposal.update({ where: { id }, data: { status: "EXPIRED" } });
      await addRequestEvent(tx, proposal.requestId, "mentor_no_answer", "The person asked did not reply in time. Your request is back with the programme lead.");
      await recordAudit(tx, { actorId: null, action: "proposal.expired", entityType: "Proposal", entityId: id });
      expired++;
    }, LOCKING_TX);
  }
  return expired;
}

export interface MyProposalDto {
  id: string;
  mode: Mode;
  respondBy: Date | null;
  mentee: PersonSummaryDto;
}

/** Proposals waiting for the caller's answer as a mentor or coach. */
export async function listProposalsAwaitingMe(actor: Actor | null): Promise<MyProposalDto[]> {
  const user = requireUser(actor);
  const rows = await db().proposal.findMany({
    where: { mentorId: user.id, status: "AWAITING_MENTOR" },
    orderBy: { decidedAt: "asc" },
    select: { id: true, mode: true, mentorRespondBy: true, request: { select: { mentee: { select: personSummarySelect } } } },
  });
  return rows.map((row) => ({ id: row.id, mode: row.mode, respondBy: row.mentorRespondBy, mentee: toPersonSummary(row.request.mentee) }));
}
