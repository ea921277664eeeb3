import "server-only";
// The email outbox (docs/decisions/0008-email-outbox.md). Domain code never sends mail: it writes
// a row in the transaction of the change that causes the email, so the email exists if and only
// if that change commits. The worker (lib/jobs/delivery.ts) delivers the rows.
import { createHash } from "node:crypto";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isEssentialKind, type EmailKind } from "./kinds";
import type { EmailAttachment } from "./layout";
import { appLink, EMAIL_PATHS } from "./links";
import { createUnsubscribeToken, unsubscribeSecret } from "./unsubscribe-token";

type Tx = Prisma.TransactionClient;

export interface OutboxEmail {
  /**
   * What makes this email unique, e.g. "check-in-due:<checkInId>:<scheduledAt>:<userId>". A second
   * enqueue with the same key does nothing, so a retried transaction or a re-run sweep never
   * doubles an email. The Message-ID is derived from it.
   */
  key: string;
  kind: EmailKind;
  /** The member it is for: needed for opt-outs and the unsubscribe link. */
  userId?: string | null;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  attachments?: EmailAttachment[];
}

export type EnqueueResult =
  | { status: "enqueued"; id: string; messageId: string }
  | { status: "duplicate"; messageId: string }
  /** The member turned this kind off, or their account is disabled: nothing was written. */
  | { status: "opted-out" };

/** A stable Message-ID: the same key always gives the same id, on every retry and every worker. */
export function messageIdFor(key: string, appUrl = env().NEXTAUTH_URL): string {
  const host = new URL(appUrl).hostname || "localhost";
  return `<${createHash("sha256").update(key).digest("hex")}@${host}>`;
}

/** The one-click unsubscribe address for one member and one kind (the page GET shows, POST acts on). */
export function unsubscribeUrlFor(userId: string, kind: EmailKind): string {
  const config = env();
  const token = createUnsubscribeToken({ userId, kind }, unsubscribeSecret(config));
  return appLink(config.NEXTAUTH_URL, `${EMAIL_PATHS.unsubscribe}?token=${encodeURIComponent(token)}`);
}

/** RFC 8058 headers, so mail clients can offer "unsubscribe" that works with one POST. */
export function unsubscribeHeaders(userId: string, kind: EmailKind): Record<string, string> {
  return {
    "List-Unsubscribe": `<${unsubscribeUrlFor(userId, kind)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

/**
 * Writes an email to the outbox inside the caller's transaction. Essential kinds always go;
 * others are skipped when the member turned that kind off (User.emailOptOuts) or is disabled.
 * Non-essential mail for a member carries the one-click unsubscribe headers.
 */
export async function enqueueEmail(tx: Tx, email: OutboxEmail): Promise<EnqueueResult> {
  const [result] = await enqueueEmails(tx, [email]);
  return result;
}

/**
 * enqueueEmail for many emails at once, in two queries whatever their number (one for the
 * members' opt-outs, one insert): "approve all" asks a hundred mentors in one step. Results come
 * in the order of `emails`; a key repeated within the batch is written once, like a key repeated
 * across calls.
 */
export async function enqueueEmails(tx: Tx, emails: OutboxEmail[]): Promise<EnqueueResult[]> {
  for (const email of emails) {
    if (!email.key || email.key.length > 500) throw new Error("An outbox email needs a key of 1–500 characters.");
    if (!email.to.includes("@")) throw new Error(`Not an email address: ${email.to}`);
  }
  const userIds = [...new Set(emails.flatMap((e) => (e.userId ? [e.userId] : [])))];
  const users = userIds.length ? await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, emailOptOuts: true, disabledAt: true } }) : [];
  const userById = new Map(users.map((u) => [u.id, u]));

  const results: (EnqueueResult | null)[] = [];
  const rows: Prisma.EmailMessageCreateManyInput[] = [];
  for (const email of emails) {
    const essential = isEssentialKind(email.kind);
    const headers: Record<string, string> = {
      // RFC 3834: out-of-office robots must not answer notifications.
      "Auto-Submitted": "auto-generated",
      "X-Mentoring-Kind": email.kind,
      ...email.headers,
    };
    if (email.userId) {
      const user = userById.get(email.userId);
      if (!user) throw new Error(`No user ${email.userId} for email ${email.key}.`);
      if (!essential && (user.disabledAt || user.emailOptOuts.includes(email.kind))) {
        results.push({ status: "opted-out" });
        continue;
      }
      if (!essential) Object.assign(headers, unsubscribeHeaders(email.userId, email.kind));
    }
    results.push(null);
    rows.push({
      key: email.key,
      kind: email.kind,
      userId: email.userId ?? null,
      toAddress: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      headers,
      attachments: (email.attachments ?? []) as unknown as Prisma.InputJsonValue,
      messageId: messageIdFor(email.key),
    });
  }
  const written = rows.length ? await tx.emailMessage.createManyAndReturn({ data: rows, skipDuplicates: true, select: { id: true, key: true } }) : [];
  const idByKey = new Map(written.map((w) => [w.key, w.id]));
  return emails.map((email, k) => {
    if (results[k]) return results[k];
    const messageId = messageIdFor(email.key);
    const id = idByKey.get(email.key);
    // The first email of a key takes the written row; a second one in the same batch is the duplicate.
    if (id === undefined) return { status: "duplicate", messageId };
    idByKey.delete(email.key);
    return { status: "enqueued", id, messageId };
  });
}
