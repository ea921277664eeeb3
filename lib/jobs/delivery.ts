import "server-only";
// Delivers the outbox (docs/decisions/0008-email-outbox.md).
//
// 1. Claim: one statement picks due PENDING rows with FOR UPDATE SKIP LOCKED and stamps them with
//    a lease (lockedUntil). Concurrent workers never pick the same rows; a dead worker's claim
//    lapses when its lease does. The lease value is the claim's token.
// 2. Send: each row in its own transaction. The row is locked (FOR UPDATE), its status and lease
//    checked, the SMTP send made, and the outcome written before the lock is released. A second
//    worker can neither claim a row while it is being sent (SKIP LOCKED) nor send a row another
//    worker already sent (it finds status SENT under the lock). If the process dies mid-send,
//    PostgreSQL rolls the transaction back and the row is sent again after the lease: the one
//    duplicate SMTP cannot rule out (server accepted, we died before COMMIT), with the same Message-ID.
import { db } from "@/lib/db";
import { deliverEmail, type OutgoingEmail } from "@/lib/email/transport";
import type { WorkerConfig } from "./config";
import { logWarn } from "./log";

export interface DeliveryOptions {
  batchSize: number;
  concurrency: number;
  leaseSeconds: number;
  maxAttempts: number;
  retryBaseSeconds: number;
  retryMaxSeconds: number;
  sendTimeoutMs: number;
}

export const DEFAULT_DELIVERY_OPTIONS: DeliveryOptions = {
  batchSize: 20,
  concurrency: 4,
  leaseSeconds: 300,
  maxAttempts: 10,
  retryBaseSeconds: 30,
  retryMaxSeconds: 3_600,
  sendTimeoutMs: 120_000,
};

export function deliveryOptionsFrom(config: WorkerConfig): DeliveryOptions {
  return {
    batchSize: config.EMAIL_BATCH_SIZE,
    concurrency: config.EMAIL_CONCURRENCY,
    leaseSeconds: config.EMAIL_LEASE_SECONDS,
    maxAttempts: config.EMAIL_MAX_ATTEMPTS,
    retryBaseSeconds: config.EMAIL_RETRY_BASE_SECONDS,
    retryMaxSeconds: config.EMAIL_RETRY_MAX_SECONDS,
    sendTimeoutMs: config.EMAIL_SEND_TIMEOUT_SECONDS * 1000,
  };
}

export type Outcome = "sent" | "retry" | "failed" | "skipped";

export interface DeliveryReport {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  skipped: number;
  /** Claimed but not started because the worker is stopping: handed back at once. */
  released: number;
  /** Unexpected errors (database trouble): the row stays claimed until its lease ends. */
  errors: number;
}

/**
 * Exponential backoff with ±20% jitter, so mail that failed together does not retry together.
 * With the defaults: about 30 s, 1, 2, 4, 8, 16, 32 min, then hourly; ten attempts span ~3 hours.
 */
export function retryDelaySeconds(attempt: number, options: Pick<DeliveryOptions, "retryBaseSeconds" | "retryMaxSeconds">, random = Math.random): number {
  const exponential = Math.min(options.retryMaxSeconds, options.retryBaseSeconds * 2 ** Math.max(0, attempt - 1));
  return Math.min(options.retryMaxSeconds, exponential * (0.8 + 0.4 * random()));
}

/** RFC 5321/7504 permanent rejections of this message or recipient: retrying cannot help. */
export function isPermanentSmtpError(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 550 && code <= 556;
}

function describeError(error: unknown): string {
  const e = error as { message?: unknown; responseCode?: unknown; code?: unknown } | null;
  const message = typeof e?.message === "string" ? e.message : String(error);
  const code = typeof e?.responseCode === "number" ? `SMTP ${e.responseCode}: ` : typeof e?.code === "string" ? `${e.code}: ` : "";
  return `${code}${message}`.slice(0, 1_000);
}

export interface Claim {
  ids: string[];
  /** lockedUntil as PostgreSQL writes it: the claim's token, compared as text to avoid clock or rounding surprises. */
  lease: string;
}

// Every time below is PostgreSQL's clock in UTC (the columns are UTC timestamps without zone), so
// workers on machines with skewed clocks still agree on what is due and whose lease has lapsed.

/** Claims up to batchSize due rows for this worker. */
export async function claimDueEmails(options: Pick<DeliveryOptions, "batchSize" | "leaseSeconds">): Promise<Claim | null> {
  const rows = await db().$queryRaw<{ id: string; lease: string }[]>`
    WITH due AS (
      SELECT "id" FROM "EmailMessage"
      WHERE "status" = 'PENDING'
        AND "nextAttemptAt" <= (now() AT TIME ZONE 'UTC')
        AND ("lockedUntil" IS NULL OR "lockedUntil" < (now() AT TIME ZONE 'UTC'))
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${options.batchSize}::int
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "EmailMessage" AS m
    SET "lockedUntil" = (now() AT TIME ZONE 'UTC') + make_interval(secs => ${options.leaseSeconds}::float8)
    FROM due
    WHERE m."id" = due."id"
    RETURNING m."id", m."lockedUntil"::text AS lease`;
  if (rows.length === 0) return null;
  return { ids: rows.map((row) => row.id), lease: rows[0].lease };
}

