// Working together: the agreement, ending, feedback and rematch, plus the date and time helpers the
// goal and check-in schemas share. Importable by client components and the server alike.
import { z } from "zod";
import { londonParts } from "@/lib/email/london-time";
import { optionalText } from "./common";

// ───────────────────────── London dates and times from form inputs ─────────────────────────

const pad = (n: number) => String(n).padStart(2, "0");

/** "2026-03-29": the London calendar date of an instant, as an <input type="date"> value. */
export function londonDateInput(instant: Date): string {
  const p = londonParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** "09:30": the London wall-clock time of an instant, as an <input type="time"> value. */
export function londonTimeInput(instant: Date): string {
  const p = londonParts(instant);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

export function todayInLondon(now = new Date()): string {
  return londonDateInput(now);
}

function parseDate(value: string) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

function parseTime(value: string) {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  return hour < 24 && minute < 60 ? { hour, minute } : null;
}

/**
 * The instant London clocks read `date` at `time`, or null when that wall time does not exist
 * (01:00–01:59 on the last Sunday of March, when the clocks go forward). In the October overlap,
 * when 01:00–01:59 happens twice, the first (BST) reading is taken, as RFC 5545 and calendar
 * clients do. London is UTC+1 or UTC+0, so the instant is the wall time read as UTC, less one
 * hour or none: whichever reads back as the same wall time, earliest first.
 */
export function londonInstantFrom(date: string, time: string): Date | null {
  const d = parseDate(date);
  const t = parseTime(time);
  if (!d || !t) return null;
  const wall = Date.UTC(d.year, d.month - 1, d.day, t.hour, t.minute);
  for (const candidate of [wall - 3_600_000, wall]) {
    const back = londonParts(new Date(candidate));
    if (back.year === d.year && back.month === d.month && back.day === d.day && back.hour === t.hour && back.minute === t.minute) return new Date(candidate);
  }
  return null;
}

/** The start of a London calendar date (a goal's target date, a planned end). */
export function londonDayStart(date: string): Date | null {
  // Midnight is never in a gap or an overlap in London.
  return londonInstantFrom(date, "00:00");
}

export const dateInput = (label: string) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .refine((value) => parseDate(value) !== null, `Enter ${label} as a real date, for example 14/05/2026.`);

export const optionalDateInput = (label: string) =>
  z
    .string()
    .trim()
    .nullish()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || parseDate(value) !== null, `Enter ${label} as a real date, for example 14/05/2026.`);

export const timeInput = z
  .string({ error: "Enter a time." })
  .trim()
  .min(1, "Enter a time.")
  .refine((value) => parseTime(value) !== null, "Enter a time in 24-hour format, for example 14:30.");

/** Required text whose empty message asks for the thing ("Enter your goal."), not a length. */
export const textInput = (min: number, max: number, emptyMessage: string, label: string) =>
  z
    .string({ error: emptyMessage })
    .trim()
    .min(1, emptyMessage)
    .min(min, `${label} must be at least ${min} characters.`)
    .max(max, `${label} must be at most ${max} characters.`);

export const idSchema = (label = "item") => z.string({ error: `Missing ${label}.` }).trim().min(1, `Missing ${label}.`).max(64, `Missing ${label}.`);

// ───────────────────────── the agreement ─────────────────────────

export const DEFAULT_CONFIDENTIALITY =
  "What we discuss stays between us. Notes are private unless the author chooses to share them. " +
  "The exception is a serious concern about patient safety or someone's wellbeing, which we would talk about first.";

export const agreementSchema = z
  .object({
    relationshipId: idSchema("relationship"),
    expectations: textInput(10, 2000, "Say what you expect of each other.", "What you expect of each other"),
    meetingFrequency: textInput(3, 200, "Say how often you will meet.", "How often you will meet"),
    confidentiality: textInput(10, 2000, "Say what stays confidential.", "Confidentiality"),
    plannedEndDate: optionalDateInput("the planned end date"),
  })
  .superRefine((value, ctx) => {
    if (value.plannedEndDate && value.plannedEndDate <= todayInLondon()) {
      ctx.addIssue({ code: "custom", path: ["plannedEndDate"], message: "Choose a planned end date after today." });
    }
  });
export type AgreementInput = z.input<typeof agreementSchema>;
export type AgreementData = z.output<typeof agreementSchema>;

export const relationshipIdSchema = z.object({ relationshipId: idSchema("relationship") });

// ───────────────────────── ending, feedback and a rematch ─────────────────────────

export const END_REASONS = ["GOALS_MET", "SESSIONS_COMPLETE", "NOT_MEETING", "NOT_RIGHT_FIT", "CIRCUMSTANCES", "OTHER"] as const;
export type EndReason = (typeof END_REASONS)[number];
export const END_REASON_LABELS: Record<EndReason, string> = {
  GOALS_MET: "The goals we set are met",
  SESSIONS_COMPLETE: "The agreed sessions are complete",
  NOT_MEETING: "We have not been able to meet",
  NOT_RIGHT_FIT: "It is not the right fit (no fault on either side)",
  CIRCUMSTANCES: "A change in circumstances (work, health, family)",
  OTHER: "Another reason",
};

/** Relationship.endReason holds the reason's code, then ": " and the optional detail. */
export function encodeEndReason(reason: EndReason, detail: string | null): string {
  return detail ? `${reason}: ${detail}` : reason;
}

export function describeEndReason(stored: string | null): { label: string; detail: string | null } | null {
  if (!stored) return null;
  const [code, ...rest] = stored.split(": ");
  const label = END_REASON_LABELS[code as EndReason];
  if (!label) return { label: stored, detail: null };
  return { label, detail: rest.length ? rest.join(": ") : null };
}

export const endRelationshipSchema = z
  .object({
    relationshipId: idSchema("relationship"),
    reason: z.enum(END_REASONS, { error: "Choose the reason that fits best." }),
    detail: optionalText(500, "The detail"),
    coachingOutcome: optionalText(2000, "The outcome"),
  })
  .superRefine((value, ctx) => {
    if (value.reason === "OTHER" && !value.detail) ctx.addIssue({ code: "custom", path: ["detail"], message: "Tell us briefly what the reason is." });
  });
export type EndRelationshipInput = z.input<typeof endRelationshipSchema>;
export type EndRelationshipData = z.output<typeof endRelationshipSchema>;

/** The same, for a coaching relationship: it closes with an outcome against its development area. */
export const endCoachingSchema = endRelationshipSchema.superRefine((value, ctx) => {
  if (!value.coachingOutcome || value.coachingOutcome.length < 10) {
    ctx.addIssue({ code: "custom", path: ["coachingOutcome"], message: "Record the outcome for the development area (at least 10 characters)." });
  }
});

export const SATISFACTION_LABELS: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: "1 — very dissatisfied",
  2: "2 — dissatisfied",
  3: "3 — neither",
  4: "4 — satisfied",
  5: "5 — very satisfied",
};

export const feedbackSchema = z.object({
  relationshipId: idSchema("relationship"),
  satisfaction: z.coerce
    .number({ error: "Choose how satisfied you were, from 1 to 5." })
    .int("Choose how satisfied you were, from 1 to 5.")
    .min(1, "Choose how satisfied you were, from 1 to 5.")
    .max(5, "Choose how satisfied you were, from 1 to 5."),
  wouldRecommend: z.enum(["yes", "no"], { error: "Tell us whether you would recommend it." }).transform((value) => value === "yes"),
  comment: optionalText(2000, "Your comment"),
});
export type FeedbackInput = z.input<typeof feedbackSchema>;
export type FeedbackData = z.output<typeof feedbackSchema>;
