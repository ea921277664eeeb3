import "server-only";
import { recordAudit } from "@/lib/audit";
import { requireUser, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { buildCalendar } from "@/lib/email/ics";
import { appLink, EMAIL_PATHS } from "@/lib/email/links";
import { londonDateKey } from "@/lib/email/london-time";
import { notifyCheckInCancelled, notifyCheckInScheduled } from "@/lib/email/notifications";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDate } from "@/lib/format";
import { getProgrammeSettings } from "@/lib/data/settings";
import type { GoalStatus } from "@/lib/validation/goals";
import type { LogCheckInData, RescheduleCheckInData, ScheduleCheckInData } from "@/lib/validation/check-ins";
import { londonDateInput, londonInstantFrom } from "@/lib/validation/relationships";
import { applyGoalUpdates } from "./goals";
import { noteSelect, toNote, visibleNotesWhere, writeNote, type NoteDto } from "./notes";
import { coachingPlanOf, findRelationshipForParticipant, lockActiveRelationship, NOT_FOUND_MESSAGE, type RelationshipAccess } from "./relationships";

// Check-ins: coaching books a fixed number of sessions in advance and logs each one; mentoring
// logs check-ins as and when (and may book one too). Every change locks the relationship row, so
// the agreed number of coaching sessions holds even when both people book at the same moment.

type Tx = Prisma.TransactionClient;
export type CheckInStatus = "SCHEDULED" | "COMPLETED" | "CANCELLED";
export type MeetingMode = "ONLINE" | "IN_PERSON" | "EITHER";

export interface CheckInDto {
  id: string;
  status: CheckInStatus;
  sessionNumber: number | null;
  scheduledAt: Date | null;
  occurredAt: Date | null;
  durationMinutes: number | null;
  meetingMode: MeetingMode;
  summary: string | null;
  createdByMe: boolean;
  /** The caller's own notes on this check-in and the partner's shared ones. */
  notes: NoteDto[];
  goalUpdates: { goalId: string; goalTitle: string; progress: number; status: GoalStatus }[];
}

function checkInSelect(userId: string, relationshipId: string) {
  return {
    id: true,
    status: true,
    sessionNumber: true,
    scheduledAt: true,
    occurredAt: true,
    durationMinutes: true,
    meetingMode: true,
    summary: true,
    createdById: true,
    notes: { where: visibleNotesWhere(userId, relationshipId), orderBy: { createdAt: "asc" }, select: noteSelect },
    goalUpdates: { orderBy: { createdAt: "asc" }, select: { progress: true, status: true, goal: { select: { id: true, title: true } } } },
  } satisfies Prisma.CheckInSelect;
}

type CheckInRow = Prisma.CheckInGetPayload<{ select: ReturnType<typeof checkInSelect> }>;

function toCheckIn(userId: string, row: CheckInRow): CheckInDto {
  return {
    id: row.id,
    status: row.status,
    sessionNumber: row.sessionNumber,
    scheduledAt: row.scheduledAt,
    occurredAt: row.occurredAt,
    durationMinutes: row.durationMinutes,
    meetingMode: row.meetingMode,
    summary: row.summary,
    createdByMe: row.createdById === userId,
    notes: row.notes.map((note) => toNote(userId, note)),
    goalUpdates: row.goalUpdates.map((u) => ({ goalId: u.goal.id, goalTitle: u.goal.title, progress: u.progress, status: u.status })),
  };
}

const when = (c: { occurredAt: Date | null; scheduledAt: Date | null }) => (c.occurredAt ?? c.scheduledAt)?.getTime() ?? 0;

/** Every check-in of the pair, most recent first (booked ones by their booked time). */
export async function listCheckIns(actor: Actor | null, relationshipId: string): Promise<CheckInDto[]> {
  const access = await findRelationshipForParticipant(actor, relationshipId);
  const rows = await db().checkIn.findMany({ where: { relationshipId: access.id }, orderBy: { createdAt: "asc" }, select: checkInSelect(access.user.id, access.id) });
  return rows.map((row) => toCheckIn(access.user.id, row)).sort((a, b) => when(b) - when(a));
}

export async function getCheckIn(actor: Actor | null, input: { relationshipId: string; checkInId: string }): Promise<CheckInDto> {
  const access = await findRelationshipForParticipant(actor, input.relationshipId);
  const row = await db().checkIn.findFirst({ where: { id: input.checkInId, relationshipId: access.id }, select: checkInSelect(access.user.id, access.id) });
  if (!row) throw new NotFoundError(NOT_FOUND_MESSAGE);
  return toCheckIn(access.user.id, row);
}