interface LockedRow {
  id: string;
  kind: string;
  status: string;
  lease: string | null;
  attempts: number;
  toAddress: string;
  subject: string;
  text: string;
  html: string;
  headers: unknown;
  attachments: unknown;
  messageId: string;
}

function toOutgoing(row: LockedRow): OutgoingEmail {
  const headers = row.headers && typeof row.headers === "object" && !Array.isArray(row.headers) ? (row.headers as Record<string, string>) : {};
  const attachments = Array.isArray(row.attachments) ? (row.attachments as OutgoingEmail["attachments"]) : [];
  return {
    to: row.toAddress,
    subject: row.subject,
    text: row.text,
    html: row.html,
    messageId: row.messageId,
    headers,
    attachments: attachments?.length ? attachments : undefined,
  };
}

class SendTimeoutError extends Error {
  code = "ETIMEDOUT";
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SendTimeoutError(`no answer from the mail server within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Sends one claimed row, if it is still ours and still PENDING, holding its row lock throughout.
 * A crash anywhere in here rolls back: the attempt is not counted and the row is sent again.
 */
export async function deliverClaimed(id: string, lease: string, options: DeliveryOptions): Promise<Outcome> {
  return db().$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<LockedRow[]>`
        SELECT "id", "kind", "status"::text AS status, "lockedUntil"::text AS lease, "attempts", "toAddress", "subject",
               "text", "html", "headers", "attachments", "messageId"
        FROM "EmailMessage" WHERE "id" = ${id} FOR UPDATE`;
      // The status check under the lock is what makes "delivered twice" send once.
      if (!row || row.status !== "PENDING" || row.lease !== lease) return "skipped";
      const attempts = row.attempts + 1;
      try {
        await withTimeout(deliverEmail(toOutgoing(row)), options.sendTimeoutMs);
      } catch (error) {
        const lastError = describeError(error);
        if (attempts >= options.maxAttempts || isPermanentSmtpError(error)) {
          await tx.$executeRaw`
            UPDATE "EmailMessage" SET "status" = 'FAILED', "attempts" = ${attempts}::int, "lastError" = ${lastError}, "lockedUntil" = NULL
            WHERE "id" = ${id}`;
          logWarn("email failed for good", { emailId: id, kind: row.kind, attempts, error: lastError });
          return "failed";
        }
        const delay = retryDelaySeconds(attempts, options);
        await tx.$executeRaw`
          UPDATE "EmailMessage"
          SET "attempts" = ${attempts}::int, "lastError" = ${lastError}, "lockedUntil" = NULL,
              "nextAttemptAt" = (clock_timestamp() AT TIME ZONE 'UTC') + make_interval(secs => ${delay}::float8)
          WHERE "id" = ${id}`;
        return "retry";
      }
      await tx.$executeRaw`
        UPDATE "EmailMessage"
        SET "status" = 'SENT', "sentAt" = (clock_timestamp() AT TIME ZONE 'UTC'), "attempts" = ${attempts}::int, "lockedUntil" = NULL
        WHERE "id" = ${id}`;
      return "sent";
    },
    // Longer than the send timeout, so a slow server ends in our timeout (a retry), not in a
    // rolled-back transaction.
    { timeout: options.sendTimeoutMs + 15_000, maxWait: 10_000 },
  );
}

/** Hands unstarted rows of a claim back at once (on shutdown), instead of waiting for the lease. */
export async function releaseClaims(ids: string[], lease: string): Promise<number> {
  if (ids.length === 0) return 0;
  return db().$executeRaw`
    UPDATE "EmailMessage" SET "lockedUntil" = NULL
    WHERE "id" = ANY(${ids}::text[]) AND "lockedUntil"::text = ${lease} AND "status" = 'PENDING'`;
}

/**
 * One round: claim a batch and send it with `concurrency` parallel sends. When `signal` aborts,
 * sends in progress finish and the rest of the claim is released.
 */
export async function deliverDueEmails(options: DeliveryOptions = DEFAULT_DELIVERY_OPTIONS, signal?: AbortSignal, onUnexpected?: (error: unknown, emailId: string) => void): Promise<DeliveryReport> {
  const report: DeliveryReport = { claimed: 0, sent: 0, retried: 0, failed: 0, skipped: 0, released: 0, errors: 0 };
  if (signal?.aborted) return report;
  const claim = await claimDueEmails(options);
  if (!claim) return report;
  report.claimed = claim.ids.length;
  const queue = [...claim.ids];
  const unstarted: string[] = [];
  const runner = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      if (signal?.aborted) {
        unstarted.push(id);
        continue;
      }
      try {
        const outcome = await deliverClaimed(id, claim.lease, options);
        if (outcome === "sent") report.sent++;
        else if (outcome === "retry") report.retried++;
        else if (outcome === "failed") report.failed++;
        else report.skipped++;
      } catch (error) {
        report.errors++;
        if (onUnexpected) onUnexpected(error, id);
        else throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, claim.ids.length) }, runner));
  report.released = await releaseClaims(unstarted, claim.lease);
  return report;
}
