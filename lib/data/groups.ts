import "server-only";
import { requireMember, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";

export interface MyGroupDto {
  id: string;
  name: string;
  kind: "DEPARTMENTAL" | "TRAINEE" | "CPD";
  region: string | null;
  specialty: string | null;
  explanation: string | null;
  members: { id: string; name: string; grade: string | null; isMe: boolean }[];
}

/** The peer groups the caller belongs to, with fellow members' names and grades (no contact details). */
export async function listMyGroups(actor: Actor | null): Promise<MyGroupDto[]> {
  const user = requireMember(actor);
  const groups = await db().peerGroup.findMany({
    where: { archivedAt: null, members: { some: { userId: user.id } } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      kind: true,
      explanation: true,
      region: { select: { name: true } },
      specialty: { select: { name: true } },
      members: { orderBy: { user: { name: "asc" } }, select: { user: { select: { id: true, name: true, careerGrade: { select: { code: true } } } } } },
    },
  });
  return groups.map((group) => ({
    id: group.id,
    name: group.name,
    kind: group.kind,
    explanation: group.explanation,
    region: group.region?.name ?? null,
    specialty: group.specialty?.name ?? null,
    members: group.members.map(({ user: member }) => ({ id: member.id, name: member.name ?? "Member", grade: member.careerGrade?.code ?? null, isMe: member.id === user.id })),
  }));
}
