// The reminder sweeps, called with chosen `now`s: windows in London local days across both clock
// changes, quiet hours, catching up after the scheduler was down, and never reminding twice.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { EMAIL_KINDS } from "@/lib/email/kinds";
import {
  REQUEST_EXPIRED_EVENT,
  sweepCheckInsDue,
  sweepExpiredRequests,
  sweepExpiringRequests,
  sweepMentoringNudges,
  sweepOverdueCheckIns,
  sweepWeeklyDigest,
} from "@/lib/jobs/sweeps";
import { createAdmin, createMember, createRequest } from "../../factories";
import { createCheckIn, createPair } from "../../factories/email";
import { setEnv } from "./support/env";

// These tests only read the outbox; no SMTP needed. A fixed public URL keeps Message-IDs stable.
const restore = setEnv({ NEXTAUTH_URL: "https://mentoring.test.example" });
afterAll(restore);

const at = (iso: string) => new Date(iso);
const DAY = 86_400_000;

async function emails(kind: string) {
  return db().emailMessage.findMany({ where: { kind }, select: { key: true, userId: true, subject: true }, orderBy: { key: "asc" } });
}

/** The check-ins (by id) that have a reminder in the outbox. */
async function remindedCheckIns(kind: string) {
  return [...new Set((await emails(kind)).map((e) => e.key.split(":")[1]))].sort();
}

describe("check-in due tomorrow", () => {
  it("uses London days across the spring clock change: the window ends at Monday 00:00 BST, not UTC", async () => {
    const { mentee, relationship } = await createPair();
    const make = (iso: string, overrides = {}) => createCheckIn(relationship.id, mentee.id, { scheduledAt: at(iso), ...overrides });
    const sundayMorning = await make("2026-03-29T09:00:00Z"); // Sun 10:00 BST
    const sundayLate = await make("2026-03-29T22:30:00Z"); // Sun 23:30 BST
    await make("2026-03-29T23:30:00Z"); // Mon 00:30 BST: the day after tomorrow, though still Sunday in UTC
    await make("2026-03-28T06:00:00Z"); // already past
    await make("2026-03-29T10:00:00Z", { status: "CANCELLED" });

    const result = await sweepCheckInsDue(at("2026-03-28T07:30:00Z")); // Sat 07:30 GMT
    expect(result).toMatchObject({ considered: 2, enqueued: 4 });
    expect(await remindedCheckIns(EMAIL_KINDS.checkInDue)).toEqual([sundayMorning.id, sundayLate.id].sort());
  });

  it("uses London days across the autumn clock change: the window ends at Monday 00:00 GMT", async () => {
    const { mentee, relationship } = await createPair();
    const sundayLate = await createCheckIn(relationship.id, mentee.id, { scheduledAt: at("2026-10-25T23:30:00Z") }); // Sun 23:30 GMT
    await createCheckIn(relationship.id, mentee.id, { scheduledAt: at("2026-10-26T00:30:00Z") }); // Mon 00:30 GMT
    const result = await sweepCheckInsDue(at("2026-10-24T07:00:00Z")); // Sat 08:00 BST
    expect(result.considered).toBe(1);
    expect(await remindedCheckIns(EMAIL_KINDS.checkInDue)).toEqual([sundayLate.id]);
  });

  it("keeps quiet before 07:00 London time, which is 06:00 UTC in summer and 07:00 UTC in winter", async () => {
    const { mentee, relationship } = await createPair();
    await createCheckIn(relationship.id, mentee.id, { scheduledAt: at("2026-03-30T12:00:00Z") });
    expect(await sweepCheckInsDue(at("2026-03-28T06:30:00Z"))).toMatchObject({ skipped: "quiet hours", enqueued: 0 }); // 06:30 GMT
    expect(await sweepCheckInsDue(at("2026-10-25T06:30:00Z"))).toMatchObject({ skipped: "quiet hours" }); // 06:30 GMT, clocks went back
    expect(await sweepCheckInsDue(at("2026-03-29T21:30:00Z"))).toMatchObject({ skipped: "quiet hours" }); // 22:30 BST
    const summerMorning = await sweepCheckInsDue(at("2026-03-29T06:30:00Z")); // 07:30 BST, the day before
    expect(summerMorning).toMatchObject({ considered: 1, enqueued: 2 });
    expect(summerMorning.skipped).toBeUndefined();
  });

  it("catches up after the scheduler was down across the reminder time: exactly one reminder, however often it runs", async () => {
    const { mentee, mentor, relationship } = await createPair();
    const checkIn = await createCheckIn(relationship.id, mentee.id, { scheduledAt: at("2026-03-31T09:00:00Z") }); // Tue 10:00 BST
    // The reminder would normally go at the 07:05 run on Monday; the worker was down until 15:00.
    expect(await sweepCheckInsDue(at("2026-03-30T14:00:00Z"))).toMatchObject({ enqueued: 2 });
    expect(await sweepCheckInsDue(at("2026-03-30T15:00:00Z"))).toMatchObject({ considered: 1, enqueued: 0 });
    expect(await sweepCheckInsDue(at("2026-03-31T07:00:00Z"))).toMatchObject({ considered: 1, enqueued: 0 });
    const sent = await emails(EMAIL_KINDS.checkInDue);
    expect(sent.map((e) => e.userId).sort()).toEqual([mentee.id, mentor.id].sort());
    expect(sent[0].subject).toContain("Tuesday 31 March 2026 at 10:00 (UK time)");

    // Moved to Thursday: a new occasion, so one new reminder each when it comes round.
    await db().checkIn.update({ where: { id: checkIn.id }, data: { scheduledAt: at("2026-04-02T09:00:00Z") } });
    expect(await sweepCheckInsDue(at("2026-03-31T10:00:00Z"))).toMatchObject({ enqueued: 0 }); // Thursday is not tomorrow yet
    expect(await sweepCheckInsDue(at("2026-04-01T07:00:00Z"))).toMatchObject({ enqueued: 2 });
    expect(await sweepCheckInsDue(at("2026-04-01T08:00:00Z"))).toMatchObject({ enqueued: 0 });
    expect(await emails(EMAIL_KINDS.checkInDue)).toHaveLength(4);
  });

  it("leaves out ended relationships", async () => {
    const { mentee, relationship } = await createPair({ relationship: { status: "ENDED", endedAt: at("2026-03-01T00:00:00Z") } });
    await createCheckIn(relationship.id, mentee.id, { scheduledAt: at("2026-03-31T09:00:00Z") });
    expect(await sweepCheckInsDue(at("2026-03-30T09:00:00Z"))).toMatchObject({ considered: 0, enqueued: 0 });
  });
});

