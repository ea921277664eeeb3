// Goals: specific (a title), measurable (how you will know), with a target date, a status and
// progress. Owned by the mentee. Importable by client components and the server.
import { z } from "zod";
import { idSchema, optionalDateInput, textInput, todayInLondon } from "./relationships";

export const GOAL_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "ACHIEVED", "DROPPED"] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  ACHIEVED: "Achieved",
  DROPPED: "Dropped",
};

export const goalStatusSchema = z.enum(GOAL_STATUSES, { error: "Choose where this goal stands." });

export const progressSchema = z.coerce
  .number({ error: "Enter progress as a number from 0 to 100." })
  .int("Enter a whole number from 0 to 100.")
  .min(0, "Progress cannot be below 0%.")
  .max(100, "Progress cannot be above 100%.");

/**
 * Status and progress must tell the same story: a goal with progress has started, and an achieved
 * goal is at 100% (set for the mentee rather than refused, so "Achieved" is one click).
 */
function consistent<T extends { status: GoalStatus; progress: number }>(value: T, ctx: z.RefinementCtx, path: (string | number)[] = []) {
  if (value.status === "NOT_STARTED" && value.progress > 0) {
    ctx.addIssue({ code: "custom", path: [...path, "status"], message: "Progress is above 0%, so this goal has started: choose “In progress”." });
  }
}
const normalise = <T extends { status: GoalStatus; progress: number }>(value: T): T => (value.status === "ACHIEVED" ? { ...value, progress: 100 } : value);

const goalFields = {
  title: textInput(5, 200, "Enter your goal.", "The goal"),
  measure: textInput(5, 1000, "Say how you will know you have achieved it.", "How you will know"),
  targetDate: optionalDateInput("the target date"),
  status: goalStatusSchema,
  progress: progressSchema,
};

export const createGoalSchema = z
  .object({ relationshipId: idSchema("relationship"), ...goalFields })
  .superRefine((value, ctx) => {
    consistent(value, ctx);
    if (value.targetDate && value.targetDate < todayInLondon()) {
      ctx.addIssue({ code: "custom", path: ["targetDate"], message: "Choose a target date from today onwards." });
    }
  })
  .transform(normalise);
export type CreateGoalInput = z.input<typeof createGoalSchema>;
export type CreateGoalData = z.output<typeof createGoalSchema>;

// A past target date is kept on edit (the mentee may be recording progress on an overdue goal);
// the data layer refuses only a newly chosen date in the past.
export const updateGoalSchema = z
  .object({ goalId: idSchema("goal"), ...goalFields })
  .superRefine((value, ctx) => consistent(value, ctx))
  .transform(normalise);
export type UpdateGoalInput = z.input<typeof updateGoalSchema>;
export type UpdateGoalData = z.output<typeof updateGoalSchema>;

/** One goal's new position, recorded as part of a check-in log. */
export const goalProgressSchema = z
  .object({ goalId: idSchema("goal"), status: goalStatusSchema, progress: progressSchema })
  .superRefine((value, ctx) => consistent(value, ctx))
  .transform(normalise);
export type GoalProgressData = z.output<typeof goalProgressSchema>;
