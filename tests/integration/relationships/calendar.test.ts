// The .ics download of a booked check-in: right in Europe/London on both sides of the last Sunday
// of March and of October, the same event as the emailed invitation, and for the pair only.
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { scheduleCheckIn } from "@/lib/data/check-ins";
import { createRelationship, createSessionToken } from "../../factories/relationships";
import { createAdmin, createMember } from "../../factories";
import { callRoute } from "./support/call";
import { actorOf } from "./support/db-state";
import { session } from "../../support/next-request";

vi.mock("next/headers", async () => (await import("../../support/next-request")).nextHeadersMock);
afterEach(() => {
  session.token = undefined;
});

const ROUTE = "app/(member)/relationships/[id]/check-ins/[checkInId]/calendar/route.ts";

/** Unfolds an iCalendar text (RFC 5545 §3.1) into its content lines. */
function contentLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);
}

function event(ics: string) {
  const lines = contentLines(ics);
  const start = lines.indexOf("BEGIN:VEVENT");
  const end = lines.indexOf("END:VEVENT");
  const props: Record<string, string> = {};
  for (const line of lines.slice(start + 1, end)) {
    const colon = line.indexOf(":");
    const [name] = line.slice(0, colon).split(";");
    props[name] = line;
  }
  return props;
}

/**
 * The instant a DTSTART/DTEND line means, read as RFC 5545 §3.3.5 says: UTC when it ends in Z;
 * for TZID=Europe/London, the London wall time, taking the first of two readings in the October
 * overlap. Independent of the code under test.
 */
function instantOf(line: string): string {
  const utc = /:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(line);
  if (utc) return new Date(Date.UTC(+utc[1], +utc[2] - 1, +utc[3], +utc[4], +utc[5], +utc[6])).toISOString();
  const local = /;TZID=Europe\/London:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(line);
  if (!local) throw new Error(`Unexpected date-time: ${line}`);
  const wall = Date.UTC(+local[1], +local[2] - 1, +local[3], +local[4], +local[5], +local[6]);
  const reads = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
  const wanted = `${local[3]}/${local[2]}/${local[1]}, ${local[4]}:${local[5]}:${local[6]}`;
  const first = [wall - 3_600_000, wall].find((t) => reads.format(new Date(t)) === wanted);
  if (first === undefined) throw new Error(`No such London time: ${line}`);
  return new Date(first).toISOString();
}

async function book(date: string, time: string, durationMinutes = 60) {
  const { mentee, mentor, relationship } = await createRelationship();
  // Booked in January 2027, in winter time, for dates after a clock change.
  const booking = await scheduleCheckIn(actorOf(mentee), { relationshipId: relationship.id, date, time, durationMinutes, meetingMode: "ONLINE" }, new Date("2027-01-10T12:00:00Z"));
  const stored = await db().checkIn.findUniqueOrThrow({ where: { id: booking.id } });
  session.token = await createSessionToken(mentee.id);
  const called = await callRoute(ROUTE, `http://localhost/relationships/${relationship.id}/check-ins/${booking.id}/calendar`, { id: relationship.id, checkInId: booking.id });
  return { mentee, mentor, relationship, booking, stored, called };
}

