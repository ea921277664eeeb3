"use server";

import { revalidatePath } from "next/cache";
import { createMyRequest, removeMyConflict, removeMyExclusion, searchPeople, withdrawMyRequest } from "@/lib/data/requests";
import { rankMyShortlist } from "@/lib/data/mentee-shortlist";
import { peopleSearchSchema, rankShortlistSchema, removeConflictSchema, removeExclusionSchema, requestIdSchema, requestSchema } from "@/lib/validation/requests";
import { runAction } from "./run-action";

export async function createRequestAction(input: unknown) {
  const result = await runAction(requestSchema, input, createMyRequest);
  if (result.ok) revalidatePath("/requests");
  return result;
}

export async function withdrawRequestAction(input: unknown) {
  const result = await runAction(requestIdSchema, input, withdrawMyRequest);
  if (result.ok) revalidatePath("/requests");
  return result;
}

export async function searchPeopleAction(input: unknown) {
  return runAction(peopleSearchSchema, input, searchPeople);
}

export async function removeExclusionAction(input: unknown) {
  const result = await runAction(removeExclusionSchema, input, removeMyExclusion);
  if (result.ok) revalidatePath("/profile");
  return result;
}

export async function removeConflictAction(input: unknown) {
  const result = await runAction(removeConflictSchema, input, removeMyConflict);
  if (result.ok) revalidatePath("/profile");
  return result;
}

export async function rankShortlistAction(input: unknown) {
  const result = await runAction(rankShortlistSchema, input, rankMyShortlist);
  if (result.ok) revalidatePath("/requests");
  return result;
}
