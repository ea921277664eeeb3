import "server-only";
import { recordAudit } from "@/lib/audit";
import { requireUser, roleInRelationship, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { notifyCheckInCancelled, notifyRelationshipEnded } from "@/lib/email/notifications";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getProgrammeSettings, type ProgrammeSettingsDto } from "@/lib/data/settings";
import {
  describeEndReason,
  encodeEndReason,
  londonDayStart,
  todayInLondon,
  type AgreementData,
  type EndRelationshipData,
} from "@/lib/validation/relationships";

// Everything about a relationship is for the two people in it. Outsiders, the programme lead
// included, are told it does not exist: the lead's views (stalled pairs, feedback in aggregate)
// have their own functions that never return notes, goals' detail or contact details.

type Client = Prisma.TransactionClient | ReturnType<typeof db>;
type Tx = Prisma.TransactionClient;
export type Mode = "MENTORING" | "COACHING";
export type PairRole = "MENTEE" | "MENTOR";
export type RelationshipStatus = "ACTIVE" | "ENDED";

const DAY_MS = 24 * 60 * 60 * 1000;
/** One message for "does not exist" and "not yours", so an id never reveals whether it exists. */
export const NOT_FOUND_MESSAGE = "We could not find that. It may have been removed, or it is not part of your mentoring or coaching.";
export const ENDED_MESSAGE = "This relationship has ended, so it can no longer be changed. Your record of it stays available.";

export interface RelationshipAccess {
  id: string;
  menteeId: string;
  mentorId: string;
  mode: Mode;
  status: RelationshipStatus;
  startedAt: Date;
  plannedEndAt: Date | null;
  sessionsPlanned: number | null;
  /** The caller, and their side of the pair. */
  user: Actor;
  role: PairRole;
}

const accessSelect = {
  id: true,
  menteeId: true,
  mentorId: true,
  mode: true,
  status: true,
  startedAt: true,
  plannedEndAt: true,
  sessionsPlanned: true,
} satisfies Prisma.RelationshipSelect;

function toAccess(user: Actor, row: Omit<RelationshipAccess, "user" | "role"> | undefined | null): RelationshipAccess {
  if (!row) throw new NotFoundError(NOT_FOUND_MESSAGE);
  const role = roleInRelationship(user, row);
  if (!role) throw new NotFoundError(NOT_FOUND_MESSAGE);
  return { ...row, user, role };
}

/** The relationship, if the caller is one of the pair; NotFoundError for everyone else. */
export async function findRelationshipForParticipant(actor: Actor | null, relationshipId: string, client: Client = db()): Promise<RelationshipAccess> {
  const user = requireUser(actor);
  const row = await client.relationship.findUnique({ where: { id: relationshipId }, select: accessSelect });
  return toAccess(user, row);
}

/**
 * Locks the relationship row for the rest of the transaction (so two changes to one pair, such as
 * booking the last coaching session twice, run one after the other) and refuses outsiders
 * (not found) and ended relationships (conflict).
 */
export async function lockActiveRelationship(tx: Tx, actor: Actor | null, relationshipId: string): Promise<RelationshipAccess> {
  const user = requireUser(actor);
  const rows = await tx.$queryRaw<Omit<RelationshipAccess, "user" | "role">[]>`
    SELECT "id", "menteeId", "mentorId", "mode"::text AS "mode", "status"::text AS "status", "startedAt", "plannedEndAt", "sessionsPlanned"
    FROM "Relationship" WHERE "id" = ${relationshipId} FOR UPDATE`;
  const access = toAccess(user, rows[0]);
  if (access.status !== "ACTIVE") throw new ConflictError(ENDED_MESSAGE);
  return access;
}

export interface CoachingPlan {
  sessionsPlanned: number;
  plannedEndAt: Date;
}

/**
 * Coaching is time-limited: the relationship's own numbers, or the programme's defaults when the
 * match did not set them (the defaults are written to the row on the first booking, so a later
 * change to the programme settings never moves an agreed plan).
 */
