"use server";

import { revalidatePath } from "next/cache";
import { saveMyEquality, withdrawMyEquality } from "@/lib/data/equality";
import { emptySchema } from "@/lib/validation/common";
import { equalitySchema } from "@/lib/validation/equality";
import { runAction } from "./run-action";

export async function saveEqualityAction(input: unknown) {
  const result = await runAction(equalitySchema, input, saveMyEquality);
  if (result.ok) revalidatePath("/profile/equality");
  return result;
}

export async function withdrawEqualityAction(input?: unknown) {
  const result = await runAction(emptySchema, input, (actor) => withdrawMyEquality(actor));
  if (result.ok) revalidatePath("/profile/equality");
  return result;
}
