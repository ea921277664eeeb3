import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Stable across retries, so a receiving server (and our tests) can recognise a repeat. */
  messageId: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: string; contentType: string }[];
}

let transporter: Transporter | undefined;

function smtpTransport(url: string): Transporter {
  // Bounded waits: a send that hangs must fail (and be retried) rather than block the worker.
  const options: SMTPPool.Options = { url, pool: true, maxConnections: 4, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };
  transporter ??= nodemailer.createTransport(options, { from: env().EMAIL_FROM });
  return transporter;
}

/**
 * Delivers one email now: over SMTP when SMTP_URL is set, otherwise into the development mailbox
 * (the CapturedEmail table, shown at /dev/mailbox) so sign-in works on a fresh machine.
 */
export async function deliverEmail(email: OutgoingEmail): Promise<void> {
  const { SMTP_URL, EMAIL_FROM } = env();
  if (SMTP_URL) {
    await smtpTransport(SMTP_URL).sendMail({
      from: EMAIL_FROM,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      messageId: email.messageId,
      headers: email.headers,
      attachments: email.attachments,
    });
    return;
  }
  await db().capturedEmail.create({
    data: {
      messageId: email.messageId,
      toAddress: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      headers: (email.headers ?? {}) as Prisma.InputJsonValue,
      attachments: (email.attachments ?? []) as unknown as Prisma.InputJsonValue,
    },
  });
}
