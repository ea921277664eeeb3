import "server-only";
// Email data for the programme lead (failed mail, resend) and for members (their preferences,
// one-click unsubscribe). Authorization first in every function (lib/authz.ts).
import { recordAudit } from "@/lib/audit";
import { requireAdmin, requireUser, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { isEssentialKind, isOptionalKind, KIND_LABELS, OPTIONAL_KINDS, type OptionalKind } from "@/lib/email/kinds";
import { emailPreferencesSchema, resendEmailSchema, type EmailPreferencesInput } from "@/lib/email/preferences";
import { unsubscribeSecret, verifyUnsubscribeToken } from "@/lib/email/unsubscribe-token";

export interface FailedEmailDto {
  id: string;
  kind: string;
  toAddress: string;
  subject: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
}

/** Mail the worker gave up on, newest first, for the programme lead to review and resend. */
export async function listFailedEmails(actor: Actor | null, { limit = 200 }: { limit?: number } = {}): Promise<FailedEmailDto[]> {
  requireAdmin(actor);
  return db().emailMessage.findMany({
    where: { status: "FAILED" },
    orderBy: { createdAt: "desc" },
    take: Math.min(Math.max(1, limit), 500),
    select: { id: true, kind: true, toAddress: true, subject: true, attempts: true, lastError: true, createdAt: true },
  });
}

/**
 * Puts a FAILED email back in the queue with a fresh set of attempts. Same row, same Message-ID,
 * so a receiving server that did get an earlier attempt can recognise the repeat. Audited.
 */
export async function resendEmail(actor: Actor | null, emailId: string): Promise<{ id: string }> {
  const admin = requireAdmin(actor);
  const parsed = resendEmailSchema.safeParse({ emailId });
  if (!parsed.success) throw new ValidationError("Choose an email to resend.");
  const id = parsed.data.emailId;
  return db().$transaction(async (tx) => {
    const { count } = await tx.emailMessage.updateMany({
      where: { id, status: "FAILED" },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), lockedUntil: null },
    });
    if (count === 0) {
      const exists = await tx.emailMessage.findUnique({ where: { id }, select: { status: true } });
      if (!exists) throw new NotFoundError("We could not find that email.");
      throw new ConflictError(exists.status === "SENT" ? "That email has already been delivered." : "That email is already waiting to be sent.");
    }
    const email = await tx.emailMessage.findUniqueOrThrow({ where: { id }, select: { kind: true, toAddress: true, lastError: true } });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "email.resend",
      entityType: "EmailMessage",
      entityId: id,
      data: { kind: email.kind, to: email.toAddress, previousError: email.lastError },
    });
    return { id };
  });
}

export interface EmailPreferenceDto {
  kind: string;
  label: string;
  description: string;
  essential: boolean;
  enabled: boolean;
}

/** The signed-in member's own preferences: every optional kind with its on/off state. */
export async function getEmailPreferences(actor: Actor | null): Promise<EmailPreferenceDto[]> {
  const user = requireUser(actor);
  const row = await db().user.findUnique({ where: { id: user.id }, select: { emailOptOuts: true } });
  if (!row) throw new NotFoundError();
  return OPTIONAL_KINDS.map((kind) => ({ kind, ...KIND_LABELS[kind], essential: false, enabled: !row.emailOptOuts.includes(kind) }));
}

/** Replaces the signed-in member's opt-outs (their own row only). Essential kinds are refused. */
export async function updateEmailPreferences(actor: Actor | null, input: EmailPreferencesInput): Promise<EmailPreferenceDto[]> {
  const user = requireUser(actor);
  const parsed = emailPreferencesSchema.safeParse(input);
  if (!parsed.success) {
    throw new ValidationError("Please check your email choices.", { optOuts: parsed.error.issues.map((issue) => issue.message) });
  }
  const optOuts: OptionalKind[] = parsed.data.optOuts;
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { emailOptOuts: optOuts } });
    await recordAudit(tx, { actorId: user.id, action: "email.preferences.update", entityType: "User", entityId: user.id, data: { optOuts } });
  });
  return getEmailPreferences(actor);
}

export type UnsubscribeResult =
  | { ok: true; kind: OptionalKind; label: string }
  | { ok: false; message: string };

const INVALID_LINK = "This unsubscribe link is not valid. It may have been copied incompletely. You can choose which emails you get from your profile after signing in.";

/** Checks a one-click unsubscribe token without changing anything (for the confirmation page). */
export async function checkUnsubscribeToken(token: string | null): Promise<UnsubscribeResult> {
  const claim = token ? verifyUnsubscribeToken(token, unsubscribeSecret(env())) : null;
  if (!claim) return { ok: false, message: INVALID_LINK };
  if (isEssentialKind(claim.kind) || !isOptionalKind(claim.kind)) return { ok: false, message: "This kind of email is essential and cannot be turned off." };
  const user = await db().user.findUnique({ where: { id: claim.userId }, select: { id: true } });
  if (!user) return { ok: false, message: INVALID_LINK };
  return { ok: true, kind: claim.kind, label: KIND_LABELS[claim.kind].label };
}

/**
 * RFC 8058 one-click unsubscribe: the token is the authorization (it names one member and one
 * kind, signed with the app secret). Adding a kind already present changes nothing.
 */
export async function unsubscribeWithToken(token: string | null): Promise<UnsubscribeResult> {
  const checked = await checkUnsubscribeToken(token);
  if (!checked.ok) return checked;
  const claim = verifyUnsubscribeToken(token!, unsubscribeSecret(env()))!;
  await db().$transaction(async (tx) => {
    const changed = await tx.$executeRaw`
      UPDATE "User" SET "emailOptOuts" = array_append("emailOptOuts", ${checked.kind}), "updatedAt" = (now() AT TIME ZONE 'UTC')
      WHERE "id" = ${claim.userId} AND NOT (${checked.kind} = ANY("emailOptOuts"))`;
    if (changed > 0) {
      await recordAudit(tx, { actorId: claim.userId, action: "email.unsubscribe", entityType: "User", entityId: claim.userId, data: { kind: checked.kind, via: "one-click link" } });
    }
  });
  return checked;
}
