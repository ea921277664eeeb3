// A snapshot of every table the working-together code writes, to prove a refused change changed
// nothing (not a row added, removed or altered, not an email queued, not an audit row written).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz";

export async function snapshot() {
  const client = db();
  const [relationships, agreements, goals, goalUpdates, checkIns, notes, feedback, emails, audit] = await Promise.all([
    client.relationship.findMany({ orderBy: { id: "asc" } }),
    client.agreement.findMany({ orderBy: { relationshipId: "asc" } }),
    client.goal.findMany({ orderBy: { id: "asc" } }),
    client.goalUpdate.findMany({ orderBy: { id: "asc" } }),
    client.checkIn.findMany({ orderBy: { id: "asc" } }),
    client.note.findMany({ orderBy: { id: "asc" } }),
    client.feedback.findMany({ orderBy: { id: "asc" } }),
    client.emailMessage.findMany({ orderBy: { id: "asc" }, select: { id: true, key: true } }),
    client.auditLog.count(),
  ]);
  return { relationships, agreements, goals, goalUpdates, checkIns, notes, feedback, emails, audit };
}

export function actorOf(user: { id: string; email: string; name: string | null; role?: "MEMBER" | "ADMIN" }): Actor {
  return { id: user.id, email: user.email, name: user.name, role: user.role ?? "MEMBER", profileCompleted: true };
}