export function coachingPlanOf(relationship: Pick<RelationshipAccess, "sessionsPlanned" | "plannedEndAt" | "startedAt">, settings: Pick<ProgrammeSettingsDto, "coachingSessionsDefault" | "coachingPeriodDays">): CoachingPlan {
  return {
    sessionsPlanned: relationship.sessionsPlanned ?? settings.coachingSessionsDefault,
    plannedEndAt: relationship.plannedEndAt ?? new Date(relationship.startedAt.getTime() + settings.coachingPeriodDays * DAY_MS),
  };
}

// ───────────────────────── reading ─────────────────────────

export interface PersonSummaryDto {
  name: string;
  grade: string | null;
  specialty: string | null;
  region: string | null;
}

export interface AgreementDto {
  expectations: string;
  meetingFrequency: string;
  confidentiality: string;
  plannedEndAt: Date | null;
  confirmedByMe: Date | null;
  confirmedByOther: Date | null;
  updatedAt: Date;
}

export interface RelationshipDto {
  id: string;
  mode: Mode;
  status: RelationshipStatus;
  role: PairRole;
  area: string | null;
  other: PersonSummaryDto;
  /** The other person's contact details: only while the relationship is active. */
  contact: { email: string; phone: string | null } | null;
  startedAt: Date;
  plannedEndAt: Date | null;
  endedAt: Date | null;
  endedByMe: boolean | null;
  endReason: { label: string; detail: string | null } | null;
  coachingOutcome: string | null;
  rematchRequested: boolean;
  /** Coaching only: the agreed number of sessions, those held and those booked. */
  sessions: { planned: number; held: number; booked: number } | null;
  lastCheckInAt: Date | null;
  nextCheckIn: { id: string; scheduledAt: Date; sessionNumber: number | null } | null;
  agreement: AgreementDto | null;
  goalCounts: { total: number; achieved: number };
  feedbackGiven: boolean;
  canEdit: boolean;
  /** When this was read: the page's "5 weeks ago" and "in 3 days" count from here. */
  now: Date;
}

const personSelect = {
  name: true,
  email: true,
  phone: true,
  careerGrade: { select: { name: true } },
  specialty: { select: { name: true } },
  region: { select: { name: true } },
} satisfies Prisma.UserSelect;

function toPerson(row: Prisma.UserGetPayload<{ select: typeof personSelect }>): PersonSummaryDto {
  return { name: row.name ?? "Unnamed member", grade: row.careerGrade?.name ?? null, specialty: row.specialty?.name ?? null, region: row.region?.name ?? null };
}

function toAgreement(
  role: PairRole,
  row: { expectations: string; meetingFrequency: string; confidentiality: string; plannedEndAt: Date | null; menteeConfirmedAt: Date | null; mentorConfirmedAt: Date | null; updatedAt: Date } | null,
): AgreementDto | null {
  if (!row) return null;
  const mine = role === "MENTEE" ? row.menteeConfirmedAt : row.mentorConfirmedAt;
  const theirs = role === "MENTEE" ? row.mentorConfirmedAt : row.menteeConfirmedAt;
  return {
    expectations: row.expectations,
    meetingFrequency: row.meetingFrequency,
    confidentiality: row.confidentiality,
    plannedEndAt: row.plannedEndAt,
    confirmedByMe: mine,
    confirmedByOther: theirs,
    updatedAt: row.updatedAt,
  };
}

