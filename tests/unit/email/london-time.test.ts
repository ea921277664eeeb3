import { describe, expect, it } from "vitest";
import {
  addDays,
  formatLondonDateTime,
  isoWeekKey,
  londonDateKey,
  londonOffsetMinutes,
  londonParts,
  londonToInstant,
  startOfLondonDay,
} from "@/lib/email/london-time";

describe("London time", () => {
  it("knows the offset on each side of both 2026 clock changes (01:00 UTC on the last Sundays of March and October)", () => {
    expect(londonOffsetMinutes(new Date("2026-03-29T00:59:59Z"))).toBe(0);
    expect(londonOffsetMinutes(new Date("2026-03-29T01:00:00Z"))).toBe(60);
    expect(londonOffsetMinutes(new Date("2026-10-25T00:59:59Z"))).toBe(60);
    expect(londonOffsetMinutes(new Date("2026-10-25T01:00:00Z"))).toBe(0);
  });

  it.each([
    [{ year: 2026, month: 3, day: 28 }, "2026-03-28T00:00:00.000Z"],
    [{ year: 2026, month: 3, day: 29 }, "2026-03-29T00:00:00.000Z"], // the change is at 01:00, after midnight
    [{ year: 2026, month: 3, day: 30 }, "2026-03-29T23:00:00.000Z"],
    [{ year: 2026, month: 10, day: 25 }, "2026-10-24T23:00:00.000Z"],
    [{ year: 2026, month: 10, day: 26 }, "2026-10-26T00:00:00.000Z"],
  ])("starts London day %o at %s", (date, iso) => {
    expect(startOfLondonDay(date).toISOString()).toBe(iso);
  });

  it("converts London wall time to instants, and back", () => {
    expect(londonToInstant({ year: 2026, month: 7, day: 1, hour: 8 }).toISOString()).toBe("2026-07-01T07:00:00.000Z");
    expect(londonToInstant({ year: 2026, month: 12, day: 1, hour: 8 }).toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(londonToInstant({ year: 2026, month: 3, day: 29, hour: 1, minute: 30 }).toISOString()).toBe("2026-03-29T01:30:00.000Z"); // the gap: an hour on
    expect(londonToInstant({ year: 2026, month: 10, day: 25, hour: 1, minute: 30 }).toISOString()).toBe("2026-10-25T01:30:00.000Z"); // the overlap: the GMT reading
    expect(londonParts(new Date("2026-03-29T23:30:00Z"))).toMatchObject({ year: 2026, month: 3, day: 30, hour: 0, minute: 30, weekday: 1 });
    expect(londonDateKey(new Date("2026-10-24T23:30:00Z"))).toBe("2026-10-25");
    expect(londonDateKey(new Date("2026-12-31T23:30:00Z"))).toBe("2026-12-31");
  });

  it("does calendar arithmetic across month and year ends", () => {
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(addDays({ year: 2028, month: 3, day: 1 }, -1)).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it.each([
    [{ year: 2026, month: 3, day: 30 }, "2026-W14"],
    [{ year: 2026, month: 1, day: 1 }, "2026-W01"],
    [{ year: 2027, month: 1, day: 1 }, "2026-W53"],
    [{ year: 2024, month: 12, day: 30 }, "2025-W01"],
  ])("puts %o in ISO week %s", (date, week) => {
    expect(isoWeekKey(date)).toBe(week);
  });

  it("formats for people in London time", () => {
    expect(formatLondonDateTime(new Date("2026-03-29T09:00:00Z"))).toBe("Sunday 29 March 2026 at 10:00 (UK time)");
    expect(formatLondonDateTime(new Date("2026-10-25T09:00:00Z"))).toBe("Sunday 25 October 2026 at 09:00 (UK time)");
  });
});
