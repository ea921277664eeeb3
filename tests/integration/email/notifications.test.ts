// Every notification kind, enqueued by the functions domain code calls, delivered by the worker's
// delivery code to a real SMTP server, and read back from the raw message as a mail client would.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { EMAIL_KINDS, isEssentialKind, type EmailKind } from "@/lib/email/kinds";
import {
  notifyCheckInDue,
  notifyCheckInOverdue,
  notifyCheckInCancelled,
  notifyCheckInScheduled,
  notifyMatchConfirmed,
  notifyMentoringNudge,
  notifyProposalsToMentors,
  notifyRelationshipEnded,
  notifyRequestExpired,
  notifyRequestExpiring,
  notifyRequestReceived,
  notifyWeeklyDigest,
} from "@/lib/email/notifications";
import type { EnqueueResult } from "@/lib/email/outbox";
import { verifyUnsubscribeToken } from "@/lib/email/unsubscribe-token";
import { createAdmin, createMember, createRequest } from "../../factories";
import { createCheckIn, createPair, createProposal } from "../../factories/email";
import { drainOutbox } from "./support/drain";
import { APP_URL, SECRET, startTestSmtp } from "./support/env";
import { readMessage } from "./support/mime";

const smtp = await startTestSmtp();

type Read = ReturnType<typeof readMessage> & { raw: string };

/** Delivers the outbox and returns what the SMTP server received for each enqueued email, in order. */
async function deliverAndRead(results: EnqueueResult[]): Promise<Read[]> {
  const report = await drainOutbox();
  expect(report.failed).toBe(0);
  return results.map((result) => {
    if (result.status !== "enqueued") throw new Error(`expected an enqueued email, got ${result.status}`);
    const copies = smtp.byMessageId(result.messageId);
    expect(copies, `copies of ${result.messageId}`).toHaveLength(1);
    return { ...readMessage(copies[0].raw), raw: copies[0].raw };
  });
}

