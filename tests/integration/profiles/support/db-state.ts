// The whole database as a multiset of rows, to prove that a refused action changed nothing and
// that an accepted one changed only the caller's own rows.
import { db } from "@/lib/db";

export interface Row {
  table: string;
  json: string;
}

export type Snapshot = Map<string, number>;

const key = (table: string, json: string) => `${table}\u0001${json}`;

/** Every row of every table (migrations aside), each as its JSON text. */
export async function snapshotAll(): Promise<Snapshot> {
  const client = db();
  const tables = await client.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const sql = tables.map((t) => `SELECT '${t.tablename}' AS "table", row_to_json(x)::text AS "json" FROM "${t.tablename}" x`).join(" UNION ALL ");
  const rows = await client.$queryRawUnsafe<Row[]>(sql);
  const snapshot: Snapshot = new Map();
  for (const row of rows) snapshot.set(key(row.table, row.json), (snapshot.get(key(row.table, row.json)) ?? 0) + 1);
  return snapshot;
}

/** Rows that are in `after` but not in `before` (added or changed), and the other way round. */
export function diff(before: Snapshot, after: Snapshot): { added: Row[]; removed: Row[] } {
  const rows = (from: Snapshot, minus: Snapshot) =>
    [...from].flatMap(([k, count]) => {
      const extra = count - (minus.get(k) ?? 0);
      const [table, json] = k.split("\u0001");
      return extra > 0 ? Array.from({ length: extra }, () => ({ table, json })) : [];
    });
  return { added: rows(after, before), removed: rows(before, after) };
}

/**
 * Whether a row belongs to the member: their user row and the rows they own. A request's events
 * and proposals belong to whoever asked; an offer's areas to whoever offered.
 */
export function ownedBy(userId: string, row: Row, context: { requestIds: Set<string>; offerIds: Set<string> }): boolean {
  const r = JSON.parse(row.json) as Record<string, unknown>;
  switch (row.table) {
    case "User":
      return r.id === userId;
    case "EqualityData":
    case "VolunteerOffer":
    case "Session":
    case "Account":
    case "EmailMessage":
      return r.userId === userId;
    case "VolunteerOfferArea":
      return context.offerIds.has(String(r.offerId));
    case "MentoringRequest":
      return r.menteeId === userId;
    case "RequestEvent":
    case "Proposal":
      return context.requestIds.has(String(r.requestId));
    case "Exclusion":
      return r.ownerId === userId;
    case "DeclaredConflict":
      return r.declarerId === userId;
    case "AuditLog":
      return r.actorId === userId;
    default:
      return false;
  }
}

/** Ids of the member's requests and offers, before or after: rows hanging off them are theirs. */
export async function ownedIds(userId: string, rows: Row[]) {
  const client = db();
  const [requests, offers] = await Promise.all([
    client.mentoringRequest.findMany({ where: { menteeId: userId }, select: { id: true } }),
    client.volunteerOffer.findMany({ where: { userId }, select: { id: true } }),
  ]);
  const requestIds = new Set(requests.map((r) => r.id));
  const offerIds = new Set(offers.map((o) => o.id));
  // Deleted offers (withdrawn) are only in the "removed" rows.
  for (const row of rows) {
    const r = JSON.parse(row.json) as Record<string, unknown>;
    if (row.table === "VolunteerOffer" && r.userId === userId) offerIds.add(String(r.id));
    if (row.table === "MentoringRequest" && r.menteeId === userId) requestIds.add(String(r.id));
  }
  return { requestIds, offerIds };
}

/** The rows that changed but are not the member's own. */
export async function changedRowsNotOwnedBy(userId: string | null, before: Snapshot, after: Snapshot): Promise<Row[]> {
  const { added, removed } = diff(before, after);
  const all = [...added, ...removed];
  if (userId === null) return all;
  const context = await ownedIds(userId, all);
  return all.filter((row) => !ownedBy(userId, row, context));
}
