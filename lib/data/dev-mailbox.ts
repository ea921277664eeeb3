import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

/** Mail captured in development. Refused in production, where the mailbox does not exist. */
export async function listCapturedEmails(to?: string) {
  if (process.env.NODE_ENV === "production") throw new NotFoundError();
  return db().capturedEmail.findMany({
    where: to ? { toAddress: to.toLowerCase() } : undefined,
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, toAddress: true, subject: true, text: true, createdAt: true },
  });
}