// ───────────────────────── booking ─────────────────────────

function instantOrThrow(date: string, time: string): Date {
  const instant = londonInstantFrom(date, time);
  if (!instant) throw new ValidationError("Please correct the highlighted fields.", { time: ["That time does not exist in the UK: the clocks go forward an hour that night. Choose another time."] });
  return instant;
}

function futureOrThrow(date: string, time: string, now: Date): Date {
  const instant = instantOrThrow(date, time);
  if (instant.getTime() <= now.getTime()) throw new ValidationError("Please correct the highlighted fields.", { date: ["Choose a date and time in the future."] });
  return instant;
}

/** Coaching's plan, written to the row the first time it is used, so it never moves afterwards. */
async function fixCoachingPlan(tx: Tx, access: RelationshipAccess) {
  const plan = coachingPlanOf(access, await getProgrammeSettings());
  if (access.sessionsPlanned === null || access.plannedEndAt === null) {
    await tx.relationship.update({ where: { id: access.id }, data: { sessionsPlanned: plan.sessionsPlanned, plannedEndAt: plan.plannedEndAt } });
  }
  return plan;
}

function withinPlanOrThrow(plan: { plannedEndAt: Date }, instant: Date) {
  if (instant.getTime() > plan.plannedEndAt.getTime()) {
    throw new ValidationError("Please correct the highlighted fields.", {
      date: [`That is after the coaching's planned end on ${formatDate(plan.plannedEndAt)}. Choose an earlier date, or agree a later end in your agreement first.`],
    });
  }
}

const countSessions = (tx: Tx, relationshipId: string) => tx.checkIn.count({ where: { relationshipId, status: { in: ["SCHEDULED", "COMPLETED"] } } });

function sessionsUsedMessage(planned: number) {
  return `All ${planned} agreed coaching sessions are already booked or held, so no more can be added. Cancel a booked session first, or close the coaching with its outcome.`;
}

/**
 * Coaching sessions are numbered 1…n in the order they happen (held ones by when they happened,
 * booked ones by their booked time); cancelled ones lose their number.
 */
async function renumberSessions(tx: Tx, relationshipId: string) {
  const rows = await tx.checkIn.findMany({
    where: { relationshipId },
    orderBy: { createdAt: "asc" },
    select: { id: true, status: true, sessionNumber: true, scheduledAt: true, occurredAt: true },
  });
  const live = rows.filter((r) => r.status !== "CANCELLED").sort((a, b) => when(a) - when(b));
  for (const [index, row] of live.entries()) {
    if (row.sessionNumber !== index + 1) await tx.checkIn.update({ where: { id: row.id }, data: { sessionNumber: index + 1 } });
  }
  for (const row of rows.filter((r) => r.status === "CANCELLED" && r.sessionNumber !== null)) {
    await tx.checkIn.update({ where: { id: row.id }, data: { sessionNumber: null } });
  }
}

/**
 * Books a check-in. Coaching refuses a booking beyond the agreed number of sessions or after the
 * planned end. Both people get the "check-in booked" email with the calendar file, written to the
 * outbox in the same transaction.
 */
export async function scheduleCheckIn(actor: Actor | null, input: ScheduleCheckInData, now = new Date()): Promise<{ id: string; sessionNumber: number | null; relationshipId: string }> {
  const scheduledAt = futureOrThrow(input.date, input.time, now);
  return db().$transaction(async (tx) => {
    const access = await lockActiveRelationship(tx, actor, input.relationshipId);
    if (access.mode === "COACHING") {
      const plan = await fixCoachingPlan(tx, access);
      if ((await countSessions(tx, access.id)) >= plan.sessionsPlanned) throw new ConflictError(sessionsUsedMessage(plan.sessionsPlanned));
      withinPlanOrThrow(plan, scheduledAt);
    }
    const checkIn = await tx.checkIn.create({
      data: {
        relationshipId: access.id,
        createdById: access.user.id,
        status: "SCHEDULED",
        scheduledAt,
        durationMinutes: input.durationMinutes,
        meetingMode: input.meetingMode,
      },
      select: { id: true },
    });
    if (access.mode === "COACHING") await renumberSessions(tx, access.id);
    const { sessionNumber } = await tx.checkIn.findUniqueOrThrow({ where: { id: checkIn.id }, select: { sessionNumber: true } });
    await recordAudit(tx, { actorId: access.user.id, action: "check-in.scheduled", entityType: "CheckIn", entityId: checkIn.id, data: { relationshipId: access.id, sessionNumber } });
    await notifyCheckInScheduled(tx, checkIn.id);
    return { id: checkIn.id, sessionNumber, relationshipId: access.id };
  });
}