describe("check-in overdue", () => {
  it("prompts once for a check-in more than 24 hours past and still SCHEDULED, within the last 14 days", async () => {
    const now = at("2026-05-20T09:00:00Z");
    const { mentee, relationship } = await createPair();
    const overdue = await createCheckIn(relationship.id, mentee.id, { scheduledAt: new Date(now.getTime() - 25 * 3_600_000) });
    const notYet = await createCheckIn(relationship.id, mentee.id, { scheduledAt: new Date(now.getTime() - 12 * 3_600_000) });
    await createCheckIn(relationship.id, mentee.id, { scheduledAt: new Date(now.getTime() - 3 * DAY), status: "COMPLETED", occurredAt: new Date(now.getTime() - 3 * DAY) });
    await createCheckIn(relationship.id, mentee.id, { scheduledAt: new Date(now.getTime() - 20 * DAY) });
    expect(await sweepOverdueCheckIns(now)).toMatchObject({ considered: 1, enqueued: 2 });
    expect(await remindedCheckIns(EMAIL_KINDS.checkInOverdue)).toEqual([overdue.id]);
    expect(await sweepOverdueCheckIns(new Date(now.getTime() + 3_600_000))).toMatchObject({ considered: 1, enqueued: 0 });
    // Logged at last: no longer considered.
    await db().checkIn.update({ where: { id: overdue.id }, data: { status: "COMPLETED", occurredAt: now } });
    expect(await sweepOverdueCheckIns(new Date(now.getTime() + 2 * 3_600_000))).toMatchObject({ considered: 0 });
    expect(await emails(EMAIL_KINDS.checkInOverdue)).toHaveLength(2);
    // The other one becomes overdue in its turn.
    expect(await sweepOverdueCheckIns(new Date(now.getTime() + 24 * 3_600_000))).toMatchObject({ considered: 1, enqueued: 2 });
    expect(await remindedCheckIns(EMAIL_KINDS.checkInOverdue)).toEqual([overdue.id, notYet.id].sort());
  });
});

