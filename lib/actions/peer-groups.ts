"use server";

import { revalidatePath } from "next/cache";
import { archivePeerGroup, createPeerGroups, previewPeerGroups } from "@/lib/data/peer-groups";
import { groupIdSchema, peerGroupFormSchema } from "@/lib/validation/peer-groups";
import { runAction } from "./run-action";

export async function previewPeerGroupsAction(input: unknown) {
  return runAction(peerGroupFormSchema, input, previewPeerGroups);
}

export async function createPeerGroupsAction(input: unknown) {
  const result = await runAction(peerGroupFormSchema, input, createPeerGroups);
  if (result.ok) revalidatePath("/admin/groups");
  return result;
}

export async function archivePeerGroupAction(input: unknown) {
  const result = await runAction(groupIdSchema, input, archivePeerGroup);
  if (result.ok) revalidatePath("/admin/groups");
  return result;
}
