// The outbox against a real SMTP server and real PostgreSQL: enqueue in the caller's transaction,
// one row per key, opt-outs, retries while the server is down, giving up, resending, and the
// guarantees between concurrent workers.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { EMAIL_KINDS } from "@/lib/email/kinds";
import { notifyCheckInDue, notifyMatchConfirmed } from "@/lib/email/notifications";
import { enqueueEmail, enqueueEmails, messageIdFor } from "@/lib/email/outbox";
import { claimDueEmails, deliverClaimed, deliverDueEmails, type DeliveryReport } from "@/lib/jobs/delivery";
import { createMember } from "../../factories";
import { createCheckIn, createPair, enqueueTestEmails } from "../../factories/email";
import { drainOutbox } from "./support/drain";
import { APP_URL, FAST_DELIVERY, startTestSmtp } from "./support/env";

const smtp = await startTestSmtp();

const statusCounts = async () => {
  const rows = await db().emailMessage.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(rows.map((row) => [row.status, row._count._all]));
};

describe("enqueueEmail", () => {
  const email = (key: string) => ({ key, kind: EMAIL_KINDS.checkInDue, to: "someone@test.example", subject: "Subject", text: "Text", html: "<p>HTML</p>" });

  it("writes the email only if the caller's transaction commits", async () => {
    await expect(
      db().$transaction(async (tx) => {
        await enqueueEmail(tx, email("rolled-back"));
        throw new Error("the domain change failed");
      }),
    ).rejects.toThrow("the domain change failed");
    expect(await db().emailMessage.count()).toBe(0);
    await db().$transaction((tx) => enqueueEmail(tx, email("committed")));
    expect(await db().emailMessage.count()).toBe(1);
  });

  it("keeps one row per key, with a Message-ID derived from the key", async () => {
    const first = await db().$transaction((tx) => enqueueEmail(tx, email("same-key")));
    const second = await db().$transaction((tx) => enqueueEmail(tx, { ...email("same-key"), subject: "A different subject" }));
    expect(first.status).toBe("enqueued");
    expect(second).toEqual({ status: "duplicate", messageId: messageIdFor("same-key", APP_URL) });
    const rows = await db().emailMessage.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ subject: "Subject", messageId: messageIdFor("same-key", APP_URL), status: "PENDING" });
    expect(messageIdFor("another-key", APP_URL)).not.toBe(rows[0].messageId);
  });

  it("skips kinds a member turned off, but never essential ones", async () => {
    const { mentee, mentor, relationship } = await createPair({ mentee: { emailOptOuts: [EMAIL_KINDS.checkInDue, EMAIL_KINDS.matchConfirmed] } });
    const checkIn = await createCheckIn(relationship.id, mentor.id);
    const due = await db().$transaction((tx) => notifyCheckInDue(tx, checkIn.id));
    // Even with "match-confirmed" in their list (it cannot be set through the app), it still goes.
    const matched = await db().$transaction((tx) => notifyMatchConfirmed(tx, relationship.id));
    expect(due.map((r) => r.status)).toEqual(["opted-out", "enqueued"]);
    expect(matched.map((r) => r.status)).toEqual(["enqueued", "enqueued"]);
    const rows = await db().emailMessage.findMany({ select: { userId: true, kind: true } });
    expect(rows).toHaveLength(3);
    expect(rows.filter((r) => r.userId === mentee.id).map((r) => r.kind)).toEqual([EMAIL_KINDS.matchConfirmed]);
  });

  it("sends no optional mail to a disabled account", async () => {
    const member = await createMember({ disabledAt: new Date() });
    const result = await db().$transaction((tx) => enqueueEmail(tx, { ...email("disabled"), userId: member.id }));
    expect(result).toEqual({ status: "opted-out" });
    expect(await db().emailMessage.count()).toBe(0);
  });

  it("in a batch, answers for each email in order: written, opted out, or a key already taken (before, or earlier in the batch)", async () => {
    const optedOut = await createMember({ emailOptOuts: [EMAIL_KINDS.checkInDue] });
    const member = await createMember();
    await db().$transaction((tx) => enqueueEmail(tx, email("taken-before")));
    const results = await db().$transaction((tx) =>
      enqueueEmails(tx, [
        { ...email("first"), userId: member.id },
        { ...email("opted-out"), userId: optedOut.id },
        email("taken-before"),
        { ...email("first"), subject: "Second with the same key" },
        email("second"),
      ]),
    );
    expect(results.map((r) => r.status)).toEqual(["enqueued", "opted-out", "duplicate", "duplicate", "enqueued"]);
    const rows = await db().emailMessage.findMany({ select: { id: true, key: true, subject: true, userId: true } });
    expect(rows.map((r) => r.key).sort()).toEqual(["first", "second", "taken-before"]);
    const first = rows.find((r) => r.key === "first");
    expect(first).toMatchObject({ subject: "Subject", userId: member.id });
    expect(results[0]).toEqual({ status: "enqueued", id: first?.id, messageId: messageIdFor("first", APP_URL) });
    expect(results[4]).toMatchObject({ id: rows.find((r) => r.key === "second")?.id });
  });

  it("refuses a whole batch with one bad address, writing none of it", async () => {
    await expect(db().$transaction((tx) => enqueueEmails(tx, [email("good"), { ...email("bad"), to: "not-an-address" }]))).rejects.toThrow("Not an email address");
    expect(await db().emailMessage.count()).toBe(0);
  });
});