/** A booked check-in of a relationship the caller may change (active, and theirs). */
async function lockBookedCheckIn(tx: Tx, actor: Actor | null, checkInId: string) {
  const user = requireUser(actor);
  const found = await tx.checkIn.findUnique({ where: { id: checkInId }, select: { relationshipId: true } });
  if (!found) throw new NotFoundError(NOT_FOUND_MESSAGE);
  const access = await lockActiveRelationship(tx, user, found.relationshipId);
  const checkIn = await tx.checkIn.findUniqueOrThrow({ where: { id: checkInId }, select: { id: true, status: true } });
  if (checkIn.status !== "SCHEDULED") throw new ConflictError(checkIn.status === "COMPLETED" ? "This check-in has already been logged." : "This check-in was cancelled.");
  return { access, checkIn };
}

/** Moves a booked check-in. The new invitation updates the same calendar entry (same UID). */
export async function rescheduleCheckIn(actor: Actor | null, input: RescheduleCheckInData, now = new Date()): Promise<{ id: string; relationshipId: string }> {
  const scheduledAt = futureOrThrow(input.date, input.time, now);
  return db().$transaction(async (tx) => {
    const { access, checkIn } = await lockBookedCheckIn(tx, actor, input.checkInId);
    if (access.mode === "COACHING") withinPlanOrThrow(await fixCoachingPlan(tx, access), scheduledAt);
    await tx.checkIn.update({ where: { id: checkIn.id }, data: { scheduledAt, durationMinutes: input.durationMinutes, meetingMode: input.meetingMode } });
    if (access.mode === "COACHING") await renumberSessions(tx, access.id);
    await recordAudit(tx, { actorId: access.user.id, action: "check-in.rescheduled", entityType: "CheckIn", entityId: checkIn.id, data: { relationshipId: access.id } });
    await notifyCheckInScheduled(tx, checkIn.id);
    return { id: checkIn.id, relationshipId: access.id };
  });
}

/** Cancels a booked check-in; a cancelled coaching session frees its place. */
export async function cancelCheckIn(actor: Actor | null, input: { checkInId: string }): Promise<{ relationshipId: string }> {
  return db().$transaction(async (tx) => {
    const { access, checkIn } = await lockBookedCheckIn(tx, actor, input.checkInId);
    await tx.checkIn.update({ where: { id: checkIn.id }, data: { status: "CANCELLED" } });
    await notifyCheckInCancelled(tx, checkIn.id);
    if (access.mode === "COACHING") await renumberSessions(tx, access.id);
    await recordAudit(tx, { actorId: access.user.id, action: "check-in.cancelled", entityType: "CheckIn", entityId: checkIn.id, data: { relationshipId: access.id } });
    return { relationshipId: access.id };
  });
}

// ───────────────────────── logging ─────────────────────────

/**
 * Logs a check-in that happened: either a booked one (checkInId) or one held as and when. The
 * mentee may record progress on their goals with it; either may add a note, private or shared.
 * The relationship's lastActivityAt moves to when they met (never backwards), which is what the
 * nudge sweep and the lead's stalled view read.
 */
