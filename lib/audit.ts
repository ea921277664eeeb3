import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  data?: Prisma.InputJsonValue;
}

function toAuditRow(entry: AuditEntry) {
  return { actorId: entry.actorId, action: entry.action, entityType: entry.entityType, entityId: entry.entityId ?? null, data: entry.data ?? {} };
}

/** Writes an audit row. Always call it inside the transaction of the change it records. */
export function recordAudit(tx: Tx, entry: AuditEntry) {
  return tx.auditLog.create({ data: toAuditRow(entry) });
}

/** recordAudit for many changes in one insert (none for an empty list). */
export async function recordAudits(tx: Tx, entries: AuditEntry[]): Promise<void> {
  if (entries.length) await tx.auditLog.createMany({ data: entries.map(toAuditRow) });
}
