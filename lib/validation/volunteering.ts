import { z } from "zod";
import { idString, meetingModeSchema, modeSchema, numberFromInput } from "./common";

export const offerSchema = z.object({
  mode: modeSchema,
  // Not z.coerce.number(): that turned a cleared field ("") or null into 0, silently pausing the offer.
  capacity: z.preprocess(
    numberFromInput,
    z
      .number({ error: "Enter how many people you can support at once." })
      .int("Enter a whole number.")
      .min(0, "Capacity cannot be negative; 0 pauses new matches.")
      .max(10, "At most 10 people at once."),
  ),
  // Checkbox values arrive as strings ("3"); numbers are accepted too.
  acceptedGradeRanks: z.array(z.preprocess(numberFromInput, z.number({ error: "Choose grades from the list." }).int().min(1).max(20))).max(20).default([]),
  developmentAreaIds: z.array(idString()).max(20, "Choose at most 20 areas.").default([]),
  meetingMode: meetingModeSchema,
});
export type OfferInput = z.input<typeof offerSchema>;
export type Offer = z.output<typeof offerSchema>;

export const withdrawOfferSchema = z.object({ mode: modeSchema });
