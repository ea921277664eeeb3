import { z } from "zod";
import { numberFromInput } from "./common";

// Not z.coerce.number(): a cleared field would become 0 and be refused as "At least 7" instead of "Enter …".
const days = (label: string, min: number, max: number) =>
  z.preprocess(numberFromInput, z.number({ error: `Enter ${label}.` }).int("Enter whole days.").min(min, `At least ${min}.`).max(max, `At most ${max}.`));

export const programmeNumbersSchema = z.object({
  requestExpiryDays: days("how long a request stays open", 7, 365),
  requestExpiryWarningDays: days("when to warn before expiry", 1, 60),
  mentorResponseDays: days("how long a mentor has to answer", 1, 60),
  coachingSessionsDefault: z.preprocess(numberFromInput, z.number({ error: "Enter a number of sessions." }).int("Enter a whole number.").min(1, "At least 1.").max(24, "At most 24.")),
  coachingPeriodDays: days("the coaching period", 14, 730),
  nudgeAfterDays: days("when to nudge a quiet pair", 7, 365),
  stalledAfterDays: days("when a pair counts as stalled", 14, 730),
  menteeShortlistEnabled: z.boolean().default(false),
});
export type ProgrammeNumbers = z.output<typeof programmeNumbersSchema>;

/** The engine validates the weights themselves (lib/matching/weights.ts); null resets to the defaults. */
export const matchingWeightsSchema = z.object({ weights: z.unknown().nullable() });

export const REFERENCE_KINDS = ["specialty", "region", "employer", "developmentArea", "careerGrade"] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export const addReferenceSchema = z.object({
  kind: z.enum(["specialty", "region", "employer", "developmentArea"], { error: "Choose what to add." }),
  name: z.string({ error: "Enter a name." }).trim().min(2, "Enter a name (at least 2 characters).").max(120, "At most 120 characters."),
  regionId: z
    .string()
    .trim()
    .max(64)
    .nullish()
    .transform((v) => (v ? v : null)),
});

export const updateReferenceSchema = z.object({
  kind: z.enum(REFERENCE_KINDS),
  id: z.string().trim().min(1).max(64),
  name: z.string({ error: "Enter a name." }).trim().min(2, "Enter a name (at least 2 characters).").max(120, "At most 120 characters."),
  active: z.boolean(),
});