/** The relationship page's header, agreement and progress, for one of the pair. */
export async function getRelationship(actor: Actor | null, relationshipId: string, now = new Date()): Promise<RelationshipDto> {
  const access = await findRelationshipForParticipant(actor, relationshipId);
  const client = db();
  const [row, settings, lastHeld, next, counts, goals, feedback] = await Promise.all([
    client.relationship.findUniqueOrThrow({
      where: { id: access.id },
      select: {
        endedAt: true,
        endedById: true,
        endReason: true,
        coachingOutcome: true,
        rematchRequested: true,
        developmentArea: { select: { name: true } },
        mentee: { select: personSelect },
        mentor: { select: personSelect },
        agreement: {
          select: { expectations: true, meetingFrequency: true, confidentiality: true, plannedEndAt: true, menteeConfirmedAt: true, mentorConfirmedAt: true, updatedAt: true },
        },
      },
    }),
    getProgrammeSettings(),
    client.checkIn.findFirst({ where: { relationshipId: access.id, status: "COMPLETED" }, orderBy: { occurredAt: "desc" }, select: { occurredAt: true } }),
    client.checkIn.findFirst({
      where: { relationshipId: access.id, status: "SCHEDULED", scheduledAt: { gte: now } },
      orderBy: { scheduledAt: "asc" },
      select: { id: true, scheduledAt: true, sessionNumber: true },
    }),
    client.checkIn.groupBy({ by: ["status"], where: { relationshipId: access.id }, _count: true }),
    client.goal.groupBy({ by: ["status"], where: { relationshipId: access.id }, _count: true }),
    client.feedback.findUnique({ where: { relationshipId_authorId: { relationshipId: access.id, authorId: access.user.id } }, select: { id: true } }),
  ]);
  const otherRow = access.role === "MENTEE" ? row.mentor : row.mentee;
  const held = counts.find((c) => c.status === "COMPLETED")?._count ?? 0;
  const booked = counts.find((c) => c.status === "SCHEDULED")?._count ?? 0;
  const plan = access.mode === "COACHING" ? coachingPlanOf(access, settings) : null;
  return {
    id: access.id,
    mode: access.mode,
    status: access.status,
    role: access.role,
    area: row.developmentArea?.name ?? null,
    other: toPerson(otherRow),
    contact: access.status === "ACTIVE" ? { email: otherRow.email, phone: otherRow.phone } : null,
    startedAt: access.startedAt,
    plannedEndAt: plan?.plannedEndAt ?? access.plannedEndAt,
    endedAt: row.endedAt,
    endedByMe: row.endedById ? row.endedById === access.user.id : null,
    endReason: describeEndReason(row.endReason),
    coachingOutcome: row.coachingOutcome,
    rematchRequested: row.rematchRequested,
    sessions: plan ? { planned: plan.sessionsPlanned, held, booked } : null,
    lastCheckInAt: lastHeld?.occurredAt ?? null,
    nextCheckIn: next && next.scheduledAt ? { id: next.id, scheduledAt: next.scheduledAt, sessionNumber: next.sessionNumber } : null,
    agreement: toAgreement(access.role, row.agreement),
    goalCounts: { total: goals.reduce((sum, g) => sum + g._count, 0), achieved: goals.find((g) => g.status === "ACHIEVED")?._count ?? 0 },
    feedbackGiven: Boolean(feedback),
    canEdit: access.status === "ACTIVE",
    now,
  };
}

export interface RelationshipSummaryDto {
  id: string;
  mode: Mode;
  status: RelationshipStatus;
  role: PairRole;
  otherName: string;
  area: string | null;
  startedAt: Date;
  plannedEndAt: Date | null;
  endedAt: Date | null;
  sessions: { planned: number; held: number } | null;
  lastCheckInAt: Date | null;
  nextCheckInAt: Date | null;
  /** The agreement waits for the caller's confirmation (none yet, or edited by the other side). */
  needsMyConfirmation: boolean;
  /** Ended, and the caller has not given feedback yet. */
  feedbackDue: boolean;
}

/**
 * The caller's relationships, as mentee and as mentor or coach: active ones first, then the most
 * recent. For the dashboard and the relationships list; never contact details.
 */
