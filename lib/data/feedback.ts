import "server-only";
import { recordAudit } from "@/lib/audit";
import { requireAdmin, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FeedbackData } from "@/lib/validation/relationships";
import { findRelationshipForParticipant, type Mode } from "./relationships";

// Feedback at the end of a relationship: one per person per relationship. The free text is for
// the programme lead, and only in aggregate: no function returns it with a name, a relationship or
// a date, and none returns it at all to the other person in the pair.

/** Whether the caller can still give feedback on this relationship. */
export async function getMyFeedbackStatus(actor: Actor | null, relationshipId: string): Promise<{ ended: boolean; given: boolean }> {
  const access = await findRelationshipForParticipant(actor, relationshipId);
  const row = await db().feedback.findUnique({ where: { relationshipId_authorId: { relationshipId: access.id, authorId: access.user.id } }, select: { id: true } });
  return { ended: access.status === "ENDED", given: Boolean(row) };
}

export async function submitFeedback(actor: Actor | null, input: FeedbackData): Promise<{ relationshipId: string }> {
  try {
    return await db().$transaction(async (tx) => {
      const access = await findRelationshipForParticipant(actor, input.relationshipId, tx);
      if (access.status !== "ENDED") throw new ConflictError("You can give feedback once the relationship has ended.");
      const feedback = await tx.feedback.create({
        data: { relationshipId: access.id, authorId: access.user.id, satisfaction: input.satisfaction, wouldRecommend: input.wouldRecommend, comment: input.comment },
        select: { id: true },
      });
      await recordAudit(tx, { actorId: access.user.id, action: "feedback.given", entityType: "Feedback", entityId: feedback.id, data: { relationshipId: access.id } });
      return { relationshipId: access.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ConflictError("You have already given feedback on this relationship. Thank you.");
    }
    throw error;
  }
}

export interface FeedbackSummaryDto {
  mode: Mode;
  responses: number;
  averageSatisfaction: number | null;
  /** Share of responses that would recommend the programme, 0–1. */
  recommendRate: number | null;
  /** Comments without names, dates or relationships, in alphabetical order; withheld below the threshold. */
  comments: string[];
  commentsWithheld: boolean;
}

/** Fewer responses than this and comments could point to a person: they are withheld. */
export const COMMENT_THRESHOLD = 5;

/** For the programme lead: feedback in aggregate, per mode. */
export async function getFeedbackSummary(actor: Actor | null): Promise<FeedbackSummaryDto[]> {
  requireAdmin(actor);
  const rows = await db().feedback.findMany({ select: { satisfaction: true, wouldRecommend: true, comment: true, relationship: { select: { mode: true } } } });
  return (["MENTORING", "COACHING"] as const).map((mode) => {
    const mine = rows.filter((r) => r.relationship.mode === mode);
    const responses = mine.length;
    const withheld = responses < COMMENT_THRESHOLD;
    return {
      mode,
      responses,
      averageSatisfaction: responses ? Math.round((mine.reduce((sum, r) => sum + r.satisfaction, 0) / responses) * 10) / 10 : null,
      recommendRate: responses ? mine.filter((r) => r.wouldRecommend).length / responses : null,
      comments: withheld ? [] : mine.flatMap((r) => (r.comment ? [r.comment] : [])).sort((a, b) => a.localeCompare(b, "en-GB")),
      commentsWithheld: withheld && mine.some((r) => r.comment),
    };
  });
}
