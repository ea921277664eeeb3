// Wall-clock time in Europe/London, from UTC instants and back, with Intl only (no date library:
// Node ships the full ICU time-zone database, and these few functions are all we need).
// The UK changes clocks at 01:00 UTC on the last Sunday of March (to BST, UTC+1) and of October
// (back to GMT). Local midnight and 07:00 never fall in the gap or the overlap, which keeps
// the conversions below unambiguous for the times the sweeps use.

export const LONDON = "Europe/London";

export interface LocalDate {
  year: number;
  month: number; // 1–12
  day: number;
}

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  second: number;
  /** 1 = Monday … 7 = Sunday (ISO). */
  weekday: number;
}

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: LONDON,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  weekday: "short",
  hourCycle: "h23",
});

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The London wall-clock reading of an instant. */
export function londonParts(instant: Date): LocalDateTime {
  const parts: Record<string, string> = {};
  for (const part of partsFormat.formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday],
  };
}

/** Minutes London is ahead of UTC at this instant: 0 (GMT) or 60 (BST). */
export function londonOffsetMinutes(instant: Date): number {
  const p = londonParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant at which London clocks read the given local time. A time in the spring gap
 * (01:00–02:00 on the last Sunday of March) comes out an hour later; one in the autumn overlap
 * (01:00–02:00 on the last Sunday of October) comes out as its second (GMT) reading. Neither
 * case arises for the times the sweeps use (midnight, 07:00, 08:00).
 */
export function londonToInstant(local: LocalDate & { hour?: number; minute?: number; second?: number }): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour ?? 0, local.minute ?? 0, local.second ?? 0);
  const first = wall - londonOffsetMinutes(new Date(wall)) * 60_000;
  const second = wall - londonOffsetMinutes(new Date(first)) * 60_000;
  return new Date(second);
}

/** Calendar arithmetic on a local date (no time zone involved). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The instant London's day `date` begins (00:00 local). */
export function startOfLondonDay(date: LocalDate): Date {
  return londonToInstant({ ...date, hour: 0 });
}

/** "2026-03-29": the London calendar date of an instant. */
export function londonDateKey(instant: Date): string {
  const p = londonParts(instant);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** ISO 8601 week of a calendar date: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(date: LocalDate): { year: number; week: number } {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday); // the Thursday of this week decides the year
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return { year: d.getUTCFullYear(), week: Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7) };
}

export function isoWeekKey(date: LocalDate): string {
  const { year, week } = isoWeek(date);
  return `${year}-W${String(week).padStart(2, "0")}`;
}

const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: LONDON,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const dateFormat = new Intl.DateTimeFormat("en-GB", { timeZone: LONDON, weekday: "long", day: "numeric", month: "long", year: "numeric" });

/** "Sunday 29 March 2026 at 10:00 (UK time)". */
export function formatLondonDateTime(instant: Date): string {
  const parts: Record<string, string> = {};
  for (const part of dateTimeFormat.formatToParts(instant)) parts[part.type] = part.value;
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute} (UK time)`;
}

/** "Sunday 29 March 2026". */
export function formatLondonDate(instant: Date): string {
  return dateFormat.format(instant).replace(",", "");
}
