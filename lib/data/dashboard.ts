import "server-only";
import { requireMember, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";

export interface DashboardDto {
  name: string | null;
  isAdmin: boolean;
  openRequests: { id: string; mode: "MENTORING" | "COACHING"; createdAt: Date; expiresAt: Date; area: string | null }[];
  offers: { mode: "MENTORING" | "COACHING"; capacity: number; active: number }[];
}

export async function getDashboard(actor: Actor | null): Promise<DashboardDto> {
  const user = requireMember(actor);
  const [requests, offers, activeByMode] = await Promise.all([
    db().mentoringRequest.findMany({
      where: { menteeId: user.id, status: "OPEN" },
      orderBy: { createdAt: "desc" },
      select: { id: true, mode: true, createdAt: true, expiresAt: true, developmentArea: { select: { name: true } } },
    }),
    db().volunteerOffer.findMany({ where: { userId: user.id }, orderBy: { mode: "asc" }, select: { mode: true, capacity: true } }),
    db().relationship.groupBy({ by: ["mode"], where: { mentorId: user.id, status: "ACTIVE" }, _count: true }),
  ]);
  return {
    name: user.name,
    isAdmin: user.role === "ADMIN",
    openRequests: requests.map((r) => ({ id: r.id, mode: r.mode, createdAt: r.createdAt, expiresAt: r.expiresAt, area: r.developmentArea?.name ?? null })),
    offers: offers.map((o) => ({ ...o, active: activeByMode.find((a) => a.mode === o.mode)?._count ?? 0 })),
  };
}