export async function listMyRelationships(actor: Actor | null, now = new Date()): Promise<RelationshipSummaryDto[]> {
  const user = requireUser(actor);
  const client = db();
  const [rows, settings] = await Promise.all([
    client.relationship.findMany({
      where: { OR: [{ menteeId: user.id }, { mentorId: user.id }] },
      orderBy: [{ status: "asc" }, { startedAt: "desc" }, { id: "asc" }],
      select: {
        ...accessSelect,
        endedAt: true,
        developmentArea: { select: { name: true } },
        mentee: { select: { name: true } },
        mentor: { select: { name: true } },
        agreement: { select: { menteeConfirmedAt: true, mentorConfirmedAt: true } },
        feedback: { where: { authorId: user.id }, select: { id: true } },
      },
    }),
    getProgrammeSettings(),
  ]);
  const ids = rows.map((r) => r.id);
  const [held, lastHeld, upcoming] = await Promise.all([
    client.checkIn.groupBy({ by: ["relationshipId"], where: { relationshipId: { in: ids }, status: "COMPLETED" }, _count: true }),
    client.checkIn.groupBy({ by: ["relationshipId"], where: { relationshipId: { in: ids }, status: "COMPLETED" }, _max: { occurredAt: true } }),
    client.checkIn.groupBy({ by: ["relationshipId"], where: { relationshipId: { in: ids }, status: "SCHEDULED", scheduledAt: { gte: now } }, _min: { scheduledAt: true } }),
  ]);
  return rows.map((row) => {
    const role: PairRole = row.menteeId === user.id ? "MENTEE" : "MENTOR";
    const plan = row.mode === "COACHING" ? coachingPlanOf(row, settings) : null;
    const mine = role === "MENTEE" ? row.agreement?.menteeConfirmedAt : row.agreement?.mentorConfirmedAt;
    return {
      id: row.id,
      mode: row.mode,
      status: row.status,
      role,
      otherName: (role === "MENTEE" ? row.mentor.name : row.mentee.name) ?? "Unnamed member",
      area: row.developmentArea?.name ?? null,
      startedAt: row.startedAt,
      plannedEndAt: plan?.plannedEndAt ?? row.plannedEndAt,
      endedAt: row.endedAt,
      sessions: plan ? { planned: plan.sessionsPlanned, held: held.find((h) => h.relationshipId === row.id)?._count ?? 0 } : null,
      lastCheckInAt: lastHeld.find((h) => h.relationshipId === row.id)?._max.occurredAt ?? null,
      nextCheckInAt: upcoming.find((u) => u.relationshipId === row.id)?._min.scheduledAt ?? null,
      needsMyConfirmation: row.status === "ACTIVE" && !mine,
      feedbackDue: row.status === "ENDED" && row.feedback.length === 0,
    };
  });
}

export interface TimelineEventDto {
  at: Date;
  text: string;
}

/**
 * What has happened in the relationship, oldest first, built from the rows themselves. Notes are
 * never part of it (a private note must not show even as "a note was written").
 */
export async function getRelationshipTimeline(actor: Actor | null, relationshipId: string): Promise<TimelineEventDto[]> {
  const access = await findRelationshipForParticipant(actor, relationshipId);
  const client = db();
  const [row, goals, checkIns] = await Promise.all([
    client.relationship.findUniqueOrThrow({
      where: { id: access.id },
      select: {
        endedAt: true,
        endedById: true,
        mentee: { select: { name: true } },
        mentor: { select: { name: true } },
        agreement: { select: { menteeConfirmedAt: true, mentorConfirmedAt: true } },
      },
    }),
    client.goal.findMany({
      where: { relationshipId: access.id },
      select: { title: true, createdAt: true, updates: { where: { status: "ACHIEVED" }, orderBy: { createdAt: "asc" }, take: 1, select: { createdAt: true } } },
    }),
    client.checkIn.findMany({
      where: { relationshipId: access.id, status: "COMPLETED" },
      select: { occurredAt: true, durationMinutes: true, sessionNumber: true },
    }),
  ]);
  const nameOf = (id: string | null) => (id === access.user.id ? "you" : ((id === access.menteeId ? row.mentee.name : row.mentor.name) ?? "your partner"));
  const activity = access.mode === "COACHING" ? "coaching" : "mentoring";
  const events: TimelineEventDto[] = [{ at: access.startedAt, text: `Your ${activity} started.` }];
  const { menteeConfirmedAt, mentorConfirmedAt } = row.agreement ?? {};
  if (menteeConfirmedAt && mentorConfirmedAt) {
    events.push({ at: menteeConfirmedAt > mentorConfirmedAt ? menteeConfirmedAt : mentorConfirmedAt, text: "You both confirmed the agreement." });
  }
  for (const goal of goals) {
    events.push({ at: goal.createdAt, text: `Goal set: ${goal.title}` });
    if (goal.updates[0]) events.push({ at: goal.updates[0].createdAt, text: `Goal achieved: ${goal.title}` });
  }
  for (const checkIn of checkIns) {
    if (!checkIn.occurredAt) continue;
    const what = checkIn.sessionNumber ? `Session ${checkIn.sessionNumber} held` : "Check-in held";
    events.push({ at: checkIn.occurredAt, text: `${what}${checkIn.durationMinutes ? ` (${checkIn.durationMinutes} minutes)` : ""}.` });
  }
  if (row.endedAt) events.push({ at: row.endedAt, text: `The ${activity} was ended by ${nameOf(row.endedById)}.` });
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}

