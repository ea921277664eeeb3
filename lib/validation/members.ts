import { z } from "zod";
import { isStorableText } from "./common";

export const memberSearchSchema = z.object({
  search: z.string().trim().max(100).refine(isStorableText).optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});
