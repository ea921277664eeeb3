import "server-only";
import { db } from "@/lib/db";

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
