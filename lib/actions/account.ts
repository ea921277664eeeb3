"use server";

import { revalidatePath } from "next/cache";
import { setMemberDisabled, setMemberRole, signOutEverywhere } from "@/lib/data/account";
import { setDisabledSchema, setRoleSchema } from "@/lib/validation/account";
import { emptySchema } from "@/lib/validation/common";
import { runAction } from "./run-action";

export async function signOutEverywhereAction(input?: unknown) {
  return runAction(emptySchema, input, (actor) => signOutEverywhere(actor));
}

export async function setMemberRoleAction(input: unknown) {
  const result = await runAction(setRoleSchema, input, setMemberRole);
  if (result.ok) revalidatePath("/admin/members");
  return result;
}

export async function setMemberDisabledAction(input: unknown) {
  const result = await runAction(setDisabledSchema, input, setMemberDisabled);
  if (result.ok) revalidatePath("/admin/members");
  return result;
}