describe("mentoring nudge", () => {
  it("nudges a quiet mentoring pair once per quiet spell, and again after a new one", async () => {
    const now = at("2026-06-10T09:00:00Z");
    const quiet = await createPair({ relationship: { lastActivityAt: new Date(now.getTime() - 60 * DAY) } });
    await createPair({ relationship: { lastActivityAt: new Date(now.getTime() - 30 * DAY) } });
    await createPair({ relationship: { mode: "COACHING", lastActivityAt: new Date(now.getTime() - 90 * DAY) } });
    await createPair({ relationship: { status: "ENDED", lastActivityAt: new Date(now.getTime() - 90 * DAY) } });

    expect(await sweepMentoringNudges(now)).toMatchObject({ considered: 1, enqueued: 2 });
    expect(await db().relationship.findUniqueOrThrow({ where: { id: quiet.relationship.id } })).toMatchObject({ nudgedAt: now });
    expect(await sweepMentoringNudges(new Date(now.getTime() + DAY))).toMatchObject({ considered: 1, enqueued: 0 });
    expect((await emails(EMAIL_KINDS.mentoringNudge)).map((e) => e.userId).sort()).toEqual([quiet.mentee.id, quiet.mentor.id].sort());
  });

  it("nudges again after a new quiet spell, never twice for the same one", async () => {
    const now = at("2026-06-10T09:00:00Z");
    const { relationship } = await createPair({ relationship: { lastActivityAt: new Date(now.getTime() - 60 * DAY) } });
    expect(await sweepMentoringNudges(now)).toMatchObject({ enqueued: 2 });
    // They met, then went quiet again: a new spell, a new nudge 56 days (the setting) later.
    const met = new Date(now.getTime() + 2 * DAY);
    await db().relationship.update({ where: { id: relationship.id }, data: { lastActivityAt: met } });
    expect(await sweepMentoringNudges(new Date(met.getTime() + 55 * DAY))).toMatchObject({ considered: 0 });
    expect(await sweepMentoringNudges(new Date(met.getTime() + 57 * DAY))).toMatchObject({ considered: 1, enqueued: 2 });
    expect(await sweepMentoringNudges(new Date(met.getTime() + 58 * DAY))).toMatchObject({ considered: 1, enqueued: 0 });
    expect(await emails(EMAIL_KINDS.mentoringNudge)).toHaveLength(4);
  });

  it("follows ProgrammeSettings.nudgeAfterDays", async () => {
    const now = at("2026-06-10T09:00:00Z");
    await createPair({ relationship: { lastActivityAt: new Date(now.getTime() - 30 * DAY) } });
    expect(await sweepMentoringNudges(now)).toMatchObject({ considered: 0 });
    await db().programmeSettings.update({ where: { id: 1 }, data: { nudgeAfterDays: 28 } });
    expect(await sweepMentoringNudges(now)).toMatchObject({ considered: 1, enqueued: 2 });
  });
});

