"use server";

import { revalidatePath } from "next/cache";
import { acceptProposal, approveAllInRound, approveProposal, declineProposal, getShortlist, overrideProposal, proposeMentorForRequest, rejectProposal } from "@/lib/data/proposals";
import { getRoundProgress, runMatchingRound } from "@/lib/data/rounds";
import {
  approveAllSchema,
  declineProposalSchema,
  overrideProposalSchema,
  proposalIdSchema,
  proposeMentorSchema,
  rejectProposalSchema,
  roundIdSchema,
  runRoundSchema,
  shortlistSchema,
} from "@/lib/validation/matching";
import { runAction } from "./run-action";

export async function runRoundAction(input: unknown) {
  const result = await runAction(runRoundSchema, input, (actor, { roundId, ...filters }) => runMatchingRound(actor, { roundId, filters }));
  if (result.ok) revalidatePath("/admin/rounds");
  return result;
}

export async function roundProgressAction(input: unknown) {
  return runAction(roundIdSchema, input, getRoundProgress);
}

export async function approveProposalAction(input: unknown) {
  const result = await runAction(proposalIdSchema, input, approveProposal);
  if (result.ok) revalidatePath("/admin/rounds", "layout");
  return result;
}

export async function rejectProposalAction(input: unknown) {
  const result = await runAction(rejectProposalSchema, input, rejectProposal);
  if (result.ok) revalidatePath("/admin/rounds", "layout");
  return result;
}

export async function overrideProposalAction(input: unknown) {
  const result = await runAction(overrideProposalSchema, input, overrideProposal);
  if (result.ok) revalidatePath("/admin/rounds", "layout");
  return result;
}

export async function approveAllAction(input: unknown) {
  const result = await runAction(approveAllSchema, input, approveAllInRound);
  if (result.ok) revalidatePath("/admin/rounds", "layout");
  return result;
}

export async function acceptProposalAction(input: unknown) {
  const result = await runAction(proposalIdSchema, input, acceptProposal);
  if (result.ok) revalidatePath("/dashboard");
  return result;
}

export async function declineProposalAction(input: unknown) {
  const result = await runAction(declineProposalSchema, input, declineProposal);
  if (result.ok) revalidatePath("/dashboard");
  return result;
}

export async function shortlistAction(input: unknown) {
  return runAction(shortlistSchema, input, getShortlist);
}

export async function proposeMentorAction(input: unknown) {
  const result = await runAction(proposeMentorSchema, input, proposeMentorForRequest);
  if (result.ok) revalidatePath("/admin/requests", "layout");
  return result;
}
