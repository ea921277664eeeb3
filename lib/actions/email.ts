"use server";

import { revalidatePath } from "next/cache";
import { resendEmail, updateEmailPreferences } from "@/lib/data/email";
import { emailPreferencesSchema, resendEmailSchema } from "@/lib/email/preferences";
import { runAction } from "./run-action";

export async function updateEmailPreferencesAction(input: unknown) {
  const result = await runAction(emailPreferencesSchema, input, updateEmailPreferences);
  if (result.ok) revalidatePath("/settings");
  return result;
}

export async function resendEmailAction(input: unknown) {
  const result = await runAction(resendEmailSchema, input, (actor, { emailId }) => resendEmail(actor, emailId));
  if (result.ok) revalidatePath("/admin/email");
  return result;
}