describe("requests", () => {
  it("warns once before a request expires, within requestExpiryWarningDays, and again if the expiry moves", async () => {
    const now = at("2026-06-10T09:00:00Z");
    const mentee = await createMember();
    const soon = await createRequest(mentee.id, { expiresAt: new Date(now.getTime() + 10 * DAY) });
    await createRequest((await createMember()).id, { expiresAt: new Date(now.getTime() + 20 * DAY) });
    await createRequest((await createMember()).id, { expiresAt: new Date(now.getTime() + 5 * DAY), status: "MATCHED" });
    expect(await sweepExpiringRequests(now)).toMatchObject({ considered: 1, enqueued: 1 });
    expect(await db().mentoringRequest.findUniqueOrThrow({ where: { id: soon.id } })).toMatchObject({ expiryWarnedAt: now });
    expect(await sweepExpiringRequests(new Date(now.getTime() + DAY))).toMatchObject({ considered: 1, enqueued: 0 });
    await db().mentoringRequest.update({ where: { id: soon.id }, data: { expiresAt: new Date(now.getTime() + 12 * DAY) } });
    expect(await sweepExpiringRequests(new Date(now.getTime() + 2 * DAY))).toMatchObject({ enqueued: 1 });
    expect((await emails(EMAIL_KINDS.requestExpiring)).map((e) => e.userId)).toEqual([mentee.id, mentee.id]);
  });

  it("expires OPEN requests past their date: status, closedAt, one event and one email, once", async () => {
    const now = at("2026-06-10T09:00:00Z");
    const mentee = await createMember();
    const past = await createRequest(mentee.id, { expiresAt: new Date(now.getTime() - 60_000) });
    const withdrawn = await createRequest((await createMember()).id, { expiresAt: new Date(now.getTime() - DAY), status: "WITHDRAWN" });
    const future = await createRequest((await createMember()).id, { expiresAt: new Date(now.getTime() + DAY) });

    expect(await sweepExpiredRequests(now)).toMatchObject({ considered: 1, expired: 1, enqueued: 1 });
    expect(await db().mentoringRequest.findUniqueOrThrow({ where: { id: past.id } })).toMatchObject({ status: "EXPIRED", closedAt: now });
    expect(await db().requestEvent.findMany({ where: { requestId: past.id } })).toEqual([expect.objectContaining({ kind: REQUEST_EXPIRED_EVENT, at: now })]);
    expect((await emails(EMAIL_KINDS.requestExpired)).map((e) => e.userId)).toEqual([mentee.id]);

    expect(await sweepExpiredRequests(new Date(now.getTime() + 3_600_000))).toMatchObject({ considered: 0, expired: 0 });
    expect(await db().requestEvent.count()).toBe(1);
    expect(await db().mentoringRequest.findUniqueOrThrow({ where: { id: withdrawn.id } })).toMatchObject({ status: "WITHDRAWN", closedAt: null });
    expect(await db().mentoringRequest.findUniqueOrThrow({ where: { id: future.id } })).toMatchObject({ status: "OPEN" });
  });
});

describe("weekly digest", () => {
  it("goes to each enabled lead from Monday 08:00 London, once per ISO week, catching up if the worker was down", async () => {
    const lead = await createAdmin();
    await createAdmin({ disabledAt: at("2026-01-01T00:00:00Z") });
    await createMember();

    expect(await sweepWeeklyDigest(at("2026-03-30T06:59:00Z"))).toMatchObject({ skipped: "before Monday 08:00" }); // Mon 07:59 BST
    expect(await sweepWeeklyDigest(at("2026-03-30T07:00:00Z"))).toMatchObject({ considered: 1, enqueued: 1 }); // Mon 08:00 BST
    expect(await sweepWeeklyDigest(at("2026-03-30T11:00:00Z"))).toMatchObject({ enqueued: 0 });
    expect(await sweepWeeklyDigest(at("2026-04-02T11:00:00Z"))).toMatchObject({ enqueued: 0 }); // Thursday, same week
    // Down all Monday of the next week: the first run on Tuesday sends week 15's digest.
    expect(await sweepWeeklyDigest(at("2026-04-07T09:00:00Z"))).toMatchObject({ enqueued: 1 });
    const digests = await emails(EMAIL_KINDS.weeklyDigest);
    expect(digests.map((d) => d.key)).toEqual([`weekly-digest:2026-W14:${lead.id}`, `weekly-digest:2026-W15:${lead.id}`]);
    expect(digests[1].subject).toContain("week of Monday 6 April 2026");
  });

  it("reads 08:00 as London time after the clocks go back (08:00 GMT = 08:00 UTC)", async () => {
    await createAdmin();
    expect(await sweepWeeklyDigest(at("2026-10-26T07:30:00Z"))).toMatchObject({ skipped: "before Monday 08:00" }); // 07:30 GMT
    expect(await sweepWeeklyDigest(at("2026-10-26T08:00:00Z"))).toMatchObject({ enqueued: 1 });
    expect((await emails(EMAIL_KINDS.weeklyDigest))[0].key).toMatch(/^weekly-digest:2026-W44:/);
  });
});
