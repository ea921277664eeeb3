import "server-only";
// Programme reports for the lead: aggregates only. Equality data and feedback comments never leave
// here tied to a person, and small counts are suppressed so nobody can be singled out.
import { requireAdmin, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";

/** Counts below this are shown as "fewer than 5" in equality tables. */
export const SUPPRESS_BELOW = 5;

type Mode = "MENTORING" | "COACHING";

export interface RegionRowDto {
  region: string;
  openRequests: number;
  freePlaces: number;
  activePairs: number;
}

export interface EqualityTableDto {
  question: string;
  rows: { answer: string; mentees: number | null; volunteers: number | null }[];
}

export interface ProgrammeReportDto {
  requests: { mode: Mode; open: number; matched: number; withdrawn: number; expired: number; medianDaysToMatch: number | null }[];
  relationships: { mode: Mode; active: number; ended: number }[];
  regions: RegionRowDto[];
  feedback: { responses: number; meanSatisfaction: number | null; wouldRecommendPercent: number | null; comments: string[] };
  equality: { consented: number; tables: EqualityTableDto[] };
}

function suppress(count: number): number | null {
  return count === 0 ? 0 : count < SUPPRESS_BELOW ? null : count;
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}

export async function getProgrammeReport(actor: Actor | null): Promise<ProgrammeReportDto> {
  requireAdmin(actor);
  const client = db();
  const [requestCounts, matched, relationshipCounts, regions, openByRegion, offers, takenByMentor, activeByRegion, feedback, equality, menteeIds, volunteerIds] =
    await Promise.all([
      client.mentoringRequest.groupBy({ by: ["mode", "status"], _count: true }),
      client.mentoringRequest.findMany({ where: { status: "MATCHED", closedAt: { not: null } }, select: { mode: true, createdAt: true, closedAt: true } }),
      client.relationship.groupBy({ by: ["mode", "status"], _count: true }),
      client.region.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
      client.mentoringRequest.findMany({ where: { status: "OPEN" }, select: { mentee: { select: { regionId: true } } } }),
      client.volunteerOffer.findMany({ where: { user: { disabledAt: null } }, select: { userId: true, mode: true, capacity: true, user: { select: { regionId: true } } } }),
      client.relationship.groupBy({ by: ["mentorId", "mode"], where: { status: "ACTIVE" }, _count: true }),
      client.relationship.findMany({ where: { status: "ACTIVE" }, select: { mentee: { select: { regionId: true } } } }),
      client.feedback.findMany({ select: { satisfaction: true, wouldRecommend: true, comment: true }, orderBy: { createdAt: "desc" } }),
      client.equalityData.findMany({ select: { userId: true, gender: true, ethnicMinority: true, imgStatus: true, disability: true } }),
      client.mentoringRequest.findMany({ distinct: ["menteeId"], select: { menteeId: true } }),
      client.volunteerOffer.findMany({ distinct: ["userId"], select: { userId: true } }),
    ]);

  const modes: Mode[] = ["MENTORING", "COACHING"];
  const count = (mode: Mode, status: string) => requestCounts.find((r) => r.mode === mode && r.status === status)?._count ?? 0;
  const taken = new Map(takenByMentor.map((t) => [`${t.mentorId}:${t.mode}`, t._count]));

  const menteeSet = new Set(menteeIds.map((m) => m.menteeId));
  const volunteerSet = new Set(volunteerIds.map((v) => v.userId));
  const table = (question: string, answerOf: (row: (typeof equality)[number]) => string | null): EqualityTableDto => {
    const answers = new Map<string, { mentees: number; volunteers: number }>();
    for (const row of equality) {
      const answer = answerOf(row) ?? "Not answered";
      const entry = answers.get(answer) ?? { mentees: 0, volunteers: 0 };
      if (menteeSet.has(row.userId)) entry.mentees++;
      if (volunteerSet.has(row.userId)) entry.volunteers++;
      answers.set(answer, entry);
    }
    return {
      question,
      rows: [...answers.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([answer, c]) => ({ answer, mentees: suppress(c.mentees), volunteers: suppress(c.volunteers) })),
    };
  };
  const yesNo = (value: boolean | null) => (value === true ? "Yes" : value === false ? "No" : null);

  const satisfaction = feedback.map((f) => f.satisfaction);
  return {
    requests: modes.map((mode) => ({
      mode,
      open: count(mode, "OPEN"),
      matched: count(mode, "MATCHED"),
      withdrawn: count(mode, "WITHDRAWN"),
      expired: count(mode, "EXPIRED"),
      medianDaysToMatch: median(matched.filter((m) => m.mode === mode).map((m) => Math.round((m.closedAt!.getTime() - m.createdAt.getTime()) / 86_400_000))),
    })),
    relationships: modes.map((mode) => ({
      mode,
      active: relationshipCounts.find((r) => r.mode === mode && r.status === "ACTIVE")?._count ?? 0,
      ended: relationshipCounts.find((r) => r.mode === mode && r.status === "ENDED")?._count ?? 0,
    })),
    regions: regions.map((region) => ({
      region: region.name,
      openRequests: openByRegion.filter((r) => r.mentee.regionId === region.id).length,
      freePlaces: offers
        .filter((o) => o.user.regionId === region.id)
        .reduce((sum, o) => sum + Math.max(0, o.capacity - (taken.get(`${o.userId}:${o.mode}`) ?? 0)), 0),
      activePairs: activeByRegion.filter((r) => r.mentee.regionId === region.id).length,
    })),
    feedback: {
      responses: feedback.length,
      meanSatisfaction: satisfaction.length ? Math.round((satisfaction.reduce((a, b) => a + b, 0) / satisfaction.length) * 10) / 10 : null,
      wouldRecommendPercent: feedback.length ? Math.round((feedback.filter((f) => f.wouldRecommend).length / feedback.length) * 100) : null,
      // Comments without their authors, newest first.
      comments: feedback.flatMap((f) => (f.comment ? [f.comment] : [])),
    },
    equality: {
      consented: equality.length,
      tables: [
        table("Gender", (row) => row.gender),
        table("Minority ethnic background", (row) => yesNo(row.ethnicMinority)),
        table("International medical graduate", (row) => yesNo(row.imgStatus)),
        table("Disability", (row) => yesNo(row.disability)),
      ],
    },
  };
}

/** The report as CSV rows (header first). Cells that a spreadsheet would run as a formula are defused. */
export function reportToCsv(report: ProgrammeReportDto): string {
  const rows: (string | number | null)[][] = [
    ["section", "item", "measure", "value"],
    ...report.requests.flatMap((r) => [
      ["requests", r.mode, "open", r.open],
      ["requests", r.mode, "matched", r.matched],
      ["requests", r.mode, "withdrawn", r.withdrawn],
      ["requests", r.mode, "expired", r.expired],
      ["requests", r.mode, "median days to match", r.medianDaysToMatch],
    ]),
    ...report.relationships.flatMap((r) => [
      ["relationships", r.mode, "active", r.active],
      ["relationships", r.mode, "ended", r.ended],
    ]),
    ...report.regions.flatMap((r) => [
      ["regions", r.region, "open requests", r.openRequests],
      ["regions", r.region, "free places", r.freePlaces],
      ["regions", r.region, "active pairs", r.activePairs],
    ]),
    ["feedback", "all", "responses", report.feedback.responses],
    ["feedback", "all", "mean satisfaction (1-5)", report.feedback.meanSatisfaction],
    ["feedback", "all", "would recommend (%)", report.feedback.wouldRecommendPercent],
    ...report.equality.tables.flatMap((t) =>
      t.rows.flatMap((row) => [
        ["equality", `${t.question}: ${row.answer}`, "mentees", row.mentees ?? `fewer than ${SUPPRESS_BELOW}`],
        ["equality", `${t.question}: ${row.answer}`, "volunteers", row.volunteers ?? `fewer than ${SUPPRESS_BELOW}`],
      ]),
    ),
  ];
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
