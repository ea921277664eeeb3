"use server";

import { revalidatePath } from "next/cache";
import { createGoal, updateGoal } from "@/lib/data/goals";
import { createGoalSchema, updateGoalSchema } from "@/lib/validation/goals";
import { runAction } from "./run-action";

export async function createGoalAction(input: unknown) {
  const result = await runAction(createGoalSchema, input, createGoal);
  if (result.ok) revalidatePath(`/relationships/${result.data.relationshipId}`, "layout");
  return result;
}

export async function updateGoalAction(input: unknown) {
  const result = await runAction(updateGoalSchema, input, updateGoal);
  if (result.ok) {
    revalidatePath(`/relationships/${result.data.relationshipId}`, "layout");
    revalidatePath("/record");
  }
  return result;
}
