import "server-only";
import { recordAudit } from "@/lib/audit";
import { requireAdmin, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReferenceKind } from "@/lib/validation/settings";

export interface Option {
  id: string;
  name: string;
}

export interface ReferenceOptions {
  grades: (Option & { rank: number; code: string })[];
  specialties: Option[];
  regions: Option[];
  employers: (Option & { regionId: string | null })[];
  developmentAreas: Option[];
}

/** The active reference lists for forms. Not personal data: anyone may read them. */
export async function getReferenceOptions(): Promise<ReferenceOptions> {
  const client = db();
  const [grades, specialties, regions, employers, developmentAreas] = await Promise.all([
    client.careerGrade.findMany({ where: { active: true }, orderBy: { rank: "asc" }, select: { id: true, name: true, rank: true, code: true } }),
    client.specialty.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    client.region.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    client.employer.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, regionId: true } }),
    client.developmentArea.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { grades, specialties, regions, employers, developmentAreas };
}

// ───────────── editing (the programme lead) ─────────────

export interface ReferenceItemDto {
  id: string;
  name: string;
  active: boolean;
  detail: string | null;
}

export type ReferenceListsDto = Record<ReferenceKind, ReferenceItemDto[]>;

/** Every reference list, inactive entries included, for the settings page. */
export async function listReferenceData(actor: Actor | null): Promise<ReferenceListsDto> {
  requireAdmin(actor);
  const client = db();
  const [grades, specialties, regions, employers, areas] = await Promise.all([
    client.careerGrade.findMany({ orderBy: { rank: "asc" }, select: { id: true, name: true, active: true, code: true, rank: true } }),
    client.specialty.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, active: true } }),
    client.region.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, active: true } }),
    client.employer.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, active: true, region: { select: { name: true } } } }),
    client.developmentArea.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, active: true } }),
  ]);
  return {
    careerGrade: grades.map((g) => ({ id: g.id, name: g.name, active: g.active, detail: `${g.code}, order ${g.rank}` })),
    specialty: specialties.map((s) => ({ ...s, detail: null })),
    region: regions.map((r) => ({ ...r, detail: null })),
    employer: employers.map((e) => ({ id: e.id, name: e.name, active: e.active, detail: e.region?.name ?? null })),
    developmentArea: areas.map((a) => ({ ...a, detail: null })),
  };
}

function codeFor(name: string): string {
  return name.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "").toUpperCase().slice(0, 60) || "ITEM";
}

function duplicateName(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Adds a specialty, region, employer or development area. Career grades are fixed in number and
 * order (matching compares their ranks), so they can be renamed or retired but not added here.
 */
export async function addReferenceItem(actor: Actor | null, input: { kind: Exclude<ReferenceKind, "careerGrade">; name: string; regionId: string | null }) {
  const admin = requireAdmin(actor);
  const code = `${codeFor(input.name)}_${Date.now().toString(36).toUpperCase()}`;
  try {
    await db().$transaction(async (tx) => {
      let id: string;
      if (input.kind === "specialty") id = (await tx.specialty.create({ data: { code, name: input.name } })).id;
      else if (input.kind === "region") id = (await tx.region.create({ data: { code, name: input.name } })).id;
      else if (input.kind === "developmentArea") id = (await tx.developmentArea.create({ data: { code, name: input.name } })).id;
      else {
        if (input.regionId && !(await tx.region.findUnique({ where: { id: input.regionId }, select: { id: true } }))) {
          throw new ValidationError("Please correct the highlighted fields.", { regionId: ["Choose a region from the list."] });
        }
        id = (await tx.employer.create({ data: { name: input.name, regionId: input.regionId } })).id;
      }
      await recordAudit(tx, { actorId: admin.id, action: "reference.added", entityType: input.kind, entityId: id, data: { name: input.name } });
    });
  } catch (error) {
    if (duplicateName(error)) throw new ValidationError("Please correct the highlighted fields.", { name: ["There is already an entry with this name."] });
    throw error;
  }
}

/** Renames or retires an entry. Retired entries stay on existing profiles but leave the forms. */
export async function updateReferenceItem(actor: Actor | null, input: { kind: ReferenceKind; id: string; name: string; active: boolean }) {
  const admin = requireAdmin(actor);
  const data = { name: input.name, active: input.active };
  try {
    await db().$transaction(async (tx) => {
      const where = { id: input.id };
      const updated =
        input.kind === "careerGrade"
          ? await tx.careerGrade.updateMany({ where, data })
          : input.kind === "specialty"
            ? await tx.specialty.updateMany({ where, data })
            : input.kind === "region"
              ? await tx.region.updateMany({ where, data })
              : input.kind === "employer"
                ? await tx.employer.updateMany({ where, data })
                : await tx.developmentArea.updateMany({ where, data });
      if (updated.count === 0) throw new NotFoundError("No such entry.");
      await recordAudit(tx, { actorId: admin.id, action: "reference.updated", entityType: input.kind, entityId: input.id, data });
    });
  } catch (error) {
    if (duplicateName(error)) throw new ValidationError("Please correct the highlighted fields.", { name: ["There is already an entry with this name."] });
    throw error;
  }
}
