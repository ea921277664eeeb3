import { z } from "zod";

/** A text field a form may leave empty: "" and whitespace become null. */
export const optionalText = (max: number, label = "This") =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .nullish()
    .transform((value) => (value ? value : null));

export const requiredText = (min: number, max: number, label: string) =>
  z
    .string({ error: `Enter ${label.toLowerCase()}.` })
    .trim()
    .min(min, min <= 1 ? `Enter ${label.toLowerCase()}.` : `${label} must be at least ${min} characters.`)
    .max(max, `${label} must be at most ${max} characters.`);

/** An id picked from a list; "" (the empty option) counts as not chosen. */
export const requiredId = (label: string) =>
  z.string({ error: `Choose ${label}.` }).trim().min(1, `Choose ${label}.`).max(64, `Choose ${label}.`);

export const optionalId = z
  .string()
  .trim()
  .max(64)
  .nullish()
  .transform((value) => (value ? value : null));

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
