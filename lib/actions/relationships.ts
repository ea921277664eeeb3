"use server";

import { revalidatePath } from "next/cache";
import { submitFeedback } from "@/lib/data/feedback";
import { confirmAgreement, endRelationship, requestRematch, saveAgreement } from "@/lib/data/relationships";
import { agreementSchema, endRelationshipSchema, feedbackSchema, relationshipIdSchema } from "@/lib/validation/relationships";
import { runAction } from "./run-action";

// The relationship page and its sub-pages, and the caller's own lists that show it.
function refresh(relationshipId: string) {
  revalidatePath(`/relationships/${relationshipId}`, "layout");
  revalidatePath("/relationships");
  revalidatePath("/dashboard");
}

export async function saveAgreementAction(input: unknown) {
  const result = await runAction(agreementSchema, input, saveAgreement);
  if (result.ok) refresh(result.data.relationshipId);
  return result;
}

export async function confirmAgreementAction(input: unknown) {
  const result = await runAction(relationshipIdSchema, input, confirmAgreement);
  if (result.ok) refresh(result.data.relationshipId);
  return result;
}

export async function endRelationshipAction(input: unknown) {
  const result = await runAction(endRelationshipSchema, input, endRelationship);
  if (result.ok) {
    refresh(result.data.relationshipId);
    revalidatePath("/record");
  }
  return result;
}

export async function requestRematchAction(input: unknown) {
  const result = await runAction(relationshipIdSchema, input, requestRematch);
  if (result.ok) refresh(result.data.relationshipId);
  return result;
}

export async function submitFeedbackAction(input: unknown) {
  const result = await runAction(feedbackSchema, input, submitFeedback);
  if (result.ok) refresh(result.data.relationshipId);
  return result;
}
