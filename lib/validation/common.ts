import { z } from "zod";

/**
 * Control characters (tab, line feed and carriage return aside) and unpaired UTF-16 surrogates.
 * PostgreSQL refuses a NUL byte in text outright, so letting one through turned a typing slip or a
 * crafted request into an unexpected server error; the others are never typed by a person and
 * would be stored as invisible junk (or, for a lone surrogate, silently replaced).
 */
const UNSTORABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Cs}/u;

/** True when text holds nothing PostgreSQL would refuse or a person could not have typed. */
export const isStorableText = (value: string) => !UNSTORABLE.test(value);

/** A text field a form may leave empty: "" and whitespace become null. */
export const optionalText = (max: number, label = "This") =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .refine(isStorableText, `${label} contains a character that is not allowed.`)
    .nullish()
    .transform((value) => (value ? value : null));

/**
 * True when text shows at least one character: not only spaces and invisible format characters
 * (zero-width spaces and joiners, direction marks, the byte-order mark), which `trim()` keeps.
 */
export const hasVisibleText = (value: string) => /[^\s\p{Cf}]/u.test(value);

export const requiredText = (min: number, max: number, label: string) =>
  z
    .string({ error: `Enter ${label.toLowerCase()}.` })
    .trim()
    .min(min, min <= 1 ? `Enter ${label.toLowerCase()}.` : `${label} must be at least ${min} characters.`)
    .max(max, `${label} must be at most ${max} characters.`)
    .refine(isStorableText, `${label} contains a character that is not allowed.`)
    .refine(hasVisibleText, `Enter ${label.toLowerCase()}.`);

/** An id picked from a list; "" (the empty option) counts as not chosen. */
export const requiredId = (label: string) =>
  z
    .string({ error: `Choose ${label}.` })
    .trim()
    .min(1, `Choose ${label}.`)
    .max(64, `Choose ${label}.`)
    .refine(isStorableText, `Choose ${label}.`);

export const optionalId = z
  .string()
  .trim()
  .max(64)
  .refine(isStorableText, "Choose from the list.")
  .nullish()
  .transform((value) => (value ? value : null));

/** A short id sent by the page (not typed by a person): 1–64 storable characters. */
export const idString = () => z.string().trim().min(1).max(64).refine(isStorableText, "Invalid id.");

/**
 * A whole number typed into a form: a number, or a string of digits (an `<input type="number">`
 * sends strings). Blank means "not given" (undefined); anything else is left as it is for the
 * number schema to refuse with its own message. Unlike `z.coerce.number()` or `Number(value)`,
 * this never turns "" / null / false / [] into 0, true into 1 or [5] into 5, and never throws
 * (`Number({ valueOf: 1, toString: 1 })` does).
 */
export function numberFromInput(value: unknown): unknown {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return value;
  const text = value.trim();
  if (text === "") return undefined;
  return /^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : value;
}

export const MEETING_MODES = ["ONLINE", "IN_PERSON", "EITHER"] as const;
export const meetingModeSchema = z.enum(MEETING_MODES, { error: "Choose how you would like to meet." });
export const MEETING_MODE_LABELS: Record<(typeof MEETING_MODES)[number], string> = {
  ONLINE: "Online",
  IN_PERSON: "In person",
  EITHER: "Either",
};

export const MODES = ["MENTORING", "COACHING"] as const;
export const modeSchema = z.enum(MODES, { error: "Choose mentoring or coaching." });

/** For actions that take no input. */
export const emptySchema = z.object({}).strict().or(z.undefined());

/** A page number from an address: a whole number from 1; anything else is ignored (page 1). */
export const pageNumberSchema = z.coerce.number().int().min(1).max(100_000).optional().catch(undefined);
