"use server";

import { revalidatePath } from "next/cache";
import { saveMyOffer, withdrawMyOffer } from "@/lib/data/volunteering";
import { offerSchema, withdrawOfferSchema } from "@/lib/validation/volunteering";
import { runAction } from "./run-action";

export async function saveOfferAction(input: unknown) {
  const result = await runAction(offerSchema, input, saveMyOffer);
  if (result.ok) revalidatePath("/volunteer");
  return result;
}

export async function withdrawOfferAction(input: unknown) {
  const result = await runAction(withdrawOfferSchema, input, withdrawMyOffer);
  if (result.ok) revalidatePath("/volunteer");
  return result;
}
