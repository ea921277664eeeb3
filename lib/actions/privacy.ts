"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { sessionCookieName } from "@/lib/auth";
import { eraseMember } from "@/lib/data/privacy";
import { eraseMemberSchema, eraseMyAccountSchema } from "@/lib/validation/privacy";
import { runAction } from "./run-action";

export async function eraseMyAccountAction(input: unknown) {
  const result = await runAction(eraseMyAccountSchema, input, (actor) => eraseMember(actor, { userId: actor?.id ?? "" }));
  if (result.ok) (await cookies()).delete(sessionCookieName());
  return result;
}

export async function eraseMemberAction(input: unknown) {
  const result = await runAction(eraseMemberSchema, input, (actor, { userId }) => eraseMember(actor, { userId }));
  if (result.ok) revalidatePath("/admin/members");
  return result;
}
