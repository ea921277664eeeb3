import { z } from "zod";
import { optionalText } from "./common";

export const GENDER_OPTIONS = ["Woman", "Man", "Non-binary", "Another identity", "Prefer not to say"] as const;

const optionalChoice = z
  .enum(["yes", "no", "unsaid"], { error: "Choose yes, no or prefer not to say." })
  .transform((value) => (value === "yes" ? true : value === "no" ? false : null));

export const equalitySchema = z.object({
  consent: z.literal(true, { error: "Tick the box to consent, or leave this page: answering is optional." }),
  gender: z
    .enum(GENDER_OPTIONS, { error: "Choose from the list." })
    .nullish()
    .transform((value) => value ?? null),
  ethnicity: optionalText(80, "Ethnicity"),
  ethnicMinority: optionalChoice,
  imgStatus: optionalChoice,
  disability: optionalChoice,
});
export type EqualityInput = z.input<typeof equalitySchema>;
