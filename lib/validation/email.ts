import { z } from "zod";

/**
 * Normalises an email address for sign-in, refusing the tricks that let one address pass for
 * another: look-alike (non-ASCII) characters, quoted local parts, several addresses in one, and
 * invisible characters. Returns null when the address is not acceptable.
 */
export function normalizeEmail(input: string): string | null {
  const value = input.normalize("NFKC").trim();
  if (value.length > 254) return null;
  // Only printable ASCII: Cyrillic "а" or a Greek "ο" look like Latin letters but are other addresses.
  if (!/^[\x21-\x7e]+$/.test(value)) return null;
  if (value.includes('"') || value.includes(",") || value.includes(";")) return null;
  const parts = value.split("@");
  if (parts.length !== 2) return null;
  const [local, domain] = parts;
  if (!/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$/.test(local) || local.startsWith(".") || local.endsWith(".") || local.includes("..")) return null;
  if (!/^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/.test(domain)) return null;
  // Mail providers treat local parts case-insensitively in practice; one person, one account.
  return `${local}@${domain}`.toLowerCase();
}

export const signInEmailSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address.")
    .refine((value) => normalizeEmail(value) !== null, "Enter a valid email address, like name@nhs.net."),
});
export type SignInEmailInput = z.infer<typeof signInEmailSchema>;
