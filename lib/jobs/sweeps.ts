import "server-only";
// Reminders as sweeps: each run finds everything that is due *now* and enqueues its email under a
// key that names the occasion. A run that is late (the worker was down) still finds it; a run that
// repeats (two instances, a retry) finds the key taken and sends nothing. The email key is the
// "already reminded" marker, so no reminder is lost to downtime or doubled by a re-run.
//
// Every sweep is `sweepX(now)`: callable from tests with any `now`, and from the worker's
// schedules (lib/jobs/schedules.ts) with the current time. Local times are Europe/London.
import { db } from "@/lib/db";
import {
  notifyCheckInDue,
  notifyCheckInOverdue,
  notifyMentoringNudge,
  notifyRequestExpired,
  notifyRequestExpiring,
  notifyWeeklyDigest,
} from "@/lib/email/notifications";
import type { EnqueueResult } from "@/lib/email/outbox";
import { addDays, londonParts, startOfLondonDay } from "@/lib/email/london-time";

const DAY_MS = 86_400_000;

/** No reminders to members between 22:00 and 07:00 London time; the next run after 07:00 catches up. */
export const QUIET_HOURS = { startHour: 22, endHour: 7 } as const;

export function isQuietHour(now: Date): boolean {
  const { hour } = londonParts(now);
  return hour >= QUIET_HOURS.startHour || hour < QUIET_HOURS.endHour;
}

/** How far back the overdue sweep looks: older forgotten check-ins are left alone, not nagged about. */
export const OVERDUE_LOOKBACK_DAYS = 14;
/** A check-in counts as overdue this long after its start. */
export const OVERDUE_AFTER_HOURS = 24;

export interface SweepResult {
  /** Rows the sweep looked at. */
  considered: number;
  /** Emails written to the outbox by this run (0 when all were already sent). */
  enqueued: number;
  /** Set when the sweep did nothing on purpose (quiet hours, before Monday 08:00). */
  skipped?: string;
  /** Requests expired by this run (expiry sweep only). */
  expired?: number;
}

const countEnqueued = (results: EnqueueResult | EnqueueResult[]) => [results].flat().filter((r) => r.status === "enqueued").length;

async function settings() {
  const row = await db().programmeSettings.findUnique({ where: { id: 1 } });
  return {
    nudgeAfterDays: row?.nudgeAfterDays ?? 56,
    requestExpiryWarningDays: row?.requestExpiryWarningDays ?? 14,
  };
}

/**
 * The day-before reminder. Window: a SCHEDULED check-in in an ACTIVE relationship, starting after
 * `now` and before the end of tomorrow in London (00:00 London the day after tomorrow; 23, 24 or 25
 * hours after tomorrow's midnight, depending on clock changes). Runs hourly outside quiet hours,
 * so the reminder goes at the first run from 07:00 London on the day before, or, for a check-in
 * booked later than that, at the next run after booking. Key: check-in + start time + person, so a
 * moved check-in is reminded again and an unmoved one never twice.
 */
export async function sweepCheckInsDue(now: Date): Promise<SweepResult> {
  if (isQuietHour(now)) return { considered: 0, enqueued: 0, skipped: "quiet hours" };
  const windowEnd = startOfLondonDay(addDays(londonParts(now), 2));
  const due = await db().checkIn.findMany({
    where: { status: "SCHEDULED", scheduledAt: { gt: now, lt: windowEnd }, relationship: { status: "ACTIVE" } },
    select: { id: true },
    orderBy: { scheduledAt: "asc" },
  });
  let enqueued = 0;
  for (const { id } of due) enqueued += countEnqueued(await db().$transaction((tx) => notifyCheckInDue(tx, id)));
  return { considered: due.length, enqueued };
}

/**
 * A SCHEDULED check-in (ACTIVE relationship) that started more than 24 hours ago and was neither
 * logged (COMPLETED) nor cancelled, within the last 14 days. Hourly, outside quiet hours.
 */
export async function sweepOverdueCheckIns(now: Date): Promise<SweepResult> {
  if (isQuietHour(now)) return { considered: 0, enqueued: 0, skipped: "quiet hours" };
  const overdue = await db().checkIn.findMany({
    where: {
      status: "SCHEDULED",
      scheduledAt: { lt: new Date(now.getTime() - OVERDUE_AFTER_HOURS * 3_600_000), gte: new Date(now.getTime() - OVERDUE_LOOKBACK_DAYS * DAY_MS) },
      relationship: { status: "ACTIVE" },
    },
    select: { id: true },
  });
  let enqueued = 0;
  for (const { id } of overdue) enqueued += countEnqueued(await db().$transaction((tx) => notifyCheckInOverdue(tx, id)));
  return { considered: overdue.length, enqueued };
}