// ───────────────────────── the agreement ─────────────────────────

/**
 * Saves the agreement. Saving counts as the editor's confirmation; if the text changed, the other
 * side's confirmation is cleared, so both have always confirmed the same words. The planned end
 * becomes the relationship's once both have confirmed.
 */
export async function saveAgreement(actor: Actor | null, input: AgreementData, now = new Date()) {
  const plannedEndAt = input.plannedEndDate ? londonDayStart(input.plannedEndDate) : null;
  if (input.plannedEndDate && input.plannedEndDate <= todayInLondon(now)) {
    throw new ValidationError("Please correct the highlighted fields.", { plannedEndDate: ["Choose a planned end date after today."] });
  }
  return db().$transaction(async (tx) => {
    const access = await lockActiveRelationship(tx, actor, input.relationshipId);
    const existing = await tx.agreement.findUnique({ where: { relationshipId: access.id } });
    const changed =
      !existing ||
      existing.expectations !== input.expectations ||
      existing.meetingFrequency !== input.meetingFrequency ||
      existing.confidentiality !== input.confidentiality ||
      (existing.plannedEndAt?.getTime() ?? null) !== (plannedEndAt?.getTime() ?? null);
    const mineField = access.role === "MENTEE" ? "menteeConfirmedAt" : "mentorConfirmedAt";
    const theirsField = access.role === "MENTEE" ? "mentorConfirmedAt" : "menteeConfirmedAt";
    const fields = { expectations: input.expectations, meetingFrequency: input.meetingFrequency, confidentiality: input.confidentiality, plannedEndAt };
    const agreement = await tx.agreement.upsert({
      where: { relationshipId: access.id },
      create: { relationshipId: access.id, ...fields, [mineField]: now },
      update: changed ? { ...fields, [mineField]: now, [theirsField]: null } : { [mineField]: existing?.[mineField] ?? now },
      select: { menteeConfirmedAt: true, mentorConfirmedAt: true, plannedEndAt: true },
    });
    await applyConfirmedAgreement(tx, access.id, agreement);
    await recordAudit(tx, { actorId: access.user.id, action: "agreement.saved", entityType: "Relationship", entityId: access.id, data: { changed } });
    return { relationshipId: access.id, confirmedByBoth: Boolean(agreement.menteeConfirmedAt && agreement.mentorConfirmedAt) };
  });
}

/** The caller confirms the agreement as it stands. */
export async function confirmAgreement(actor: Actor | null, input: { relationshipId: string }, now = new Date()) {
  return db().$transaction(async (tx) => {
    const access = await lockActiveRelationship(tx, actor, input.relationshipId);
    const existing = await tx.agreement.findUnique({ where: { relationshipId: access.id }, select: { relationshipId: true } });
    if (!existing) throw new ConflictError("There is no agreement to confirm yet. Write one first.");
    const agreement = await tx.agreement.update({
      where: { relationshipId: access.id },
      data: access.role === "MENTEE" ? { menteeConfirmedAt: now } : { mentorConfirmedAt: now },
      select: { menteeConfirmedAt: true, mentorConfirmedAt: true, plannedEndAt: true },
    });
    await applyConfirmedAgreement(tx, access.id, agreement);
    await recordAudit(tx, { actorId: access.user.id, action: "agreement.confirmed", entityType: "Relationship", entityId: access.id });
    return { relationshipId: access.id, confirmedByBoth: Boolean(agreement.menteeConfirmedAt && agreement.mentorConfirmedAt) };
  });
}

