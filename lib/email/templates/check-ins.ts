import { buildCalendar, ICS_CONTENT_TYPE } from "../ics";
import { EMAIL_KINDS } from "../kinds";
import { greetingFor } from "../layout";
import { appLink, EMAIL_PATHS } from "../links";
import { formatLondonDate, formatLondonDateTime } from "../london-time";
import { defineTemplate, meetingModeWords, roleWords, type MeetingMode, type Mode } from "./define";

export interface CheckInScheduledInput {
  recipientName: string | null;
  otherName: string | null;
  relationshipId: string;
  mode: Mode;
  scheduledAt: Date;
  durationMinutes: number;
  meetingMode: MeetingMode;
  sessionNumber: number | null;
  calendar: { uid: string; sequence: number; stamp: Date };
}

export const checkInScheduledEmail = defineTemplate<CheckInScheduledInput>(EMAIL_KINDS.checkInScheduled, (input, ctx) => {
  const words = roleWords(input.mode);
  const other = input.otherName ?? `your ${words.activity} partner`;
  const when = formatLondonDateTime(input.scheduledAt);
  const page = appLink(ctx.appUrl, EMAIL_PATHS.relationship(input.relationshipId));
  const title = input.sessionNumber ? `${words.activity} session ${input.sessionNumber}` : `${words.activity} check-in`;
  const summary = `${title[0].toUpperCase()}${title.slice(1)} with ${other}`;
  const calendar = buildCalendar({
    uid: input.calendar.uid,
    sequence: input.calendar.sequence,
    stamp: input.calendar.stamp,
    start: input.scheduledAt,
    end: new Date(input.scheduledAt.getTime() + input.durationMinutes * 60_000),
    summary,
    description: `${summary}. Goals, notes and the record of your check-ins: ${page}`,
    location: input.meetingMode === "ONLINE" ? "Online" : meetingModeWords(input.meetingMode),
    url: page,
  });
  return {
    subject: `Check-in booked: ${when}`,
    heading: "Your check-in is booked",
    greeting: greetingFor(input.recipientName),
    blocks: [
      {
        type: "details",
        rows: [
          { term: "When", value: when },
          { term: "Length", value: `${input.durationMinutes} minutes` },
          { term: "Where", value: meetingModeWords(input.meetingMode) },
          { term: "With", value: other },
        ],
      },
      { type: "paragraph", text: "The attached calendar file (check-in.ics) adds it to your calendar. We will remind you the day before." },
      { type: "actions", links: [{ label: "Open your check-ins", url: page }] },
    ],
    reason: `You get this email because a check-in was booked in your ${words.activity}.`,
    attachments: [{ filename: "check-in.ics", content: calendar, contentType: ICS_CONTENT_TYPE }],
  };
});

export type CheckInCancelledInput = CheckInScheduledInput;

/** The same calendar entry (same UID, higher SEQUENCE) marked cancelled, so calendars remove it. */
export const checkInCancelledEmail = defineTemplate<CheckInCancelledInput>(EMAIL_KINDS.checkInCancelled, (input, ctx) => {
  const words = roleWords(input.mode);
  const other = input.otherName ?? `your ${words.activity} partner`;
  const when = formatLondonDateTime(input.scheduledAt);
  const page = appLink(ctx.appUrl, EMAIL_PATHS.relationship(input.relationshipId));
  const title = input.sessionNumber ? `${words.activity} session ${input.sessionNumber}` : `${words.activity} check-in`;
  const summary = `${title[0].toUpperCase()}${title.slice(1)} with ${other}`;
  const calendar = buildCalendar({
    uid: input.calendar.uid,
    sequence: input.calendar.sequence,
    stamp: input.calendar.stamp,
    start: input.scheduledAt,
    end: new Date(input.scheduledAt.getTime() + input.durationMinutes * 60_000),
    summary,
    description: `${summary} was cancelled. ${page}`,
    location: input.meetingMode === "ONLINE" ? "Online" : meetingModeWords(input.meetingMode),
    url: page,
    status: "CANCELLED",
  });
  return {
    subject: `Check-in cancelled: ${when}`,
    heading: "A check-in was cancelled",
    greeting: greetingFor(input.recipientName),
    blocks: [
      { type: "paragraph", text: `The ${title} with ${other} on ${when} is cancelled. The attached file removes it from your calendar.` },
      { type: "actions", links: [{ label: "Book another time", url: page }] },
    ],
    reason: `You get this email because a check-in in your ${words.activity} was cancelled.`,
    attachments: [{ filename: "check-in.ics", content: calendar, contentType: ICS_CONTENT_TYPE }],
  };
});

export interface CheckInDueInput {
  recipientName: string | null;
  otherName: string | null;
  relationshipId: string;
  mode: Mode;
  scheduledAt: Date;
  meetingMode: MeetingMode;
}

export const checkInDueEmail = defineTemplate<CheckInDueInput>(EMAIL_KINDS.checkInDue, (input, ctx) => {
  const words = roleWords(input.mode);
  const other = input.otherName ?? `your ${words.activity} partner`;
  const when = formatLondonDateTime(input.scheduledAt);
  return {
    subject: `Reminder: check-in with ${other}, ${when}`,
    heading: "Your check-in is coming up",
    greeting: greetingFor(input.recipientName),
    blocks: [
      { type: "paragraph", text: `A reminder of your check-in with ${other}:` },
      { type: "details", rows: [{ term: "When", value: when }, { term: "Where", value: meetingModeWords(input.meetingMode) }] },
      { type: "paragraph", text: "If you can no longer make it, please reschedule so your partner knows." },
      { type: "actions", links: [{ label: "Open your check-ins", url: appLink(ctx.appUrl, EMAIL_PATHS.relationship(input.relationshipId)) }] },
    ],
    reason: `You get this email because you have a check-in booked in your ${words.activity}.`,
  };
});

export interface CheckInOverdueInput {
  recipientName: string | null;
  otherName: string | null;
  relationshipId: string;
  mode: Mode;
  scheduledAt: Date;
}

export const checkInOverdueEmail = defineTemplate<CheckInOverdueInput>(EMAIL_KINDS.checkInOverdue, (input, ctx) => {
  const words = roleWords(input.mode);
  const other = input.otherName ?? `your ${words.activity} partner`;
  return {
    subject: `Did your check-in on ${formatLondonDate(input.scheduledAt)} happen?`,
    heading: "Did your check-in happen?",
    greeting: greetingFor(input.recipientName),
    blocks: [
      { type: "paragraph", text: `Your check-in with ${other} was booked for ${formatLondonDateTime(input.scheduledAt)}, and it has not been logged yet.` },
      {
        type: "list",
        items: [
          "If it happened, log it: it records your progress and counts towards your hours for appraisal.",
          "If it did not, reschedule it or cancel it.",
        ],
      },
      { type: "actions", links: [{ label: "Log or reschedule", url: appLink(ctx.appUrl, EMAIL_PATHS.relationship(input.relationshipId)) }] },
    ],
    reason: `You get this email because a check-in in your ${words.activity} is still marked as booked.`,
  };
});
