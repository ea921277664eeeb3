// Check-ins: booked in advance (date and time in Europe/London) or logged after they happened.
// Importable by client components and the server.
import { z } from "zod";
import { goalProgressSchema } from "./goals";
import { dateInput, idSchema, londonInstantFrom, textInput, timeInput } from "./relationships";
import { optionalId, optionalText } from "./common";
import { noteVisibilitySchema } from "./notes";

export const CHECK_IN_MODES = ["ONLINE", "IN_PERSON"] as const;
export const CHECK_IN_MODE_LABELS: Record<(typeof CHECK_IN_MODES)[number], string> = { ONLINE: "Online", IN_PERSON: "In person" };
export const checkInModeSchema = z.enum(CHECK_IN_MODES, { error: "Choose online or in person." });

export const DURATION_OPTIONS = [15, 20, 30, 45, 60, 75, 90, 120] as const;
export const durationSchema = z.coerce
  .number({ error: "Choose how long it lasts." })
  .int("Enter the length in whole minutes.")
  .min(10, "A check-in lasts at least 10 minutes.")
  .max(240, "A check-in lasts at most 4 hours.");

const GAP_MESSAGE = "That time does not exist in the UK: the clocks go forward an hour that night. Choose another time.";

/** A booked time must exist on London clocks and lie in the future. */
function checkFuture(value: { date: string; time: string }, ctx: z.RefinementCtx) {
  const instant = londonInstantFrom(value.date, value.time);
  if (!instant) {
    // Only when both parts are well formed is a missing instant the clock change's gap.
    if (/^\d{4}-\d{2}-\d{2}$/.test(value.date) && /^\d{2}:\d{2}$/.test(value.time)) ctx.addIssue({ code: "custom", path: ["time"], message: GAP_MESSAGE });
    return;
  }
  if (instant.getTime() <= Date.now()) ctx.addIssue({ code: "custom", path: ["date"], message: "Choose a date and time in the future." });
}

const bookingFields = {
  date: dateInput("the date"),
  time: timeInput,
  durationMinutes: durationSchema,
  meetingMode: checkInModeSchema,
};

export const scheduleCheckInSchema = z.object({ relationshipId: idSchema("relationship"), ...bookingFields }).superRefine(checkFuture);
export type ScheduleCheckInInput = z.input<typeof scheduleCheckInSchema>;
export type ScheduleCheckInData = z.output<typeof scheduleCheckInSchema>;

export const rescheduleCheckInSchema = z.object({ checkInId: idSchema("check-in"), ...bookingFields }).superRefine(checkFuture);
export type RescheduleCheckInData = z.output<typeof rescheduleCheckInSchema>;

export const checkInIdSchema = z.object({ checkInId: idSchema("check-in") });

export const logCheckInSchema = z
  .object({
    relationshipId: idSchema("relationship"),
    /** The booked check-in this log completes; none for a check-in logged as and when. */
    checkInId: optionalId,
    ...bookingFields,
    summary: textInput(3, 4000, "Write a short summary of what you covered.", "The summary"),
    goalUpdates: z.array(goalProgressSchema).max(50).default([]),
    note: optionalText(5000, "Your note"),
    noteVisibility: noteVisibilitySchema.default("PRIVATE"),
  })
  .superRefine((value, ctx) => {
    const instant = londonInstantFrom(value.date, value.time);
    if (!instant) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(value.date) && /^\d{2}:\d{2}$/.test(value.time)) ctx.addIssue({ code: "custom", path: ["time"], message: GAP_MESSAGE });
      return;
    }
    if (instant.getTime() > Date.now()) ctx.addIssue({ code: "custom", path: ["date"], message: "You can log a check-in once it has happened: choose a time that has passed." });
  });
export type LogCheckInInput = z.input<typeof logCheckInSchema>;
export type LogCheckInData = z.output<typeof logCheckInSchema>;