/**
 * An ACTIVE MENTORING relationship with no activity for ProgrammeSettings.nudgeAfterDays. One nudge
 * per quiet spell: the key holds the date of the last activity. Records Relationship.nudgedAt.
 */
export async function sweepMentoringNudges(now: Date): Promise<SweepResult> {
  if (isQuietHour(now)) return { considered: 0, enqueued: 0, skipped: "quiet hours" };
  const { nudgeAfterDays } = await settings();
  const quiet = await db().relationship.findMany({
    where: { status: "ACTIVE", mode: "MENTORING", lastActivityAt: { lt: new Date(now.getTime() - nudgeAfterDays * DAY_MS) } },
    select: { id: true },
  });
  let enqueued = 0;
  for (const { id } of quiet) {
    enqueued += await db().$transaction(async (tx) => {
      const sent = countEnqueued(await notifyMentoringNudge(tx, id));
      if (sent > 0) await tx.relationship.update({ where: { id }, data: { nudgedAt: now } });
      return sent;
    });
  }
  return { considered: quiet.length, enqueued };
}

/**
 * An OPEN request whose expiresAt is within ProgrammeSettings.requestExpiryWarningDays (and still
 * ahead). One warning per expiry date; records MentoringRequest.expiryWarnedAt.
 */
export async function sweepExpiringRequests(now: Date): Promise<SweepResult> {
  if (isQuietHour(now)) return { considered: 0, enqueued: 0, skipped: "quiet hours" };
  const { requestExpiryWarningDays } = await settings();
  const expiring = await db().mentoringRequest.findMany({
    where: { status: "OPEN", expiresAt: { gt: now, lte: new Date(now.getTime() + requestExpiryWarningDays * DAY_MS) } },
    select: { id: true },
  });
  let enqueued = 0;
  for (const { id } of expiring) {
    enqueued += await db().$transaction(async (tx) => {
      const sent = countEnqueued(await notifyRequestExpiring(tx, id));
      if (sent > 0) await tx.mentoringRequest.update({ where: { id }, data: { expiryWarnedAt: now } });
      return sent;
    });
  }
  return { considered: expiring.length, enqueued };
}

/** The RequestEvent.kind this sweep writes. */
export const REQUEST_EXPIRED_EVENT = "expired";

/**
 * Closes OPEN requests whose expiresAt has passed: status EXPIRED, closedAt, a RequestEvent and
 * the email, in one transaction per request. Any hour (a stale OPEN request must not be matched);
 * the email waits in the outbox like any other.
 */
export async function sweepExpiredRequests(now: Date): Promise<SweepResult> {
  // A request whose mentor is considering a proposal is in progress: it waits for the answer.
  const due = { status: "OPEN", expiresAt: { lte: now }, proposals: { none: { status: "AWAITING_MENTOR" } } } as const;
  const expired = await db().mentoringRequest.findMany({ where: due, select: { id: true } });
  let enqueued = 0;
  let closed = 0;
  for (const { id } of expired) {
    await db().$transaction(async (tx) => {
      // Conditional update: if the mentee withdrew or was matched meanwhile, nothing happens.
      const { count } = await tx.mentoringRequest.updateMany({ where: { id, ...due }, data: { status: "EXPIRED", closedAt: now } });
      if (count === 0) return;
      closed++;
      await tx.proposal.updateMany({ where: { requestId: id, status: "PROPOSED" }, data: { status: "WITHDRAWN", rejectReason: "The request expired" } });
      await tx.requestEvent.create({ data: { requestId: id, at: now, kind: REQUEST_EXPIRED_EVENT, detail: "No match was found before the request expired." } });
      enqueued += countEnqueued(await notifyRequestExpired(tx, id));
    });
  }
  return { considered: expired.length, enqueued, expired: closed };
}

/**
 * The programme leads' digest, one per ISO week (London), from Monday 08:00 London. Hourly: if the
 * worker was down at 08:00 on Monday, the first run after that sends it; later runs find the key.
 */
export async function sweepWeeklyDigest(now: Date): Promise<SweepResult> {
  const local = londonParts(now);
  if (local.weekday === 1 && local.hour < 8) return { considered: 0, enqueued: 0, skipped: "before Monday 08:00" };
  if (isQuietHour(now)) return { considered: 0, enqueued: 0, skipped: "quiet hours" };
  const admins = await db().user.findMany({ where: { role: "ADMIN", disabledAt: null }, select: { id: true } });
  let enqueued = 0;
  for (const { id } of admins) enqueued += countEnqueued(await db().$transaction((tx) => notifyWeeklyDigest(tx, id, now)));
  return { considered: admins.length, enqueued };
}