describe("the check-in calendar file across clock changes", () => {
  it.each([
    // date, London time, the UTC instant stored, DTSTART, DTEND
    ["the Saturday before the spring change (GMT)", "2027-03-27", "10:00", "2027-03-27T10:00:00.000Z", "DTSTART;TZID=Europe/London:20270327T100000", "DTEND;TZID=Europe/London:20270327T110000"],
    ["half past midnight on the spring change day, before it (GMT)", "2027-03-28", "00:30", "2027-03-28T00:30:00.000Z", "DTSTART;TZID=Europe/London:20270328T003000", "DTEND;TZID=Europe/London:20270328T023000"],
    ["the morning of the spring change day (BST)", "2027-03-28", "10:00", "2027-03-28T09:00:00.000Z", "DTSTART;TZID=Europe/London:20270328T100000", "DTEND;TZID=Europe/London:20270328T110000"],
    ["the Saturday before the autumn change (BST)", "2027-10-30", "10:00", "2027-10-30T09:00:00.000Z", "DTSTART;TZID=Europe/London:20271030T100000", "DTEND;TZID=Europe/London:20271030T110000"],
    ["the morning of the autumn change day (GMT)", "2027-10-31", "10:00", "2027-10-31T10:00:00.000Z", "DTSTART;TZID=Europe/London:20271031T100000", "DTEND;TZID=Europe/London:20271031T110000"],
  ])("%s", async (_name, date, time, instant, dtstart, dtend) => {
    const { stored, called } = await book(date, time);
    expect(stored.scheduledAt?.toISOString()).toBe(instant);
    expect(called.outcome).toBe("allow");
    const props = event(called.text);
    expect(props.DTSTART).toBe(dtstart);
    expect(props.DTEND).toBe(dtend);
    // Read back as a calendar client would, the file means exactly the stored hour.
    expect(instantOf(props.DTSTART)).toBe(instant);
    expect(instantOf(props.DTEND)).toBe(new Date(new Date(instant).getTime() + 60 * 60_000).toISOString());
  });

  it("a booking made in winter for a summer date keeps the agreed London time", async () => {
    // Booked in January (GMT) for 17:30 on 1 April 2027 (BST): stored as 16:30 UTC, shown as 17:30.
    const { stored, called } = await book("2027-04-01", "17:30");
    expect(stored.scheduledAt?.toISOString()).toBe("2027-04-01T16:30:00.000Z");
    expect(event(called.text).DTSTART).toBe("DTSTART;TZID=Europe/London:20270401T173000");
  });

  it("a booking in the repeated hour of the autumn change takes its first (BST) reading", async () => {
    // 01:30 happens twice on 31 October 2027: first at 00:30 UTC (BST), then at 01:30 UTC (GMT).
    const { stored, called } = await book("2027-10-31", "01:30", 30);
    expect(stored.scheduledAt?.toISOString()).toBe("2027-10-31T00:30:00.000Z");
    // Ambiguous as wall time, so ics.ts writes the start in UTC.
    expect(event(called.text).DTSTART).toBe("DTSTART:20271031T003000Z");
    expect(instantOf(event(called.text).DTSTART)).toBe("2027-10-31T00:30:00.000Z");
  });

  it("an event ending in the repeated hour ends when it should, not an hour early", async () => {
    // Ends at 01:00 GMT (01:00 UTC), the second 01:00 of the night: as wall time it would be read
    // as the first (00:00 UTC), before the start, so it must be written in UTC too.
    const { stored, called } = await book("2027-10-31", "01:30", 30);
    expect(event(called.text).DTEND).toBe("DTEND:20271031T010000Z");
    expect(instantOf(event(called.text).DTEND)).toBe(new Date(stored.scheduledAt!.getTime() + 30 * 60_000).toISOString());
  });

  it("is a well-formed download, the same calendar entry as the emailed invitation", async () => {
    const { mentee, mentor, relationship, booking, called } = await book("2027-03-28", "10:00");
    const { response, text } = called;
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8; method=PUBLISH");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="check-in-2027-03-28.ics"');
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/London");
    const props = event(text);
    expect(props.SUMMARY).toBe(`SUMMARY:Mentoring check-in with ${mentor.name}`);
    expect(props.LOCATION).toBe("LOCATION:Online");
    expect(props.STATUS).toBe("STATUS:CONFIRMED");
    expect(props.URL).toBe(`URL:http://localhost:3000/relationships/${relationship.id}`);

    const email = await db().emailMessage.findFirstOrThrow({ where: { kind: "check-in-scheduled", toAddress: mentee.email } });
    const attached = event((email.attachments as { content: string }[])[0].content);
    expect(attached.UID).toBe(props.UID);
    expect(attached.UID).toBe(`UID:check-in-${booking.id}@localhost`);
    expect(attached.DTSTART).toBe(props.DTSTART);
    expect(attached.SEQUENCE).toBe(props.SEQUENCE);
  });

  it("the mentor sees the mentee's name in the summary; a cancelled check-in downloads as cancelled", async () => {
    const { mentee, mentor, relationship, booking } = await book("2027-06-01", "17:30");
    session.token = await createSessionToken(mentor.id);
    const url = `http://localhost/relationships/${relationship.id}/check-ins/${booking.id}/calendar`;
    expect(event((await callRoute(ROUTE, url, { id: relationship.id, checkInId: booking.id })).text).SUMMARY).toBe(`SUMMARY:Mentoring check-in with ${mentee.name}`);
    await db().checkIn.update({ where: { id: booking.id }, data: { status: "CANCELLED" } });
    expect(event((await callRoute(ROUTE, url, { id: relationship.id, checkInId: booking.id })).text).STATUS).toBe("STATUS:CANCELLED");
  });

  it("is for the pair only: 401 signed out, 404 for anyone else or another relationship's id", async () => {
    const { relationship, booking } = await book("2027-06-01", "17:30");
    const url = `http://localhost/relationships/${relationship.id}/check-ins/${booking.id}/calendar`;
    session.token = undefined;
    expect((await callRoute(ROUTE, url, { id: relationship.id, checkInId: booking.id })).response.status).toBe(401);
    for (const outsider of [await createMember(), await createAdmin()]) {
      session.token = await createSessionToken(outsider.id);
      const called = await callRoute(ROUTE, url, { id: relationship.id, checkInId: booking.id });
      expect(called.response.status).toBe(404);
      expect(called.text).not.toContain("BEGIN:VCALENDAR");
    }
    // Someone in another pair cannot fetch this check-in through their own relationship's URL.
    const other = await createRelationship();
    session.token = await createSessionToken(other.mentee.id);
    expect((await callRoute(ROUTE, url, { id: other.relationship.id, checkInId: booking.id })).response.status).toBe(404);
  });
});
