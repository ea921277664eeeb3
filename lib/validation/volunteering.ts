import { z } from "zod";
import { meetingModeSchema, modeSchema } from "./common";

export const offerSchema = z.object({
  mode: modeSchema,
  capacity: z.coerce
    .number({ error: "Enter how many people you can support at once." })
    .int("Enter a whole number.")
    .min(0, "Capacity cannot be negative; 0 pauses new matches.")
    .max(10, "At most 10 people at once."),
  acceptedGradeRanks: z.array(z.coerce.number().int().min(1).max(20)).max(20).default([]),
  developmentAreaIds: z.array(z.string().trim().min(1).max(64)).max(20, "Choose at most 20 areas.").default([]),
  meetingMode: meetingModeSchema,
});
export type OfferInput = z.input<typeof offerSchema>;
export type Offer = z.output<typeof offerSchema>;

export const withdrawOfferSchema = z.object({ mode: modeSchema });
