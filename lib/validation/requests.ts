import { z } from "zod";
import { meetingModeSchema, modeSchema, optionalId, optionalText } from "./common";

export const PREFERENCES = ["SAME", "DIFFERENT", "ANY"] as const;
export const CONFLICT_KINDS = ["LINE_MANAGER", "EDUCATIONAL_SUPERVISOR", "CLINICAL_SUPERVISOR", "APPRAISER", "ARCP_ASSESSOR"] as const;
export const CONFLICT_LABELS: Record<(typeof CONFLICT_KINDS)[number], string> = {
  LINE_MANAGER: "Line manager",
  EDUCATIONAL_SUPERVISOR: "Educational supervisor",
  CLINICAL_SUPERVISOR: "Clinical supervisor",
  APPRAISER: "Appraiser",
  ARCP_ASSESSOR: "ARCP assessor",
};

const personId = z.string().trim().min(1).max(64);

export const requestSchema = z
  .object({
    mode: modeSchema,
    developmentAreaId: optionalId,
    aims: z
      .string({ error: "Tell us what you hope to achieve." })
      .trim()
      .min(20, "Tell us a little more about what you hope to achieve (at least 20 characters).")
      .max(2000, "Keep it under 2000 characters."),
    specialtyPreference: z.enum(PREFERENCES, { error: "Choose a specialty preference." }),
    regionPreference: z.enum(PREFERENCES, { error: "Choose a region preference." }),
    meetingMode: meetingModeSchema,
    wantsIndependence: z.boolean().default(false),
    preferGender: optionalText(40, "Gender preference"),
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

export const requestIdSchema = z.object({ requestId: z.string().trim().min(1).max(64) });

export const peopleSearchSchema = z.object({ query: z.string().trim().min(2, "Type at least 2 letters of a name.").max(100) });

export const removeConflictSchema = z.object({ personId, kind: z.enum(CONFLICT_KINDS) });
export const removeExclusionSchema = z.object({ personId });