describe("delivery", () => {
  it("sends each email once and marks it SENT", async () => {
    const ids = await enqueueTestEmails(30);
    const report = await drainOutbox();
    expect(report).toMatchObject({ sent: 30, retried: 0, failed: 0 });
    expect([...smtp.countsByMessageId().entries()].sort()).toEqual(ids.map((id) => [id, 1]).sort());
    const rows = await db().emailMessage.findMany();
    expect(rows.every((row) => row.status === "SENT" && row.sentAt && row.attempts === 1 && row.lockedUntil === null)).toBe(true);
    // Nothing left: another round claims nothing and sends nothing.
    expect((await deliverDueEmails(FAST_DELIVERY)).claimed).toBe(0);
    expect(smtp.received).toHaveLength(30);
  });

  it("retries while SMTP is down (first rejecting, then not even listening) and delivers everything once afterwards", async () => {
    const ids = await enqueueTestEmails(20);
    const options = { ...FAST_DELIVERY, maxAttempts: 50 };

    smtp.mode = "reject-transient";
    const rejected = await deliverDueEmails(options);
    expect(rejected).toMatchObject({ claimed: 20, retried: 20, sent: 0 });
    expect(smtp.rejected).toBe(20);
    const afterReject = await db().emailMessage.findMany();
    expect(afterReject.every((row) => row.status === "PENDING" && row.attempts === 1 && row.lastError?.includes("451"))).toBe(true);
    // Backoff: the next attempt is in the future, so an immediate round finds nothing due.
    expect(afterReject.every((row) => row.nextAttemptAt.getTime() > row.createdAt.getTime())).toBe(true);

    await smtp.stop();
    let downRounds = 0;
    while ((await db().emailMessage.count({ where: { attempts: { lt: 3 } } })) > 0) {
      const report = await deliverDueEmails(options);
      expect(report.sent).toBe(0);
      downRounds++;
    }
    expect(downRounds).toBeGreaterThan(0);
    expect((await db().emailMessage.findFirstOrThrow()).lastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);

    smtp.mode = "accept";
    await smtp.start();
    const total = { sent: 0 };
    while ((await db().emailMessage.count({ where: { status: { not: "SENT" } } })) > 0) total.sent += (await deliverDueEmails(options)).sent;
    expect(total.sent).toBe(20);
    const counts = smtp.countsByMessageId();
    expect(counts.size).toBe(20);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(ids.every((id) => counts.get(id) === 1)).toBe(true);
    expect(await statusCounts()).toEqual({ SENT: 20 });
  });

  it("gives up after the last attempt, lists the email for the lead, and a resend delivers it once", async () => {
    const [messageId] = await enqueueTestEmails(1);
    smtp.mode = "reject-transient";
    const report = await drainOutbox({ ...FAST_DELIVERY, maxAttempts: 3 }, 200);
    expect(report).toMatchObject({ retried: 2, failed: 1, sent: 0 });
    const failed = await db().emailMessage.findFirstOrThrow();
    expect(failed).toMatchObject({ status: "FAILED", attempts: 3, lockedUntil: null });
    expect(failed.lastError).toContain("SMTP 451");
    expect(smtp.received).toHaveLength(0);

    const { listFailedEmails, resendEmail } = await import("@/lib/data/email");
    const admin = await createMember({ role: "ADMIN" });
    const lead = { id: admin.id, email: admin.email, name: admin.name, role: "ADMIN" as const, profileCompleted: true };
    expect(await listFailedEmails(lead)).toEqual([expect.objectContaining({ id: failed.id, attempts: 3, lastError: failed.lastError })]);

    smtp.mode = "accept";
    await resendEmail(lead, failed.id);
    const audit = await db().auditLog.findMany({ where: { action: "email.resend" } });
    expect(audit).toEqual([expect.objectContaining({ actorId: admin.id, entityType: "EmailMessage", entityId: failed.id })]);
    expect(await drainOutbox()).toMatchObject({ sent: 1 });
    expect(smtp.byMessageId(messageId)).toHaveLength(1);
    expect(await listFailedEmails(lead)).toEqual([]);
    expect(await db().emailMessage.findFirstOrThrow()).toMatchObject({ status: "SENT", messageId });
  });

  it("fails at once when the server rejects the recipient for good (550)", async () => {
    await enqueueTestEmails(2);
    smtp.mode = "reject-permanent";
    expect(await deliverDueEmails(FAST_DELIVERY)).toMatchObject({ claimed: 2, failed: 2, retried: 0 });
    const rows = await db().emailMessage.findMany();
    expect(rows.every((row) => row.status === "FAILED" && row.attempts === 1 && row.lastError?.startsWith("SMTP 550"))).toBe(true);
  });

  it("two workers delivering at the same time send each email once", async () => {
    const ids = await enqueueTestEmails(60);
    smtp.delayMs = 5;
    const options = { ...FAST_DELIVERY, batchSize: 7, concurrency: 3 };
    const worker = async () => {
      const total: Partial<DeliveryReport> = { claimed: 0, sent: 0 };
      for (let report = await deliverDueEmails(options); report.claimed > 0; report = await deliverDueEmails(options)) {
        total.claimed! += report.claimed;
        total.sent! += report.sent;
      }
      return total;
    };
    const [a, b] = await Promise.all([worker(), worker()]);
    expect(a.sent! + b.sent!).toBe(60);
    expect(a.sent).toBeGreaterThan(0);
    expect(b.sent).toBeGreaterThan(0);
    const counts = smtp.countsByMessageId();
    expect(ids.every((id) => counts.get(id) === 1)).toBe(true);
    expect(smtp.received).toHaveLength(60);
  });

  it("does not let a second worker send a row whose lease ran out while the first was still sending it", async () => {
    const [messageId] = await enqueueTestEmails(1);
    // A lease far shorter than the send: it has lapsed while the server holds the message.
    const slow = { ...FAST_DELIVERY, leaseSeconds: 0.05 };
    let second: DeliveryReport | undefined;
    smtp.beforeAnswer = async () => {
      smtp.beforeAnswer = undefined;
      await new Promise((resolve) => setTimeout(resolve, 200));
      second = await deliverDueEmails(FAST_DELIVERY);
    };
    const first = await deliverDueEmails(slow);
    expect(first).toMatchObject({ claimed: 1, sent: 1 });
    expect(second).toMatchObject({ claimed: 0, sent: 0 });
    expect(smtp.byMessageId(messageId)).toHaveLength(1);
  });

  it("a stale or stolen claim finds the row already handled and sends nothing", async () => {
    const [messageId] = await enqueueTestEmails(1);
    const claim = (await claimDueEmails(FAST_DELIVERY))!;
    expect(claim.ids).toHaveLength(1);
    expect(await deliverClaimed(claim.ids[0], claim.lease, FAST_DELIVERY)).toBe("sent");
    // The same row delivered again (a retry of the loop, a confused worker): sent once.
    expect(await deliverClaimed(claim.ids[0], claim.lease, FAST_DELIVERY)).toBe("skipped");
    // A pending row claimed by someone else: not ours to send.
    const [otherId] = await enqueueTestEmails(1, { prefix: "other" });
    const theirs = (await claimDueEmails(FAST_DELIVERY))!;
    expect(await deliverClaimed(theirs.ids[0], claim.lease, FAST_DELIVERY)).toBe("skipped");
    expect(smtp.byMessageId(messageId)).toHaveLength(1);
    expect(smtp.byMessageId(otherId)).toHaveLength(0);
  });

  it("stopping mid-batch finishes the send in progress and hands the rest back at once", async () => {
    await enqueueTestEmails(10);
    const controller = new AbortController();
    smtp.beforeAnswer = () => controller.abort();
    const report = await deliverDueEmails({ ...FAST_DELIVERY, concurrency: 1, leaseSeconds: 600 }, controller.signal);
    expect(report).toMatchObject({ claimed: 10, sent: 1, released: 9 });
    expect(smtp.received).toHaveLength(1);
    const pending = await db().emailMessage.findMany({ where: { status: "PENDING" } });
    expect(pending).toHaveLength(9);
    expect(pending.every((row) => row.lockedUntil === null && row.attempts === 0)).toBe(true);
    // Released, not leased for ten minutes: the next round sends them now.
    expect(await drainOutbox()).toMatchObject({ sent: 9 });
  });
});
