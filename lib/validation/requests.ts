import { z } from "zod";
import { idString, isStorableText, meetingModeSchema, modeSchema, optionalId } from "./common";
import { GENDER_OPTIONS } from "./equality";

export const PREFERENCES = ["SAME", "DIFFERENT", "ANY"] as const;
export const CONFLICT_KINDS = ["LINE_MANAGER", "EDUCATIONAL_SUPERVISOR", "CLINICAL_SUPERVISOR", "APPRAISER", "ARCP_ASSESSOR"] as const;
export const CONFLICT_LABELS: Record<(typeof CONFLICT_KINDS)[number], string> = {
  LINE_MANAGER: "Line manager",
  EDUCATIONAL_SUPERVISOR: "Educational supervisor",
  CLINICAL_SUPERVISOR: "Clinical supervisor",
  APPRAISER: "Appraiser",
  ARCP_ASSESSOR: "ARCP assessor",
};

const personId = idString();

/**
 * The genders a request may ask for: those a volunteer can record in their equality answers.
 * Matching compares the two exactly, so free text ("woman", "female") would silently never match.
 */
export const PREFERRED_GENDERS = ["Woman", "Man", "Non-binary", "Another identity"] as const satisfies readonly (typeof GENDER_OPTIONS)[number][];

export const requestSchema = z
  .object({
    mode: modeSchema,
    developmentAreaId: optionalId,
    aims: z
      .string({ error: "Tell us what you hope to achieve." })
      .trim()
      .min(20, "Tell us a little more about what you hope to achieve (at least 20 characters).")
      .max(2000, "Keep it under 2000 characters.")
      .refine(isStorableText, "Your answer contains a character that is not allowed."),
    specialtyPreference: z.enum(PREFERENCES, { error: "Choose a specialty preference." }),
    regionPreference: z.enum(PREFERENCES, { error: "Choose a region preference." }),
    meetingMode: meetingModeSchema,
    wantsIndependence: z.boolean().default(false),
    preferGender: z
      .union([z.literal(""), z.enum(PREFERRED_GENDERS)], { error: "Choose a gender from the list, or any gender." })
      .nullish()
      .transform((value) => (value ? value : null)),
    preferEthnicMinority: z.boolean().default(false),
    preferImgExperience: z.boolean().default(false),
    excludedPersonIds: z.array(personId).max(20, "Exclude at most 20 people.").default([]),
    conflicts: z
      .array(z.object({ personId, kind: z.enum(CONFLICT_KINDS, { error: "Choose the kind of conflict." }) }))
      .max(20, "Declare at most 20 conflicts.")
      .default([]),
  })
  .superRefine((value, ctx) => {
    if (value.mode === "COACHING" && !value.developmentAreaId) {
      ctx.addIssue({ code: "custom", path: ["developmentAreaId"], message: "Coaching focuses on one development area: choose it." });
    }
  });
export type RequestInput = z.input<typeof requestSchema>;
export type RequestData = z.output<typeof requestSchema>;

export const requestIdSchema = z.object({ requestId: idString() });

export const peopleSearchSchema = z.object({
  query: z
    .string()
    .trim()
    .min(2, "Type at least 2 letters of a name.")
    .max(100)
    .refine(isStorableText, "Type letters of a name."),
});

export const removeConflictSchema = z.object({ personId, kind: z.enum(CONFLICT_KINDS) });
export const removeExclusionSchema = z.object({ personId });

export const rankShortlistSchema = z.object({
  requestId: idString(),
  mentorIds: z
    .array(idString())
    .max(5, "Rank at most 5 people.")
    .refine((ids) => new Set(ids).size === ids.length, "Rank each person once."),
});
