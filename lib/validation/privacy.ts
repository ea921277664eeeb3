import { z } from "zod";

export const eraseMyAccountSchema = z.object({
  confirmation: z.string().trim().refine((v) => v.toLowerCase() === "erase", 'Type "erase" to confirm.'),
});
export const eraseMemberSchema = z.object({
  userId: z.string().trim().min(1).max(64),
  confirmation: z.string().trim().refine((v) => v.toLowerCase() === "erase", 'Type "erase" to confirm.'),
});
