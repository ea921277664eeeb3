import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit";
import { requireAdmin, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { proposeMatches, type Explanation, type Proposal, type UnmatchedMentee } from "@/lib/matching";
import { effectiveWeights, loadMentees, loadMentors, type RoundFilters } from "@/lib/data/matching";
import { pageOf, pageWindow, type PageInfo } from "@/lib/paging";
import { getProgrammeSettings } from "@/lib/data/settings";
import { PROPOSAL_STATUSES, type ProposalStatus } from "@/lib/validation/matching";

/** A round still RUNNING after this long died with its process; it is shown as failed. */
const STALE_ROUND_MS = 10 * 60 * 1000;

export interface RoundResultSummary {
  mentees: number;
  mentors: number;
  places: number;
  matched: number;
  totalScore: number;
  allowedPairs: number;
  optimal: boolean;
  superseded: number;
  unmatched: UnmatchedMentee[];
}

async function setProgress(roundId: string, progress: number) {
  await db().matchingRound.update({ where: { id: roundId }, data: { progress } });
}

/**
 * Runs a matching round over the open requests that fit the filters. The caller may choose the
 * round's id (so a browser can follow its progress while waiting). Proposals are stored in one
 * transaction at the end: a round that dies half-way stores nothing and is shown as failed.
 * Unreviewed proposals from earlier rounds for the same requests are superseded.
 */
export async function runMatchingRound(actor: Actor | null, input: { roundId?: string; filters: RoundFilters }): Promise<{ roundId: string; matched: number; unmatched: number }> {
  const admin = requireAdmin(actor);
  const settings = await getProgrammeSettings();
  const weights = effectiveWeights(settings.matchingWeights);
  const round = await db().matchingRound.create({
    data: { ...(input.roundId ? { id: input.roundId } : {}), runById: admin.id, filters: input.filters as Prisma.InputJsonValue, weights: weights as unknown as Prisma.InputJsonValue, progress: 5 },
    select: { id: true },
  });
  try {
    const mentees = await loadMentees(db(), input.filters);
    await setProgress(round.id, 30);
    const mentors = await loadMentors(db(), { mode: input.filters.mode });
    await setProgress(round.id, 50);
    const result = proposeMatches({ mentees, mentors, weights, now: Date.now() });
    await setProgress(round.id, 80);

    const requestIds = mentees.map((m) => m.requestId);
    await db().$transaction(
      async (tx) => {
        const superseded = await tx.proposal.updateMany({
          where: { requestId: { in: requestIds }, status: "PROPOSED" },
          data: { status: "WITHDRAWN", rejectReason: `Superseded by a later round` },
        });
        await storeProposals(tx, round.id, result.proposals);
        const summary: RoundResultSummary = { ...pickStats(result.stats), superseded: superseded.count, unmatched: result.unmatched };
        await tx.matchingRound.update({
          where: { id: round.id },
          data: { status: "COMPLETED", progress: 100, finishedAt: new Date(), result: summary as unknown as Prisma.InputJsonValue },
        });
        await recordAudit(tx, {
          actorId: admin.id,
          action: "round.completed",
          entityType: "MatchingRound",
          entityId: round.id,
          data: { filters: input.filters as Prisma.InputJsonValue, matched: result.stats.matched, mentees: mentees.length },
        });
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
    return { roundId: round.id, matched: result.proposals.length, unmatched: result.unmatched.length };
  } catch (error) {
    await db().matchingRound.update({ where: { id: round.id }, data: { status: "FAILED", finishedAt: new Date() } });
    throw error;
  }
}

/**
 * Every proposal of a round in one statement: the rows travel as one JSON document that PostgreSQL
 * unpacks. A national round has about 8,000 proposals with 20 MB of explanations; Prisma's
 * createMany took 5–8 s for them, this about 1.8 s (bench:round; decision 0009). Ids are UUIDs:
 * Prisma makes its cuids in the client, not in SQL.
 */
async function storeProposals(tx: Prisma.TransactionClient, roundId: string, proposals: Proposal[]) {
  if (proposals.length === 0) return;
  const rows = JSON.stringify(
    proposals.map((p) => ({ id: randomUUID(), requestId: p.requestId, mentorId: p.mentorId, mode: p.mode, score: p.score, explanation: p.explanation })),
  );
  await tx.$executeRaw`
    INSERT INTO "Proposal" ("id", "roundId", "requestId", "mentorId", "mode", "score", "explanation")
    SELECT r."id", ${roundId}, r."requestId", r."mentorId", r."mode"::"Mode", r."score", r."explanation"
    FROM jsonb_to_recordset(${rows}::jsonb) AS r("id" text, "requestId" text, "mentorId" text, "mode" text, "score" int, "explanation" jsonb)`;
}

function pickStats(stats: { mentees: number; mentors: number; places: number; matched: number; totalScore: number; allowedPairs: number; optimal: boolean }) {
  const { mentees, mentors, places, matched, totalScore, allowedPairs, optimal } = stats;
  return { mentees, mentors, places, matched, totalScore, allowedPairs, optimal };
}

export type RoundStatus = "RUNNING" | "COMPLETED" | "FAILED";

function effectiveStatus(row: { status: RoundStatus; startedAt: Date }): RoundStatus {
  return row.status === "RUNNING" && Date.now() - row.startedAt.getTime() > STALE_ROUND_MS ? "FAILED" : row.status;
}

export async function getRoundProgress(actor: Actor | null, input: { roundId: string }): Promise<{ status: RoundStatus | "NOT_STARTED"; progress: number }> {
  requireAdmin(actor);
  const row = await db().matchingRound.findUnique({ where: { id: input.roundId }, select: { status: true, progress: true, startedAt: true } });
  if (!row) return { status: "NOT_STARTED", progress: 0 };
  return { status: effectiveStatus(row), progress: row.progress };
}

export interface RoundListItemDto {
  id: string;
  status: RoundStatus;
  startedAt: Date;
  runBy: string | null;
  filters: RoundFilters;
  matched: number | null;
  mentees: number | null;
  pending: number;
}

export async function listRounds(actor: Actor | null): Promise<RoundListItemDto[]> {
  requireAdmin(actor);
  const rows = await db().matchingRound.findMany({
    orderBy: { startedAt: "desc" },
    take: 50,
    select: {
      id: true,
      status: true,
      startedAt: true,
      filters: true,
      result: true,
      runBy: { select: { name: true } },
      _count: { select: { proposals: { where: { status: "PROPOSED" } } } },
    },
  });
  return rows.map((row) => {
    const result = row.result as RoundResultSummary | null;
    return {
      id: row.id,
      status: effectiveStatus(row),
      startedAt: row.startedAt,
      runBy: row.runBy.name,
      filters: row.filters as RoundFilters,
      matched: result?.matched ?? null,
      mentees: result?.mentees ?? null,
      pending: row._count.proposals,
    };
  });
}

export interface PersonSummaryDto {
  id: string;
  name: string;
  grade: string | null;
  specialty: string | null;
  region: string | null;
}

export interface RoundProposalDto {
  id: string;
  status: ProposalStatus;
  requestId: string;
  mode: "MENTORING" | "COACHING";
  score: number;
  explanation: Explanation;
  mentee: PersonSummaryDto;
  mentor: PersonSummaryDto;
  area: string | null;
  waitingSince: Date;
  rejectReason: string | null;
  overrideJustification: string | null;
  /** Where the mentee ranked this mentor on their own shortlist (optional mode), if they did. */
  menteeRank: number | null;
}

/** Proposals and unmatched requests shown per page of a round's review page. */
export const ROUND_PAGE_SIZE = 50;

export interface RoundPageQuery {
  /** 1-based; a page past the end shows the last page. */
  page?: number;
  /** Only proposals with this status (all when absent). */
  status?: ProposalStatus;
  unmatchedPage?: number;
}

export interface RoundDetailDto {
  id: string;
  status: RoundStatus;
  startedAt: Date;
  finishedAt: Date | null;
  runBy: string | null;
  filters: RoundFilters;
  summary: (Omit<RoundResultSummary, "unmatched"> & { unmatchedCount: number }) | null;
  /** How many of the round's proposals are in each status now (the lead's decisions move them). */
  statusCounts: Record<ProposalStatus, number>;
  statusFilter: ProposalStatus | null;
  /** One page of the proposals in the filter, oldest request first. */
  proposals: RoundProposalDto[];
  proposalPages: PageInfo;
  /** One page of the requests the round could not match, with the reasons. */
  unmatched: (UnmatchedMentee & { mentee: PersonSummaryDto | null; area: string | null })[];
  unmatchedPages: PageInfo;
}

const personSelect = {
  id: true,
  name: true,
  careerGrade: { select: { code: true } },
  specialty: { select: { name: true } },
  region: { select: { name: true } },
} satisfies Prisma.UserSelect;

export function toPersonSummary(row: Prisma.UserGetPayload<{ select: typeof personSelect }>): PersonSummaryDto {
  return { id: row.id, name: row.name ?? "Member", grade: row.careerGrade?.code ?? null, specialty: row.specialty?.name ?? null, region: row.region?.name ?? null };
}
export { personSelect as personSummarySelect };

/**
 * One page of a round's proposals with their explanations, and one page of the unmatched with
 * their reasons. A national round has about 8,000 proposals (20 MB of explanations): the review
 * page shows them a page at a time, filtered by status. Admins only; no contact details.
 */
export async function getRound(actor: Actor | null, roundId: string, query: RoundPageQuery = {}): Promise<RoundDetailDto> {
  requireAdmin(actor);
  const row = await db().matchingRound.findUnique({
    where: { id: roundId },
    select: { id: true, status: true, startedAt: true, finishedAt: true, filters: true, result: true, runBy: { select: { name: true } } },
  });
  if (!row) throw new NotFoundError("No such round.");
  const counted = await db().proposal.groupBy({ by: ["status"], where: { roundId }, _count: true });
  const statusCounts = Object.fromEntries(PROPOSAL_STATUSES.map((status) => [status, 0])) as Record<ProposalStatus, number>;
  for (const c of counted) statusCounts[c.status] = c._count;
  const statusFilter = query.status ?? null;
  const inFilter = statusFilter ? statusCounts[statusFilter] : Object.values(statusCounts).reduce((a, b) => a + b, 0);
  const proposalPages = pageOf(query.page, inFilter, ROUND_PAGE_SIZE);

  const proposals = await db().proposal.findMany({
    where: { roundId, ...(statusFilter ? { status: statusFilter } : {}) },
    orderBy: [{ request: { createdAt: "asc" } }, { id: "asc" }],
    ...pageWindow(proposalPages),
    select: {
      id: true,
      status: true,
      requestId: true,
      mode: true,
      score: true,
      explanation: true,
      rejectReason: true,
      overrideJustification: true,
      mentor: { select: personSelect },
      request: {
        select: { createdAt: true, developmentArea: { select: { name: true } }, mentee: { select: personSelect }, shortlistChoices: { select: { mentorId: true, rank: true } } },
      },
    },
  });

  const stored = row.result as RoundResultSummary | null;
  const allUnmatched = stored?.unmatched ?? [];
  const unmatchedPages = pageOf(query.unmatchedPage, allUnmatched.length, ROUND_PAGE_SIZE);
  const { skip, take } = pageWindow(unmatchedPages);
  const unmatchedHere = allUnmatched.slice(skip, skip + take);
  const unmatchedRequests = unmatchedHere.length
    ? await db().mentoringRequest.findMany({
        where: { id: { in: unmatchedHere.map((u) => u.requestId) } },
        select: { id: true, developmentArea: { select: { name: true } }, mentee: { select: personSelect } },
      })
    : [];
  const requestsById = new Map(unmatchedRequests.map((r) => [r.id, r]));
  let summary: RoundDetailDto["summary"] = null;
  if (stored) {
    const { unmatched, ...counts } = stored;
    summary = { ...counts, unmatchedCount: unmatched.length };
  }
  return {
    id: row.id,
    status: effectiveStatus(row),
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    runBy: row.runBy.name,
    filters: row.filters as RoundFilters,
    summary,
    statusCounts,
    statusFilter,
    proposals: proposals.map((p) => ({
      id: p.id,
      status: p.status,
      requestId: p.requestId,
      mode: p.mode,
      score: p.score,
      explanation: p.explanation as unknown as Explanation,
      mentee: toPersonSummary(p.request.mentee),
      mentor: toPersonSummary(p.mentor),
      area: p.request.developmentArea?.name ?? null,
      waitingSince: p.request.createdAt,
      rejectReason: p.rejectReason,
      overrideJustification: p.overrideJustification,
      menteeRank: p.request.shortlistChoices.find((c) => c.mentorId === p.mentor.id)?.rank ?? null,
    })),
    proposalPages,
    unmatched: unmatchedHere.map((u) => {
      const request = requestsById.get(u.requestId);
      return { ...u, mentee: request ? toPersonSummary(request.mentee) : null, area: request?.developmentArea?.name ?? null };
    }),
    unmatchedPages,
  };
}
