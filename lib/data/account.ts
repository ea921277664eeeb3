import "server-only";
import { recordAudit } from "@/lib/audit";
import { requireAdmin, requireUser, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageOf, pageWindow, type PageInfo } from "@/lib/paging";

type Tx = Prisma.TransactionClient;

/** Members listed per page on the members page. */
export const MEMBERS_PAGE_SIZE = 50;

/** Ends every session of the caller, on every device. */
export async function signOutEverywhere(actor: Actor | null): Promise<{ sessionsEnded: number }> {
  const user = requireUser(actor);
  const { count } = await db().session.deleteMany({ where: { userId: user.id } });
  return { sessionsEnded: count };
}

export interface MemberRowDto {
  id: string;
  name: string | null;
  email: string;
  role: "MEMBER" | "ADMIN";
  disabled: boolean;
  grade: string | null;
  region: string | null;
}

export async function listMembers(actor: Actor | null, query: { search?: string; page?: number } = {}): Promise<{ members: MemberRowDto[]; pages: PageInfo }> {
  requireAdmin(actor);
  const search = query.search?.trim();
  const where = search
    ? { OR: [{ name: { contains: search, mode: "insensitive" as const } }, { email: { contains: search, mode: "insensitive" as const } }] }
    : {};
  // Counted first, so a page past the end (a stale link, a narrower search) shows the last page.
  const pages = pageOf(query.page, await db().user.count({ where }), MEMBERS_PAGE_SIZE);
  const rows = await db().user.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    ...pageWindow(pages),
    select: { id: true, name: true, email: true, role: true, disabledAt: true, careerGrade: { select: { code: true } }, region: { select: { name: true } } },
  });
  return {
    members: rows.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      role: row.role,
      disabled: row.disabledAt !== null,
      grade: row.careerGrade?.code ?? null,
      region: row.region?.name ?? null,
    })),
    pages,
  };
}

export async function setMemberRole(actor: Actor | null, input: { userId: string; role: "MEMBER" | "ADMIN" }) {
  const admin = requireAdmin(actor);
  if (input.userId === admin.id && input.role !== "ADMIN") throw new ConflictError("You cannot remove your own programme lead role. Ask another lead.");
  await db().$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true } });
    if (!target) throw new NotFoundError("No such member.");
    if (target.role === input.role) return;
    await tx.user.update({ where: { id: input.userId }, data: { role: input.role } });
    await recordAudit(tx, { actorId: admin.id, action: "member.role_changed", entityType: "User", entityId: input.userId, data: { from: target.role, to: input.role } });
  });
}

/**
 * Disabling ends every session at once (the session lookup also refuses disabled members) and
 * withdraws every undecided or unanswered proposal the member is part of, so nobody waits on a
 * person who can no longer sign in: a request whose mentor was disabled goes back to the pool, and
 * its timeline says so. Rounds already leave disabled members out. Active relationships stay as
 * they are: ending one is for the pair, or for the lead to arrange with the partner.
 */
export async function setMemberDisabled(actor: Actor | null, input: { userId: string; disabled: boolean }) {
  const admin = requireAdmin(actor);
  if (input.userId === admin.id) throw new ConflictError("You cannot disable your own account.");
  await db().$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: input.userId }, select: { disabledAt: true } });
    if (!target) throw new NotFoundError("No such member.");
    if ((target.disabledAt !== null) === input.disabled) return;
    await tx.user.update({ where: { id: input.userId }, data: { disabledAt: input.disabled ? new Date() : null } });
    const withdrawn = input.disabled ? await withdrawProposalsOf(tx, input.userId) : 0;
    if (input.disabled) await tx.session.deleteMany({ where: { userId: input.userId } });
    await recordAudit(tx, {
      actorId: admin.id,
      action: input.disabled ? "member.disabled" : "member.enabled",
      entityType: "User",
      entityId: input.userId,
      ...(input.disabled ? { data: { withdrawnProposals: withdrawn } } : {}),
    });
  });
}

async function withdrawProposalsOf(tx: Tx, userId: string): Promise<number> {
  const withdrawn = { status: "WITHDRAWN" as const, rejectReason: "A member of this pair was disabled by the programme lead." };
  // Each statement changes only rows still undecided when it runs, so a proposal accepted a moment
  // earlier is neither withdrawn nor announced as withdrawn.
  const asked = await tx.proposal.updateManyAndReturn({
    where: { status: "AWAITING_MENTOR", mentorId: userId },
    data: withdrawn,
    select: { requestId: true, mode: true },
  });
  const rest = await tx.proposal.updateMany({
    where: { status: { in: ["PROPOSED", "AWAITING_MENTOR"] }, OR: [{ mentorId: userId }, { request: { menteeId: userId } }] },
    data: withdrawn,
  });
  // The mentee had been told a mentor was asked; say that the request is open again.
  if (asked.length) {
    await tx.requestEvent.createMany({
      data: asked.map((p) => ({
        requestId: p.requestId,
        kind: "mentor_unavailable",
        detail: `The ${p.mode === "MENTORING" ? "mentor" : "coach"} who was asked is no longer available. Your request is open again for a new match.`,
      })),
    });
  }
  return asked.length + rest.count;
}
