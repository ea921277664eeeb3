import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine, type CalendarEvent } from "@/lib/email/ics";

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: "check-in-abc@mentoring.test.example",
  sequence: 3,
  stamp: new Date("2026-03-01T12:34:56Z"),
  start: new Date("2026-03-29T09:00:00Z"),
  end: new Date("2026-03-29T10:00:00Z"),
  summary: "Mentoring check-in with Dr Zoë Smith",
  description: "Check-in.",
  location: "Online",
  ...overrides,
});

/** Content lines after unfolding (RFC 5545 §3.1). */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "").split("\r\n");
/** A property of the VEVENT (not of the VTIMEZONE, which has its own DTSTARTs). */
const property = (ics: string, name: string) => {
  const lines = unfold(ics);
  return lines.slice(lines.indexOf("BEGIN:VEVENT")).filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));
};

describe("buildCalendar", () => {
  it("is a VCALENDAR with one VEVENT, a VTIMEZONE for Europe/London, CRLF line ends and nothing else", () => {
    const ics = buildCalendar(event());
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/); // no bare LF or CR
    expect(unfold(ics)).toContain("METHOD:PUBLISH");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n");
    expect(ics).toContain("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
    expect(ics).toContain("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
    expect(property(ics, "UID")).toEqual(["UID:check-in-abc@mentoring.test.example"]);
    expect(property(ics, "SEQUENCE")).toEqual(["SEQUENCE:3"]);
    expect(property(ics, "DTSTAMP")).toEqual(["DTSTAMP:20260301T123456Z"]);
    expect(property(ics, "LOCATION")).toEqual(["LOCATION:Online"]);
  });

  it.each([
    // [instant (UTC), London wall time]: a 10:00 check-in stays 10:00 on both sides of each change.
    ["2026-03-28T10:00:00Z", "20260328T100000"], // Saturday, GMT
    ["2026-03-29T00:30:00Z", "20260329T003000"], // Sunday before the change (01:00 UTC), GMT
    ["2026-03-29T01:30:00Z", "20260329T023000"], // just after: 02:30 BST
    ["2026-03-29T09:00:00Z", "20260329T100000"], // Sunday morning, BST
    ["2026-03-30T09:00:00Z", "20260330T100000"], // Monday, BST
    ["2026-10-24T09:00:00Z", "20261024T100000"], // Saturday, BST
    ["2026-10-25T10:00:00Z", "20261025T100000"], // Sunday after the change, GMT
    ["2026-10-26T10:00:00Z", "20261026T100000"], // Monday, GMT
  ])("writes %s as London wall time %s", (iso, wall) => {
    const start = new Date(iso);
    const ics = buildCalendar(event({ start, end: new Date(start.getTime() + 45 * 60_000) }));
    expect(property(ics, "DTSTART")).toEqual([`DTSTART;TZID=Europe/London:${wall}`]);
  });

  it("gets the end right when an event spans the spring change (00:30 GMT to 02:30 BST is one hour)", () => {
    const ics = buildCalendar(event({ start: new Date("2026-03-29T00:30:00Z"), end: new Date("2026-03-29T01:30:00Z") }));
    expect(property(ics, "DTSTART")).toEqual(["DTSTART;TZID=Europe/London:20260329T003000"]);
    expect(property(ics, "DTEND")).toEqual(["DTEND;TZID=Europe/London:20260329T023000"]);
  });

  it("writes UTC in the autumn hour that happens twice, so neither 01:30 is misread", () => {
    // 01:30 BST (00:30 UTC) and 01:30 GMT (01:30 UTC) on 25 October 2026 share a wall time.
    const first = buildCalendar(event({ start: new Date("2026-10-25T00:30:00Z"), end: new Date("2026-10-25T03:00:00Z") }));
    const second = buildCalendar(event({ start: new Date("2026-10-25T01:30:00Z"), end: new Date("2026-10-25T03:00:00Z") }));
    expect(property(first, "DTSTART")).toEqual(["DTSTART:20261025T003000Z"]);
    expect(property(second, "DTSTART")).toEqual(["DTSTART:20261025T013000Z"]);
    expect(property(first, "DTEND")).toEqual(["DTEND;TZID=Europe/London:20261025T030000"]);
  });

  it("escapes TEXT values and folds long lines at 75 octets without splitting a character", () => {
    const description = "Agenda: goals, progress; next steps\\notes\nSecond line — with “quotes” and ëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëë and more text after";
    const ics = buildCalendar(event({ description }));
    for (const line of ics.split("\r\n")) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      expect(Buffer.from(line, "utf8").toString("utf8")).not.toContain("\uFFFD");
    }
    expect(ics.split("\r\n").some((line) => line.startsWith(" "))).toBe(true);
    expect(property(ics, "DESCRIPTION")).toEqual([`DESCRIPTION:${escapeText(description)}`]);
    expect(escapeText(description)).toContain("goals\\, progress\\; next steps\\\\notes\\nSecond line");
  });

  it("refuses an event that ends before it starts", () => {
    expect(() => buildCalendar(event({ end: new Date("2026-03-29T08:00:00Z") }))).toThrow(/end after it starts/);
  });
});

describe("foldLine", () => {
  it("leaves short lines alone and folds long ones into 75-octet pieces with a leading space", () => {
    expect(foldLine("SUMMARY:short")).toBe("SUMMARY:short");
    const long = `DESCRIPTION:${"x".repeat(200)}`;
    const folded = foldLine(long).split("\r\n");
    expect(folded[0]).toHaveLength(75);
    expect(folded.slice(1).every((line) => line.startsWith(" ") && line.length <= 75)).toBe(true);
    expect(folded.map((line, i) => (i === 0 ? line : line.slice(1))).join("")).toBe(long);
  });

  it("counts octets, not characters: a 3-byte character is not split across lines", () => {
    const folded = foldLine(`X:${"€".repeat(40)}`).split("\r\n");
    expect(folded.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(Buffer.byteLength(folded[0])).toBe(2 + 24 * 3); // "X:" + 24 euro signs = 74 octets; a 25th would make 77
  });
});
