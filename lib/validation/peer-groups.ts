import { z } from "zod";
import { numberFromInput, optionalId } from "./common";

export const GROUP_KINDS = ["TRAINEE", "DEPARTMENTAL", "CPD"] as const;

export const peerGroupFormSchema = z
  .object({
    kind: z.enum(GROUP_KINDS, { error: "Choose the kind of group." }),
    regionId: optionalId,
    specialtyId: optionalId,
    careerGradeIds: z.array(z.string().trim().min(1).max(64)).min(1, "Choose at least one grade.").max(20),
    minSize: z.preprocess(numberFromInput, z.number({ error: "Enter the smallest group size." }).int().min(3, "Groups have at least 3 members.").max(6, "At most 6.")),
    maxSize: z.preprocess(numberFromInput, z.number({ error: "Enter the largest group size." }).int().min(3, "At least 3.").max(6, "Groups have at most 6 members.")),
    gradeMix: z.enum(["MIXED", "SIMILAR"]),
    byRegion: z.boolean().default(true),
    bySpecialty: z.boolean().default(false),
  })
  .refine((v) => v.minSize <= v.maxSize, { path: ["maxSize"], message: "The largest size must be at least the smallest." });
export type PeerGroupFormInput = z.output<typeof peerGroupFormSchema>;

export const groupIdSchema = z.object({ groupId: z.string().trim().min(1).max(64) });
