"use server";

import { revalidatePath } from "next/cache";
import { completeOnboarding, saveMyProfile } from "@/lib/data/profile";
import { onboardingSchema, profileSchema } from "@/lib/validation/profile";
import { runAction } from "./run-action";

export async function completeOnboardingAction(input: unknown) {
  const result = await runAction(onboardingSchema, input, completeOnboarding);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function saveProfileAction(input: unknown) {
  const result = await runAction(profileSchema, input, saveMyProfile);
  if (result.ok) revalidatePath("/profile");
  return result;
}
