import { z } from "zod";

const userId = z.string().trim().min(1).max(64);

export const setRoleSchema = z.object({ userId, role: z.enum(["MEMBER", "ADMIN"]) });
export const setDisabledSchema = z.object({ userId, disabled: z.boolean() });
