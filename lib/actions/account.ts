"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { sessionCookieName } from "@/lib/auth";
import { setMemberDisabled, setMemberRole, signOutEverywhere } from "@/lib/data/account";
import { setDisabledSchema, setRoleSchema } from "@/lib/validation/account";
import { emptySchema } from "@/lib/validation/common";
import { runAction } from "./run-action";

export async function signOutEverywhereAction(input?: unknown) {
  const result = await runAction(emptySchema, input, (actor) => signOutEverywhere(actor));
  // This device's session row is gone with the others; drop its cookie too.
  if (result.ok) (await cookies()).delete(sessionCookieName());
  return result;
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
