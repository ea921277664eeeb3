import "server-only";
import { recordAudit } from "@/lib/audit";
import { requireUser, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CreateGoalData, GoalProgressData, GoalStatus, UpdateGoalData } from "@/lib/validation/goals";
import { londonDayStart, todayInLondon } from "@/lib/validation/relationships";
import { findRelationshipForParticipant, lockActiveRelationship, NOT_FOUND_MESSAGE, type RelationshipAccess } from "./relationships";

// Goals belong to the mentee: they create and change them; the pair both see them.

type Tx = Prisma.TransactionClient;
const OWNER_ONLY = "Goals belong to the mentee or coachee: only they can add or change them.";

export interface GoalUpdateDto {
  at: Date;
  progress: number;
  status: GoalStatus;
  /** When the update was recorded as part of a check-in. */
  checkInId: string | null;
}

export interface GoalDto {
  id: string;
  title: string;
  measure: string;
  targetDate: Date | null;
  status: GoalStatus;
  progress: number;
  createdAt: Date;
  updatedAt: Date;
  updates: GoalUpdateDto[];
}

const goalSelect = {
  id: true,
  title: true,
  measure: true,
  targetDate: true,
  status: true,
  progress: true,
  createdAt: true,
  updatedAt: true,
  updates: { orderBy: { createdAt: "asc" }, select: { createdAt: true, progress: true, status: true, checkInId: true } },
} satisfies Prisma.GoalSelect;

function toGoal(row: Prisma.GoalGetPayload<{ select: typeof goalSelect }>): GoalDto {
  const { updates, ...rest } = row;
  return { ...rest, updates: updates.map((u) => ({ at: u.createdAt, progress: u.progress, status: u.status, checkInId: u.checkInId })) };
}

/** The pair's goals, open ones first. */
export async function listGoals(actor: Actor | null, relationshipId: string): Promise<GoalDto[]> {
  const access = await findRelationshipForParticipant(actor, relationshipId);
  const rows = await db().goal.findMany({ where: { relationshipId: access.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: goalSelect });
  const order: Record<GoalStatus, number> = { IN_PROGRESS: 0, NOT_STARTED: 1, ACHIEVED: 2, DROPPED: 3 };
  return rows.map(toGoal).sort((a, b) => order[a.status] - order[b.status]);
}

export async function getGoal(actor: Actor | null, input: { relationshipId: string; goalId: string }): Promise<GoalDto> {
  const access = await findRelationshipForParticipant(actor, input.relationshipId);
  const row = await db().goal.findFirst({ where: { id: input.goalId, relationshipId: access.id }, select: goalSelect });
  if (!row) throw new NotFoundError(NOT_FOUND_MESSAGE);
  return toGoal(row);
}

function targetDateOrThrow(targetDate: string | null, now: Date): Date | null {
  if (!targetDate) return null;
  if (targetDate < todayInLondon(now)) throw new ValidationError("Please correct the highlighted fields.", { targetDate: ["Choose a target date from today onwards."] });
  return londonDayStart(targetDate);
}

export async function createGoal(actor: Actor | null, input: CreateGoalData, now = new Date()): Promise<{ id: string; relationshipId: string }> {
  return db().$transaction(async (tx) => {
    const access = await lockActiveRelationship(tx, actor, input.relationshipId);
    if (access.role !== "MENTEE") throw new ForbiddenError(OWNER_ONLY);
    const goal = await tx.goal.create({
      data: {
        relationshipId: access.id,
        ownerId: access.user.id,
        title: input.title,
        measure: input.measure,
        targetDate: targetDateOrThrow(input.targetDate, now),
        status: input.status,
        progress: input.progress,
      },
      select: { id: true },
    });
    if (input.status !== "NOT_STARTED" || input.progress > 0) {
      await tx.goalUpdate.create({ data: { goalId: goal.id, progress: input.progress, status: input.status } });
    }
    await recordAudit(tx, { actorId: access.user.id, action: "goal.created", entityType: "Goal", entityId: goal.id, data: { relationshipId: access.id } });
    return { id: goal.id, relationshipId: access.id };
  });
}

/** Loads a goal for change: the relationship must be active and the caller its mentee. */
async function lockGoalForOwner(tx: Tx, actor: Actor | null, goalId: string) {
  const user = requireUser(actor);
  const goal = await tx.goal.findUnique({ where: { id: goalId }, select: { id: true, relationshipId: true, targetDate: true, status: true, progress: true } });
  if (!goal) throw new NotFoundError(NOT_FOUND_MESSAGE);
  // Outsiders get "not found" from here, before anything about the goal is revealed.
  const access = await lockActiveRelationship(tx, user, goal.relationshipId);
  if (access.role !== "MENTEE") throw new ForbiddenError(OWNER_ONLY);
  return { goal, access };
}

export async function updateGoal(actor: Actor | null, input: UpdateGoalData, now = new Date()): Promise<{ id: string; relationshipId: string }> {
  return db().$transaction(async (tx) => {
    const { goal, access } = await lockGoalForOwner(tx, actor, input.goalId);
    const newTarget = input.targetDate ? londonDayStart(input.targetDate) : null;
    const targetChanged = (newTarget?.getTime() ?? null) !== (goal.targetDate?.getTime() ?? null);
    const targetDate = targetChanged ? targetDateOrThrow(input.targetDate, now) : goal.targetDate;
    await tx.goal.update({
      where: { id: goal.id },
      data: { title: input.title, measure: input.measure, targetDate, status: input.status, progress: input.progress },
    });
    if (goal.status !== input.status || goal.progress !== input.progress) {
      await tx.goalUpdate.create({ data: { goalId: goal.id, progress: input.progress, status: input.status } });
    }
    await recordAudit(tx, { actorId: access.user.id, action: "goal.updated", entityType: "Goal", entityId: goal.id, data: { status: input.status, progress: input.progress } });
    return { id: goal.id, relationshipId: access.id };
  });
}

/**
 * Records progress on goals as part of a check-in (GoalUpdate rows tied to it). Runs inside the
 * check-in's transaction, after the relationship is locked; only the mentee moves their goals.
 */
export async function applyGoalUpdates(tx: Tx, access: RelationshipAccess, checkInId: string, updates: GoalProgressData[]): Promise<number> {
  if (updates.length === 0) return 0;
  if (access.role !== "MENTEE") throw new ForbiddenError("Progress on goals is recorded by the mentee or coachee, who owns them.");
  const ids = [...new Set(updates.map((u) => u.goalId))];
  const goals = await tx.goal.findMany({ where: { id: { in: ids }, relationshipId: access.id }, select: { id: true, status: true, progress: true } });
  if (goals.length !== ids.length) throw new ValidationError("Please correct the highlighted fields.", { goalUpdates: ["Some of those goals are not part of this relationship."] });
  let changed = 0;
  for (const update of updates) {
    const goal = goals.find((g) => g.id === update.goalId)!;
    if (goal.status === update.status && goal.progress === update.progress) continue;
    await tx.goal.update({ where: { id: goal.id }, data: { status: update.status, progress: update.progress } });
    await tx.goalUpdate.create({ data: { goalId: goal.id, checkInId, progress: update.progress, status: update.status } });
    goal.status = update.status;
    goal.progress = update.progress;
    changed++;
  }
  return changed;
}
