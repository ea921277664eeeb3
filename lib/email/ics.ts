// An iCalendar (RFC 5545) event for a scheduled check-in, attached to the "check-in scheduled"
// email. Times are written as London wall-clock time with TZID=Europe/London and a VTIMEZONE
// block, so calendar clients show the time the pair agreed even across a clock change.
import { londonParts } from "./london-time";

export interface CalendarEvent {
  /** Stable per check-in, so a rescheduled check-in updates the same calendar entry. */
  uid: string;
  /** Increases whenever the event changes (RFC 5545 §3.8.7.4); clients keep the highest. */
  sequence: number;
  /** When this version of the event was created (RFC 5545 DTSTAMP, written in UTC). */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  /** "Online" for online meetings. */
  location: string;
  url?: string;
  status?: "CONFIRMED" | "CANCELLED";
}

export const ICS_CONTENT_TYPE = "text/calendar; charset=utf-8; method=PUBLISH";

// The UK rule since 1996 (EU summer time): BST from 01:00 UTC on the last Sunday of March to
// 01:00 UTC on the last Sunday of October. DTSTART here is local time at the onset.
const LONDON_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/London",
  "X-LIC-LOCATION:Europe/London",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0000",
  "TZOFFSETTO:+0100",
  "TZNAME:BST",
  "DTSTART:19810329T010000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0000",
  "TZNAME:GMT",
  "DTSTART:19961027T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** 20260329T100000: the London wall-clock time of an instant (for TZID=Europe/London). */
export function formatLondonLocal(instant: Date): string {
  const p = londonParts(instant);
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

/** 20260329T090000Z. */
export function formatUtc(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space,
 * which counts towards their 75. Never splits a multi-byte UTF-8 character.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    if (octets + size > limit) {
      out.push(current);
      current = " ";
      octets = 1;
      limit = 75;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n");
}

/** True when London clocks show this instant's wall time twice (01:00–02:00 on the last Sunday of October). */
function isAmbiguousWallTime(instant: Date): boolean {
  const wall = formatLondonLocal(instant);
  return [-3_600_000, 3_600_000].some((delta) => formatLondonLocal(new Date(instant.getTime() + delta)) === wall);
}

/**
 * DTSTART/DTEND as London wall time, except in the one hour a year whose wall time is ambiguous
 * (RFC 5545 reads an ambiguous TZID time as its first occurrence, which would move an event in the
 * second one). There the instant is written in UTC, which no client can misread.
 */
function dateTimeProperty(name: "DTSTART" | "DTEND", instant: Date): string {
  return isAmbiguousWallTime(instant) ? `${name}:${formatUtc(instant)}` : `${name};TZID=Europe/London:${formatLondonLocal(instant)}`;
}

export function buildCalendar(event: CalendarEvent): string {
  if (event.end.getTime() <= event.start.getTime()) throw new Error("A calendar event must end after it starts.");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//RCPsych Coaching and Mentoring//Check-ins//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...LONDON_VTIMEZONE,
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${formatUtc(event.stamp)}`,
    dateTimeProperty("DTSTART", event.start),
    dateTimeProperty("DTEND", event.end),
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `LOCATION:${escapeText(event.location)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    `STATUS:${event.status ?? "CONFIRMED"}`,
    "TRANSP:OPAQUE",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