async function applyConfirmedAgreement(tx: Tx, relationshipId: string, agreement: { menteeConfirmedAt: Date | null; mentorConfirmedAt: Date | null; plannedEndAt: Date | null }) {
  if (agreement.menteeConfirmedAt && agreement.mentorConfirmedAt && agreement.plannedEndAt) {
    await tx.relationship.update({ where: { id: relationshipId }, data: { plannedEndAt: agreement.plannedEndAt } });
  }
}

// ───────────────────────── ending well ─────────────────────────

/**
 * Either side ends the relationship with a reason; no fault is implied. Coaching closes with an
 * outcome against its development area. Check-ins still booked are cancelled, and both people
 * are told (with a link to the feedback form) in the same transaction.
 */
export async function endRelationship(actor: Actor | null, input: EndRelationshipData, now = new Date()) {
  return db().$transaction(async (tx) => {
    const access = await lockActiveRelationship(tx, actor, input.relationshipId);
    if (access.mode === "COACHING" && (!input.coachingOutcome || input.coachingOutcome.length < 10)) {
      throw new ValidationError("Please correct the highlighted fields.", {
        coachingOutcome: ["Record the outcome for the development area (at least 10 characters)."],
      });
    }
    await tx.relationship.update({
      where: { id: access.id },
      data: {
        status: "ENDED",
        endedAt: now,
        endedById: access.user.id,
        endReason: encodeEndReason(input.reason, input.detail),
        coachingOutcome: access.mode === "COACHING" ? input.coachingOutcome : null,
      },
    });
    const booked = await tx.checkIn.findMany({ where: { relationshipId: access.id, status: "SCHEDULED" }, select: { id: true } });
    const cancelled = await tx.checkIn.updateMany({ where: { relationshipId: access.id, status: "SCHEDULED" }, data: { status: "CANCELLED" } });
    // Booked check-ins leave both calendars.
    for (const { id } of booked) await notifyCheckInCancelled(tx, id);
    await recordAudit(tx, {
      actorId: access.user.id,
      action: "relationship.ended",
      entityType: "Relationship",
      entityId: access.id,
      data: { reason: input.reason, cancelledCheckIns: cancelled.count },
    });
    await notifyRelationshipEnded(tx, access.id);
    return { relationshipId: access.id };
  });
}

/**
 * The mentee of an ended relationship asks to be matched again. The flag tells the programme lead
 * (who sees rematches first); the new request itself is made on the request form, which this
 * returns the address of, already set to the same mode.
 */
export async function requestRematch(actor: Actor | null, input: { relationshipId: string }): Promise<{ href: string; relationshipId: string }> {
  return db().$transaction(async (tx) => {
    const user = requireUser(actor);
    const rows = await tx.$queryRaw<Omit<RelationshipAccess, "user" | "role">[]>`
      SELECT "id", "menteeId", "mentorId", "mode"::text AS "mode", "status"::text AS "status", "startedAt", "plannedEndAt", "sessionsPlanned"
      FROM "Relationship" WHERE "id" = ${input.relationshipId} FOR UPDATE`;
    const access = toAccess(user, rows[0]);
    if (access.role !== "MENTEE") throw new ForbiddenError("Only the mentee or coachee can ask for a new match.");
    if (access.status !== "ENDED") throw new ConflictError("You can ask for a new match once this relationship has ended.");
    await tx.relationship.update({ where: { id: access.id }, data: { rematchRequested: true } });
    await recordAudit(tx, { actorId: user.id, action: "relationship.rematch-requested", entityType: "Relationship", entityId: access.id });
    return { href: `/requests/new?mode=${access.mode}`, relationshipId: access.id };
  });
}
