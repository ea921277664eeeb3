import "server-only";
import { recordAudit } from "@/lib/audit";
import { requireAdmin, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { proposeMatches, type Explanation, type UnmatchedMentee } from "@/lib/matching";
import { effectiveWeights, loadMentees, loadMentors, type RoundFilters } from "@/lib/data/matching";
import { getProgrammeSettings } from "@/lib/data/settings";

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
        await tx.proposal.createMany({
          data: result.proposals.map((p) => ({
            roundId: round.id,
            requestId: p.requestId,
            mentorId: p.mentorId,
            mode: p.mode,
            score: p.score,
            explanation: p.explanation as unknown as Prisma.InputJsonValue,
          })),
        });
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
  status: "PROPOSED" | "REJECTED" | "AWAITING_MENTOR" | "DECLINED" | "EXPIRED" | "ACCEPTED" | "WITHDRAWN";
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

export interface RoundDetailDto {
  id: string;
  status: RoundStatus;
  startedAt: Date;
  finishedAt: Date | null;
  runBy: string | null;
  filters: RoundFilters;
  summary: RoundResultSummary | null;
  proposals: RoundProposalDto[];
  unmatched: (UnmatchedMentee & { mentee: PersonSummaryDto | null; area: string | null })[];
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

/** A round's proposals with their explanations, and the unmatched with their reasons. Admins only; no contact details. */
export async function getRound(actor: Actor | null, roundId: string): Promise<RoundDetailDto> {
  requireAdmin(actor);
  const row = await db().matchingRound.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      status: true,
      startedAt: true,
      finishedAt: true,
      filters: true,
      result: true,
      runBy: { select: { name: true } },
      proposals: {
        orderBy: [{ request: { createdAt: "asc" } }, { id: "asc" }],
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
      },
    },
  });
  if (!row) throw new NotFoundError("No such round.");
  const summary = row.result as RoundResultSummary | null;
  const unmatchedRequests = summary?.unmatched.length
    ? await db().mentoringRequest.findMany({
        where: { id: { in: summary.unmatched.map((u) => u.requestId) } },
        select: { id: true, developmentArea: { select: { name: true } }, mentee: { select: personSelect } },
      })
    : [];
  return {
    id: row.id,
    status: effectiveStatus(row),
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    runBy: row.runBy.name,
    filters: row.filters as RoundFilters,
    summary,
    proposals: row.proposals.map((p) => ({
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
    unmatched: (summary?.unmatched ?? []).map((u) => {
      const request = unmatchedRequests.find((r) => r.id === u.requestId);
      return { ...u, mentee: request ? toPersonSummary(request.mentee) : null, area: request?.developmentArea?.name ?? null };
    }),
  };
}
