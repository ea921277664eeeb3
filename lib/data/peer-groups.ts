import "server-only";
// Peer groups formed by the programme lead with the engine's formPeerGroups: trainee
// peer-mentoring groups, departmental groups for new consultants, CPD groups.
import { recordAudit } from "@/lib/audit";
import { requireAdmin, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { formPeerGroups, type PeerGroupPerson } from "@/lib/matching";
import { personSummarySelect, toPersonSummary, type PersonSummaryDto } from "@/lib/data/rounds";
import type { PeerGroupFormInput } from "@/lib/validation/peer-groups";

type Kind = "DEPARTMENTAL" | "TRAINEE" | "CPD";

export const KIND_LABELS: Record<Kind, string> = {
  TRAINEE: "Trainee peer-mentoring group",
  DEPARTMENTAL: "Departmental peer group",
  CPD: "CPD peer group",
};

export interface GroupPreviewDto {
  groups: { key: string; name: string; explanation: string; regionId: string | null; specialtyId: string | null; members: PersonSummaryDto[] }[];
  leftOut: { person: PersonSummaryDto; reason: string }[];
  considered: number;
}

/**
 * Forms groups from the members who fit the filters and are not already in an active group of
 * this kind. Deterministic, so "create" forms exactly the groups the preview showed (unless people
 * changed in between), and the browser never tells the server who goes where.
 */
async function planGroups(input: PeerGroupFormInput): Promise<GroupPreviewDto> {
  const grades = await db().careerGrade.findMany({ where: { id: { in: input.careerGradeIds } }, select: { id: true } });
  if (grades.length !== input.careerGradeIds.length || grades.length === 0) {
    throw new ValidationError("Please correct the highlighted fields.", { careerGradeIds: ["Choose at least one grade from the list."] });
  }
  const people = await db().user.findMany({
    where: {
      disabledAt: null,
      profileCompletedAt: { not: null },
      careerGradeId: { in: input.careerGradeIds },
      ...(input.regionId ? { regionId: input.regionId } : {}),
      ...(input.specialtyId ? { specialtyId: input.specialtyId } : {}),
      groupMemberships: { none: { group: { kind: input.kind, archivedAt: null } } },
    },
    select: { ...personSummarySelect, careerGrade: { select: { code: true, rank: true } }, specialty: { select: { id: true, name: true } }, region: { select: { id: true, name: true } } },
  });
  const engineInput: PeerGroupPerson[] = people.flatMap((p) =>
    p.careerGrade && p.specialty && p.region
      ? [{ personId: p.id, gradeRank: p.careerGrade.rank, specialtyId: p.specialty.id, specialtyName: p.specialty.name, regionId: p.region.id, regionName: p.region.name }]
      : [],
  );
  const result = formPeerGroups(engineInput, {
    minSize: input.minSize,
    maxSize: input.maxSize,
    gradeMix: input.gradeMix,
    byRegion: input.byRegion,
    bySpecialty: input.bySpecialty,
  });
  const byId = new Map(people.map((p) => [p.id, p]));
  const engineById = new Map(engineInput.map((p) => [p.personId, p]));
  const counters = new Map<string, number>();
  return {
    considered: engineInput.length,
    groups: result.groups.map((group) => {
      const members = group.memberIds.map((id) => engineById.get(id)!);
      const regionIds = new Set(members.map((m) => m.regionId));
      const specialtyIds = new Set(members.map((m) => m.specialtyId));
      const regionName = regionIds.size === 1 ? members[0].regionName : "Mixed regions";
      const base = `${regionName} ${KIND_LABELS[input.kind].toLowerCase()}`;
      const n = (counters.get(base) ?? 0) + 1;
      counters.set(base, n);
      return {
        key: group.groupId,
        name: `${base} ${n}`,
        explanation: group.explanation,
        regionId: regionIds.size === 1 ? members[0].regionId : null,
        specialtyId: specialtyIds.size === 1 ? members[0].specialtyId : null,
        members: group.memberIds.map((id) => toPersonSummary(byId.get(id)!)),
      };
    }),
    leftOut: result.leftOut.map((l) => ({ person: toPersonSummary(byId.get(l.personId)!), reason: l.reason })),
  };
}

export async function previewPeerGroups(actor: Actor | null, input: PeerGroupFormInput): Promise<GroupPreviewDto> {
  requireAdmin(actor);
  return planGroups(input);
}

export async function createPeerGroups(actor: Actor | null, input: PeerGroupFormInput): Promise<{ created: number }> {
  const admin = requireAdmin(actor);
  const plan = await planGroups(input);
  if (plan.groups.length === 0) throw new ValidationError("No groups can be formed from these people: widen the filters.");
  await db().$transaction(async (tx) => {
    for (const group of plan.groups) {
      const created = await tx.peerGroup.create({
        data: {
          name: group.name,
          kind: input.kind,
          regionId: group.regionId,
          specialtyId: group.specialtyId,
          explanation: group.explanation,
          createdById: admin.id,
          members: { create: group.members.map((m) => ({ userId: m.id })) },
        },
        select: { id: true },
      });
      await recordAudit(tx, { actorId: admin.id, action: "group.created", entityType: "PeerGroup", entityId: created.id, data: { kind: input.kind, members: group.members.length } });
    }
  });
  return { created: plan.groups.length };
}

export interface PeerGroupRowDto {
  id: string;
  name: string;
  kind: Kind;
  explanation: string | null;
  createdAt: Date;
  members: PersonSummaryDto[];
}

export async function listPeerGroups(actor: Actor | null): Promise<PeerGroupRowDto[]> {
  requireAdmin(actor);
  const groups = await db().peerGroup.findMany({
    where: { archivedAt: null },
    orderBy: [{ createdAt: "desc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true, explanation: true, createdAt: true, members: { select: { user: { select: personSummarySelect } } } },
  });
  return groups.map((g) => ({ ...g, members: g.members.map((m) => toPersonSummary(m.user)) }));
}

export async function archivePeerGroup(actor: Actor | null, input: { groupId: string }) {
  const admin = requireAdmin(actor);
  await db().$transaction(async (tx) => {
    const { count } = await tx.peerGroup.updateMany({ where: { id: input.groupId, archivedAt: null }, data: { archivedAt: new Date() } });
    if (count === 0) throw new NotFoundError("No such active group.");
    await recordAudit(tx, { actorId: admin.id, action: "group.archived", entityType: "PeerGroup", entityId: input.groupId });
  });
}
