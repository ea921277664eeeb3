import "server-only";
import { requireAdmin, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";

export interface AuditRowDto {
  id: string;
  at: Date;
  actor: string;
  action: string;
  entityType: string;
  entityId: string | null;
  data: unknown;
}

const PAGE_SIZE = 100;

/** The append-only audit log, newest first, optionally filtered by action prefix or entity. */
export async function listAuditLog(actor: Actor | null, query: { action?: string; entityId?: string; page?: number } = {}): Promise<{ rows: AuditRowDto[]; hasMore: boolean }> {
  requireAdmin(actor);
  const page = Math.max(1, query.page ?? 1);
  const rows = await db().auditLog.findMany({
    where: {
      ...(query.action ? { action: { startsWith: query.action } } : {}),
      ...(query.entityId ? { entityId: query.entityId } : {}),
    },
    orderBy: { id: "desc" },
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE + 1,
  });
  const actorIds = [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
  const names = new Map((await db().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } })).map((u) => [u.id, u.name ?? u.email]));
  return {
    rows: rows.slice(0, PAGE_SIZE).map((r) => ({
      id: r.id.toString(),
      at: r.at,
      actor: r.actorId ? (names.get(r.actorId) ?? "A deleted member") : "The system",
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      data: r.data,
    })),
    hasMore: rows.length > PAGE_SIZE,
  };
}
