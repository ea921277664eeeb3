"use server";

import { revalidatePath } from "next/cache";
import { cancelCheckIn, logCheckIn, rescheduleCheckIn, scheduleCheckIn } from "@/lib/data/check-ins";
import { checkInIdSchema, logCheckInSchema, rescheduleCheckInSchema, scheduleCheckInSchema } from "@/lib/validation/check-ins";
import { runAction } from "./run-action";

function refresh(relationshipId: string) {
  revalidatePath(`/relationships/${relationshipId}`, "layout");
  revalidatePath("/relationships");
  revalidatePath("/dashboard");
}

export async function scheduleCheckInAction(input: unknown) {
  const result = await runAction(scheduleCheckInSchema, input, scheduleCheckIn);
  if (result.ok) refresh(result.data.relationshipId);
  return result;
}

export async function rescheduleCheckInAction(input: unknown) {
  const result = await runAction(rescheduleCheckInSchema, input, rescheduleCheckIn);
  if (result.ok) refresh(result.data.relationshipId);
  return result;
}

export async function cancelCheckInAction(input: unknown) {
  const result = await runAction(checkInIdSchema, input, cancelCheckIn);
  if (result.ok) refresh(result.data.relationshipId);
  return result;
}

export async function logCheckInAction(input: unknown) {
  const result = await runAction(logCheckInSchema, input, logCheckIn);
  if (result.ok) {
    refresh(result.data.relationshipId);
    revalidatePath("/record");
  }
  return result;
}
