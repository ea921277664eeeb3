import { z } from "zod";
import { modeSchema, optionalId, pageNumberSchema } from "./common";

const id = z.string().trim().min(1).max(64);

export const runRoundSchema = z.object({
  /** Chosen by the browser so it can follow the round's progress while waiting. */
  roundId: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{8,64}$/i, "Invalid round id.")
    .optional(),
  mode: modeSchema.nullish().transform((v) => v ?? undefined),
  regionId: optionalId.transform((v) => v ?? undefined),
  careerGradeIds: z.array(id).max(20).default([]),
});

export const roundIdSchema = z.object({ roundId: id });
/** One step of "approve all": from the start of the round, or after the proposal the last step stopped at. */
export const approveAllSchema = z.object({ roundId: id, after: id.nullish() });
export const proposalIdSchema = z.object({ proposalId: id });
export const rejectProposalSchema = z.object({
  proposalId: id,
  reason: z.string({ error: "Give a reason." }).trim().min(3, "Give a reason (at least 3 characters).").max(500, "Keep the reason under 500 characters."),
});
export const overrideProposalSchema = z.object({
  proposalId: id,
  mentorId: z.string({ error: "Choose a mentor." }).trim().min(1, "Choose a mentor.").max(64),
  justification: z
    .string()
    .trim()
    .max(1000, "Keep the justification under 1000 characters.")
    .nullish()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || v.length >= 20, "A justification needs at least 20 characters."),
});
export const proposeMentorSchema = z.object({
  requestId: id,
  mentorId: z.string({ error: "Choose a mentor." }).trim().min(1, "Choose a mentor.").max(64),
  justification: overrideProposalSchema.shape.justification,
});
export const declineProposalSchema = z.object({
  proposalId: id,
  reason: z
    .string()
    .trim()
    .max(500, "Keep it under 500 characters.")
    .nullish()
    .transform((v) => (v ? v : null)),
});
export const shortlistSchema = z.object({ requestId: id });

/** Every status a proposal can have, in the order the database enum lists them. */
export const PROPOSAL_STATUSES = ["PROPOSED", "REJECTED", "AWAITING_MENTOR", "DECLINED", "EXPIRED", "ACCEPTED", "WITHDRAWN"] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** The review page's address: which page of proposals (and of the unmatched), and which status. Bad values are ignored. */
export const roundPageSchema = z.object({
  page: pageNumberSchema,
  unmatchedPage: pageNumberSchema,
  status: z.enum(PROPOSAL_STATUSES).optional().catch(undefined),
});