function expectWellFormed(message: Read, kind: EmailKind, userId: string) {
  expect(message.headers["message-id"]).toMatch(/^<[0-9a-f]{64}@mentoring\.test\.example>$/);
  expect(message.headers["x-mentoring-kind"]).toBe(kind);
  expect(message.headers["auto-submitted"]).toBe("auto-generated");
  expect(message.text?.trim().length).toBeGreaterThan(50);
  expect(message.html).toContain('<html lang="en-GB">');
  expect(message.html).not.toMatch(/<img|<script/i);
  if (isEssentialKind(kind)) {
    expect(message.headers["list-unsubscribe"]).toBeUndefined();
    expect(message.headers["list-unsubscribe-post"]).toBeUndefined();
    expect(message.text).toContain("cannot be turned off");
  } else {
    const header = message.headers["list-unsubscribe"];
    expect(header).toMatch(/^<https:\/\/mentoring\.test\.example\/api\/email\/unsubscribe\?token=[A-Za-z0-9_.%-]+>$/);
    expect(message.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const token = new URL(header.slice(1, -1)).searchParams.get("token")!;
    expect(verifyUnsubscribeToken(token, SECRET)).toEqual({ userId, kind });
    // The same link is in the body for people whose client has no unsubscribe button.
    expect(message.text).toContain(header.slice(1, -1));
  }
}

describe("notifications delivered over SMTP", () => {
  it("request received: to the mentee, escaped, with a link to the request and one-click unsubscribe", async () => {
    const mentee = await createMember({ name: "Dr <b>Aisha</b> O'Neill" });
    const request = await createRequest(mentee.id, { developmentAreaId: "area-induction", expiresAt: new Date("2026-06-30T12:00:00Z") });
    const [message] = await deliverAndRead([await db().$transaction((tx) => notifyRequestReceived(tx, request.id))]);
    expectWellFormed(message, EMAIL_KINDS.requestReceived, mentee.id);
    expect(message.headers.to).toContain(mentee.email);
    expect(message.subject).toBe("We have your request for a mentor");
    expect(message.text).toContain("Dear Dr <b>Aisha</b> O'Neill,");
    expect(message.html).toContain("Dear Dr &lt;b&gt;Aisha&lt;/b&gt; O&#39;Neill,");
    expect(message.html).not.toContain("<b>Aisha</b>");
    // Non-ASCII survives the trip (curly quotes in the area name).
    expect(message.text).toContain("Induction of a new colleague (IT “show and tell”)");
    expect(message.text).toContain("Tuesday 30 June 2026");
    expect(message.html).toContain(`href="${APP_URL}/requests"`);
  });

  it("request about to expire and request expired", async () => {
    const mentee = await createMember();
    const request = await createRequest(mentee.id, { mode: "COACHING", expiresAt: new Date("2026-03-29T23:30:00Z") });
    const [expiring, expired] = await deliverAndRead([
      await db().$transaction((tx) => notifyRequestExpiring(tx, request.id)),
      await db().$transaction((tx) => notifyRequestExpired(tx, request.id)),
    ]);
    expectWellFormed(expiring, EMAIL_KINDS.requestExpiring, mentee.id);
    // 23:30 UTC on 29 March 2026 is already Monday 30 March in London (BST).
    expect(expiring.subject).toBe("Your request for a coach expires on Monday 30 March 2026");
    expectWellFormed(expired, EMAIL_KINDS.requestExpired, mentee.id);
    expect(expired.subject).toBe("Your request for a coach has expired");
  });

  it("proposal to a mentor: essential, accept and decline links, and none of the mentee's contact details", async () => {
    const { proposal, mentor, mentee } = await createProposal({ mentorRespondBy: new Date("2026-04-10T09:00:00Z"), menteeOverrides: { phone: "07700 900123" } });
    const [message] = await deliverAndRead(await db().$transaction((tx) => notifyProposalsToMentors(tx, [proposal.id])));
    expectWellFormed(message, EMAIL_KINDS.proposalToMentor, mentor.id);
    expect(message.headers.to).toContain(mentor.email);
    expect(message.html).toContain(`href="${APP_URL}/proposals/${proposal.id}?respond=accept"`);
    expect(message.html).toContain(`href="${APP_URL}/proposals/${proposal.id}?respond=decline"`);
    expect(message.text).toContain(`${APP_URL}/proposals/${proposal.id}?respond=accept`);
    expect(message.text).toContain("Core trainee CT1");
    expect(message.text).toContain("Friday 10 April 2026");
    expect(message.raw).not.toContain(mentee.email);
    expect(message.raw).not.toContain("900123");
    expect(message.raw).not.toContain(mentee.name!);
  });

  it("match confirmed: an introduction to each side with the other's email and phone", async () => {
    const { mentee, mentor, relationship } = await createPair({ mentee: { phone: "+44 7700 900456" }, mentor: { phone: null }, relationship: { developmentAreaId: "area-research" } });
    const results = await db().$transaction((tx) => notifyMatchConfirmed(tx, relationship.id));
    const [toMentee, toMentor] = await deliverAndRead(results);
    expectWellFormed(toMentee, EMAIL_KINDS.matchConfirmed, mentee.id);
    expect(toMentee.headers.to).toContain(mentee.email);
    expect(toMentee.subject).toBe(`Meet your mentor: ${mentor.name}`);
    expect(toMentee.html).toContain(`href="mailto:${mentor.email}"`);
    expect(toMentee.text).not.toContain("Phone:"); // the mentor gave no phone number
    expectWellFormed(toMentor, EMAIL_KINDS.matchConfirmed, mentor.id);
    expect(toMentor.subject).toBe(`Meet your mentee: ${mentee.name}`);
    expect(toMentor.text).toContain(`Email: ${mentee.email}`);
    expect(toMentor.text).toContain("Phone: +44 7700 900456");
    expect(toMentor.html).toContain('href="tel:+447700900456"');
    expect(toMentor.html).toContain(`href="${APP_URL}/relationships/${relationship.id}"`);
  });

  it("check-in scheduled: both people get the .ics, at the right London time on the day the clocks go forward", async () => {
    const { mentee, mentor, relationship } = await createPair({ relationship: { mode: "COACHING" } });
    // 09:00 UTC on Sunday 29 March 2026 is 10:00 BST, the first morning of summer time.
    const checkIn = await createCheckIn(relationship.id, mentee.id, { scheduledAt: new Date("2026-03-29T09:00:00Z"), durationMinutes: 45, sessionNumber: 2 });
    const [toMentee, toMentor] = await deliverAndRead(await db().$transaction((tx) => notifyCheckInScheduled(tx, checkIn.id)));
    for (const [message, user] of [
      [toMentee, mentee],
      [toMentor, mentor],
    ] as const) {
      expectWellFormed(message, EMAIL_KINDS.checkInScheduled, user.id);
      expect(message.subject).toBe("Check-in booked: Sunday 29 March 2026 at 10:00 (UK time)");
      expect(message.attachments).toHaveLength(1);
      const [ics] = message.attachments;
      expect(ics.filename).toBe("check-in.ics");
      expect(ics.contentType).toBe("text/calendar");
      expect(ics.body).toContain("\r\nDTSTART;TZID=Europe/London:20260329T100000\r\n");
      expect(ics.body).toContain("\r\nDTEND;TZID=Europe/London:20260329T104500\r\n");
      expect(ics.body).toContain(`\r\nUID:check-in-${checkIn.id}@mentoring.test.example\r\n`);
      expect(ics.body).toContain("BEGIN:VTIMEZONE");
      expect(ics.body.replace(/\r\n /g, "")).toContain("SUMMARY:Coaching session 2 with");
    }
    expect(toMentee.attachments[0].body.replace(/\r\n /g, "")).toContain(`with ${mentor.name}`);
  });

  it("check-in cancelled: both calendars get the same event, cancelled, with a higher sequence", async () => {
    const { mentee, mentor, relationship } = await createPair({ relationship: { mode: "COACHING" } });
    const checkIn = await createCheckIn(relationship.id, mentee.id, { scheduledAt: new Date("2026-06-10T16:00:00Z"), durationMinutes: 60, sessionNumber: 1 });
    const [booked] = await deliverAndRead(await db().$transaction((tx) => notifyCheckInScheduled(tx, checkIn.id)));
    await db().checkIn.update({ where: { id: checkIn.id }, data: { status: "CANCELLED" } });
    const [toMentee, toMentor] = await deliverAndRead(await db().$transaction((tx) => notifyCheckInCancelled(tx, checkIn.id)));
    expectWellFormed(toMentee, EMAIL_KINDS.checkInCancelled, mentee.id);
    expectWellFormed(toMentor, EMAIL_KINDS.checkInCancelled, mentor.id);
    expect(toMentee.subject).toBe("Check-in cancelled: Wednesday 10 June 2026 at 17:00 (UK time)");
    const sequenceOf = (body: string) => Number(/\r\nSEQUENCE:(\d+)\r\n/.exec(body)?.[1]);
    const cancelled = toMentee.attachments[0].body;
    expect(cancelled).toContain("\r\nSTATUS:CANCELLED\r\n");
    expect(cancelled).toContain(`\r\nUID:check-in-${checkIn.id}@mentoring.test.example\r\n`);
    expect(sequenceOf(cancelled)).toBeGreaterThan(sequenceOf(booked.attachments[0].body));
  });

  it("check-in due and check-in overdue", async () => {
    const { mentee, mentor, relationship } = await createPair();
    const checkIn = await createCheckIn(relationship.id, mentor.id, { scheduledAt: new Date("2026-10-25T10:30:00Z"), meetingMode: "IN_PERSON" });
    const due = await db().$transaction((tx) => notifyCheckInDue(tx, checkIn.id));
    const overdue = await db().$transaction((tx) => notifyCheckInOverdue(tx, checkIn.id));
    const [dueMentee, dueMentor, overdueMentee] = await deliverAndRead([...due, overdue[0]]);
    expectWellFormed(dueMentee, EMAIL_KINDS.checkInDue, mentee.id);
    expectWellFormed(dueMentor, EMAIL_KINDS.checkInDue, mentor.id);
    // 10:30 UTC on Sunday 25 October 2026 is 10:30 GMT: the clocks went back that morning.
    expect(dueMentee.subject).toBe(`Reminder: check-in with ${mentor.name}, Sunday 25 October 2026 at 10:30 (UK time)`);
    expect(dueMentee.text).toContain("In person");
    expectWellFormed(overdueMentee, EMAIL_KINDS.checkInOverdue, mentee.id);
    expect(overdueMentee.subject).toBe("Did your check-in on Sunday 25 October 2026 happen?");
    expect(overdueMentee.html).toContain(`href="${APP_URL}/relationships/${relationship.id}"`);
  });

  it("mentoring nudge", async () => {
    const { mentee, relationship } = await createPair({ relationship: { lastActivityAt: new Date("2026-01-05T12:00:00Z") } });
    const [toMentee] = await deliverAndRead(await db().$transaction((tx) => notifyMentoringNudge(tx, relationship.id)));
    expectWellFormed(toMentee, EMAIL_KINDS.mentoringNudge, mentee.id);
    expect(toMentee.text).toContain("since Monday 5 January 2026");
  });

  it("relationship ended: essential, with the feedback link, and a way back for the mentee", async () => {
    const { mentee, mentor, relationship } = await createPair();
    await db().relationship.update({ where: { id: relationship.id }, data: { status: "ENDED", endedAt: new Date("2026-05-01T10:00:00Z"), endedById: mentor.id } });
    const [toMentee, toMentor] = await deliverAndRead(await db().$transaction((tx) => notifyRelationshipEnded(tx, relationship.id)));
    expectWellFormed(toMentee, EMAIL_KINDS.relationshipEnded, mentee.id);
    expectWellFormed(toMentor, EMAIL_KINDS.relationshipEnded, mentor.id);
    for (const message of [toMentee, toMentor]) expect(message.html).toContain(`href="${APP_URL}/relationships/${relationship.id}/feedback"`);
    expect(toMentee.text).toContain("no fault is implied");
    expect(toMentor.text).toContain("You ended your mentoring");
    expect(toMentee.text).toContain(`${APP_URL}/requests`);
    expect(toMentor.text).not.toContain(`${APP_URL}/requests`);
  });

  it("weekly digest for the lead: counts from the database and a link to /admin", async () => {
    const admin = await createAdmin();
    await createProposal({ status: "PROPOSED" });
    await createProposal({ status: "PROPOSED" });
    await createProposal({ status: "AWAITING_MENTOR" });
    await createPair({ relationship: { lastActivityAt: new Date("2025-01-01T00:00:00Z") } });
    await db().emailMessage.create({
      data: { key: "old-failure", kind: "check-in-due", toAddress: "x@test.example", subject: "s", text: "t", html: "h", messageId: "<old@test>", status: "FAILED" },
    });
    const now = new Date("2026-03-30T07:00:00Z"); // Monday 08:00 BST
    const [message] = await deliverAndRead([await db().$transaction((tx) => notifyWeeklyDigest(tx, admin.id, now))]);
    expectWellFormed(message, EMAIL_KINDS.weeklyDigest, admin.id);
    expect(message.subject).toBe("Programme digest, week of Monday 30 March 2026: 2 approvals waiting");
    expect(message.text).toContain("- 2 proposed matches are waiting for your approval");
    expect(message.text).toContain("- 1 approved match is waiting for the mentor's answer");
    expect(message.text).toContain("- 1 pair has had no activity for 112 days or more");
    expect(message.text).toContain("- 1 email could not be delivered");
    expect(message.html).toContain(`href="${APP_URL}/admin"`);
    expect(message.html).toContain(`href="${APP_URL}/admin/email"`);
  });
});
