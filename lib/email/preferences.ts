// zod schemas for the email data functions (lib/data/email.ts), shared by forms and the server.
// Importable by client components: no server code here.
import { z } from "zod";
import { isEssentialKind, OPTIONAL_KINDS } from "./kinds";

export const emailPreferencesSchema = z.object({
  /** The kinds the member turns off. Essential kinds cannot be listed. */
  optOuts: z
    .array(
      z.string().refine((kind) => !isEssentialKind(kind), "This email is essential and cannot be turned off.").pipe(z.enum(OPTIONAL_KINDS, "Unknown kind of email.")),
    )
    .max(OPTIONAL_KINDS.length * 2)
    .transform((kinds) => [...new Set(kinds)]),
});
export type EmailPreferencesInput = z.input<typeof emailPreferencesSchema>;

export const resendEmailSchema = z.object({
  emailId: z.string().trim().min(1, "Choose an email to resend.").max(64),
});
export type ResendEmailInput = z.infer<typeof resendEmailSchema>;

export const unsubscribeTokenSchema = z.string().trim().min(10).max(512);