export async function logCheckIn(actor: Actor | null, input: LogCheckInData, now = new Date()): Promise<{ id: string; sessionNumber: number | null; relationshipId: string }> {
  const occurredAt = instantOrThrow(input.date, input.time);
  if (occurredAt.getTime() > now.getTime()) {
    throw new ValidationError("Please correct the highlighted fields.", { date: ["You can log a check-in once it has happened: choose a time that has passed."] });
  }
  return db().$transaction(async (tx) => {
    const access = await lockActiveRelationship(tx, actor, input.relationshipId);
    if (input.date < londonDateInput(access.startedAt)) {
      throw new ValidationError("Please correct the highlighted fields.", { date: [`Your relationship started on ${formatDate(access.startedAt)}: choose a date from then onwards.`] });
    }
    const fields = { status: "COMPLETED" as const, occurredAt, durationMinutes: input.durationMinutes, meetingMode: input.meetingMode, summary: input.summary };
    let checkInId: string;
    if (input.checkInId) {
      const booked = await tx.checkIn.findFirst({ where: { id: input.checkInId, relationshipId: access.id }, select: { id: true, status: true } });
      if (!booked) throw new NotFoundError(NOT_FOUND_MESSAGE);
      if (booked.status !== "SCHEDULED") throw new ConflictError(booked.status === "COMPLETED" ? "This check-in has already been logged." : "This check-in was cancelled.");
      await tx.checkIn.update({ where: { id: booked.id }, data: fields });
      checkInId = booked.id;
    } else {
      if (access.mode === "COACHING") {
        const plan = await fixCoachingPlan(tx, access);
        if ((await countSessions(tx, access.id)) >= plan.sessionsPlanned) {
          throw new ConflictError(`${sessionsUsedMessage(plan.sessionsPlanned)} If this was a booked session, log it from its booking.`);
        }
      }
      checkInId = (await tx.checkIn.create({ data: { relationshipId: access.id, createdById: access.user.id, ...fields }, select: { id: true } })).id;
    }
    if (access.mode === "COACHING") await renumberSessions(tx, access.id);
    const goalsMoved = await applyGoalUpdates(tx, access, checkInId, input.goalUpdates);
    if (input.note) await writeNote(tx, { relationshipId: access.id, authorId: access.user.id, checkInId, body: input.note, visibility: input.noteVisibility });
    await tx.$executeRaw`UPDATE "Relationship" SET "lastActivityAt" = GREATEST("lastActivityAt", ${occurredAt}) WHERE "id" = ${access.id}`;
    const { sessionNumber } = await tx.checkIn.findUniqueOrThrow({ where: { id: checkInId }, select: { sessionNumber: true } });
    await recordAudit(tx, { actorId: access.user.id, action: "check-in.logged", entityType: "CheckIn", entityId: checkInId, data: { relationshipId: access.id, goalsMoved } });
    return { id: checkInId, sessionNumber, relationshipId: access.id };
  });
}

// ───────────────────────── calendar file ─────────────────────────

// The same UID and SEQUENCE rule as the "check-in booked" email (lib/email/notifications.ts), so a
// downloaded file and an emailed one are the same calendar entry and the newest wins.
const SEQUENCE_EPOCH = Date.UTC(2025, 0, 1);

/** The .ics file of a booked check-in, for one of the pair. Cancelled ones download as cancelled. */
export async function getCheckInCalendar(actor: Actor | null, input: { relationshipId: string; checkInId: string }): Promise<{ filename: string; content: string }> {
  const access = await findRelationshipForParticipant(actor, input.relationshipId);
  const row = await db().checkIn.findFirst({
    where: { id: input.checkInId, relationshipId: access.id, scheduledAt: { not: null } },
    select: {
      id: true,
      status: true,
      scheduledAt: true,
      durationMinutes: true,
      meetingMode: true,
      sessionNumber: true,
      updatedAt: true,
      relationship: { select: { mentee: { select: { name: true } }, mentor: { select: { name: true } } } },
    },
  });
  if (!row || !row.scheduledAt) throw new NotFoundError(NOT_FOUND_MESSAGE);
  const { NEXTAUTH_URL } = env();
  const host = new URL(NEXTAUTH_URL).hostname || "localhost";
  const page = appLink(NEXTAUTH_URL, EMAIL_PATHS.relationship(access.id));
  const activity = access.mode === "COACHING" ? "Coaching" : "Mentoring";
  const otherName = (access.role === "MENTEE" ? row.relationship.mentor.name : row.relationship.mentee.name) ?? `your ${activity.toLowerCase()} partner`;
  const title = row.sessionNumber ? `${activity} session ${row.sessionNumber}` : `${activity} check-in`;
  const summary = `${title} with ${otherName}`;
  const content = buildCalendar({
    uid: `check-in-${row.id}@${host}`,
    sequence: Math.max(0, Math.floor((row.updatedAt.getTime() - SEQUENCE_EPOCH) / 1000)),
    stamp: row.updatedAt,
    start: row.scheduledAt,
    end: new Date(row.scheduledAt.getTime() + (row.durationMinutes ?? 60) * 60_000),
    summary,
    description: `${summary}. Goals, notes and the record of your check-ins: ${page}`,
    location: row.meetingMode === "IN_PERSON" ? "In person" : "Online",
    url: page,
    status: row.status === "CANCELLED" ? "CANCELLED" : "CONFIRMED",
  });
  return { filename: `check-in-${londonDateKey(row.scheduledAt)}.ics`, content };
}
