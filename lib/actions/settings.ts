"use server";

import { revalidatePath } from "next/cache";
import { addReferenceItem, updateReferenceItem } from "@/lib/data/reference";
import { updateMatchingWeights, updateProgrammeSettings } from "@/lib/data/settings";
import { addReferenceSchema, matchingWeightsSchema, programmeNumbersSchema, updateReferenceSchema } from "@/lib/validation/settings";
import { runAction } from "./run-action";

export async function updateProgrammeSettingsAction(input: unknown) {
  const result = await runAction(programmeNumbersSchema, input, updateProgrammeSettings);
  if (result.ok) revalidatePath("/admin/settings");
  return result;
}

export async function updateMatchingWeightsAction(input: unknown) {
  const result = await runAction(matchingWeightsSchema, input, updateMatchingWeights);
  if (result.ok) revalidatePath("/admin/settings");
  return result;
}

export async function addReferenceItemAction(input: unknown) {
  const result = await runAction(addReferenceSchema, input, addReferenceItem);
  if (result.ok) revalidatePath("/admin/settings");
  return result;
}

export async function updateReferenceItemAction(input: unknown) {
  const result = await runAction(updateReferenceSchema, input, updateReferenceItem);
  if (result.ok) revalidatePath("/admin/settings");
  return result;
}
