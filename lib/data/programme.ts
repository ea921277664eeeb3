import "server-only";
// The programme lead's view of programme health: what waits for a decision, which pairs have
// gone quiet, which are ending. Counts and names only; never notes or contact details.
import { requireAdmin, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { personSummarySelect, toPersonSummary, type PersonSummaryDto } from "@/lib/data/rounds";
import { getProgrammeSettings } from "@/lib/data/settings";
import { pageOf, pageWindow, type PageInfo } from "@/lib/paging";

const DAY_MS = 24 * 60 * 60 * 1000;
type Mode = "MENTORING" | "COACHING";

export interface PairDto {
  id: string;
  mode: Mode;
  mentee: PersonSummaryDto;
  mentor: PersonSummaryDto;
  startedAt: Date;
  lastActivityAt: Date;
  plannedEndAt: Date | null;
}

export interface ProgrammeOverviewDto {
  openRequests: { mode: Mode; count: number; oldest: Date | null }[];
  proposalsToReview: number;
  awaitingMentor: number;
  activePairs: { mode: Mode; count: number }[];
  stalled: PairDto[];
  endingSoon: PairDto[];
  failedEmails: number;
  stalledAfterDays: number;
}

const pairSelect = {
  id: true,
  mode: true,
  startedAt: true,
  lastActivityAt: true,
  plannedEndAt: true,
  mentee: { select: personSummarySelect },
  mentor: { select: personSummarySelect },
} satisfies Prisma.RelationshipSelect;

function toPair(row: Prisma.RelationshipGetPayload<{ select: typeof pairSelect }>): PairDto {
  return { ...row, mentee: toPersonSummary(row.mentee), mentor: toPersonSummary(row.mentor) };
}

export async function getProgrammeOverview(actor: Actor | null, now = new Date()): Promise<ProgrammeOverviewDto> {
  requireAdmin(actor);
  const client = db();
  const settings = await getProgrammeSettings();
  const stalledBefore = new Date(now.getTime() - settings.stalledAfterDays * DAY_MS);
  const [open, proposalsToReview, awaitingMentor, active, stalled, endingSoon, failedEmails] = await Promise.all([
    client.mentoringRequest.groupBy({ by: ["mode"], where: { status: "OPEN" }, _count: true, _min: { createdAt: true } }),
    client.proposal.count({ where: { status: "PROPOSED" } }),
    client.proposal.count({ where: { status: "AWAITING_MENTOR" } }),
    client.relationship.groupBy({ by: ["mode"], where: { status: "ACTIVE" }, _count: true }),
    client.relationship.findMany({ where: { status: "ACTIVE", lastActivityAt: { lt: stalledBefore } }, orderBy: { lastActivityAt: "asc" }, take: 50, select: pairSelect }),
    client.relationship.findMany({
      where: { status: "ACTIVE", plannedEndAt: { gte: now, lt: new Date(now.getTime() + 30 * DAY_MS) } },
      orderBy: { plannedEndAt: "asc" },
      take: 50,
      select: pairSelect,
    }),
    client.emailMessage.count({ where: { status: "FAILED" } }),
  ]);
  const modes: Mode[] = ["MENTORING", "COACHING"];
  return {
    openRequests: modes.map((mode) => {
      const row = open.find((o) => o.mode === mode);
      return { mode, count: row?._count ?? 0, oldest: row?._min.createdAt ?? null };
    }),
    proposalsToReview,
    awaitingMentor,
    activePairs: modes.map((mode) => ({ mode, count: active.find((a) => a.mode === mode)?._count ?? 0 })),
    stalled: stalled.map(toPair),
    endingSoon: endingSoon.map(toPair),
    failedEmails,
    stalledAfterDays: settings.stalledAfterDays,
  };
}

export interface AdminRequestRowDto {
  id: string;
  mode: Mode;
  status: "OPEN" | "MATCHED" | "WITHDRAWN" | "EXPIRED";
  createdAt: Date;
  mentee: PersonSummaryDto;
  area: string | null;
  liveProposal: "PROPOSED" | "AWAITING_MENTOR" | null;
}

/** Open requests listed per page on the lead's requests page. */
export const REQUESTS_PAGE_SIZE = 50;

/** One page of the open requests, longest waiting first, for the lead. */
export async function listOpenRequests(
  actor: Actor | null,
  filters: { mode?: Mode; page?: number } = {},
): Promise<{ requests: AdminRequestRowDto[]; pages: PageInfo }> {
  requireAdmin(actor);
  const where = { status: "OPEN" as const, ...(filters.mode ? { mode: filters.mode } : {}) };
  const pages = pageOf(filters.page, await db().mentoringRequest.count({ where }), REQUESTS_PAGE_SIZE);
  const rows = await db().mentoringRequest.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    ...pageWindow(pages),
    select: {
      id: true,
      mode: true,
      status: true,
      createdAt: true,
      developmentArea: { select: { name: true } },
      mentee: { select: personSummarySelect },
      proposals: { where: { status: { in: ["PROPOSED", "AWAITING_MENTOR"] } }, select: { status: true } },
    },
  });
  const requests = rows.map((row) => ({
    id: row.id,
    mode: row.mode,
    status: row.status,
    createdAt: row.createdAt,
    mentee: toPersonSummary(row.mentee),
    area: row.developmentArea?.name ?? null,
    liveProposal: (row.proposals[0]?.status as "PROPOSED" | "AWAITING_MENTOR" | undefined) ?? null,
  }));
  return { requests, pages };
}

export interface RequestHistoryDto {
  /** The mentee's own ranking of their shortlist (optional mode), best first. */
  menteeRanking: PersonSummaryDto[];
  proposals: { id: string; status: string; mentor: PersonSummaryDto; score: number; createdAt: Date; decidedAt: Date | null; reason: string | null; roundId: string | null }[];
}

/** Every proposal ever made for a request, for its timeline on the lead's page. */
export async function getRequestHistory(actor: Actor | null, requestId: string): Promise<RequestHistoryDto> {
  requireAdmin(actor);
  const choices = await db().shortlistChoice.findMany({ where: { requestId }, orderBy: { rank: "asc" }, select: { mentor: { select: personSummarySelect } } });
  const proposals = await db().proposal.findMany({
    where: { requestId },
    orderBy: { createdAt: "asc" },
    select: { id: true, status: true, score: true, createdAt: true, decidedAt: true, rejectReason: true, declineReason: true, roundId: true, mentor: { select: personSummarySelect } },
  });
  return {
    menteeRanking: choices.map((c) => toPersonSummary(c.mentor)),
    proposals: proposals.map((p) => ({
      id: p.id,
      status: p.status,
      mentor: toPersonSummary(p.mentor),
      score: p.score,
      createdAt: p.createdAt,
      decidedAt: p.decidedAt,
      reason: p.rejectReason ?? p.declineReason,
      roundId: p.roundId,
    })),
  };
}
