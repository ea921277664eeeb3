// The record for appraisal: the member's own activity as mentee and as mentor, as a page and as CSV
// with proper escaping, including the guard against spreadsheet formulas.
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { csvCell, getMyRecord, recordToCsv, toCsv } from "@/lib/data/record";
import { createGoal, createHeldCheckIn, createNote, createRelationship, createSessionToken } from "../../factories/relationships";
import { callPage, callRoute } from "./support/call";
import { actorOf } from "./support/db-state";
import { session } from "../../support/next-request";

vi.mock("next/headers", async () => (await import("../../support/next-request")).nextHeadersMock);
afterEach(() => {
  session.token = undefined;
});

/** A small RFC 4180 reader, independent of the writer under test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

describe("CSV escaping", () => {
  it.each([
    ["Plain text", "Plain text"],
    ["a, b", '"a, b"'],
    ['a "quote"', '"a ""quote"""'],
    ["two\nlines", '"two\nlines"'],
    ["=HYPERLINK(\"http://evil.example\",\"click\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""],
    ["+44 20 7946 0000", "'+44 20 7946 0000"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    // Once prefixed, the tab or spaces are no longer leading, so the cell needs no quotes.
    ["\t=1+1", "'\t=1+1"],
    ["  =1+1", "'  =1+1"],
    ["\r=1", "\"'\r=1\""],
  ])("%j becomes %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("writes numbers as numbers, empty for nothing, CRLF line ends and a byte-order mark", () => {
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(toCsv([["a", 1], ["=b", null]])).toBe("\uFEFFa,1\r\n'=b,\r\n");
  });

  it("round-trips awkward text through a standard reader, with formulas kept as text", () => {
    const cells = ['He said "no", then left', "line one\r\nline two", "=1+1", "Dr Siobhán O'Neill — ST4", "@risk", "-"];
    const parsed = parseCsv(toCsv([cells]).slice(1));
    expect(parsed).toEqual([['He said "no", then left', "line one\r\nline two", "'=1+1", "Dr Siobhán O'Neill — ST4", "'@risk", "'-"]]);
  });
});

describe("the record for appraisal", () => {
  async function history() {
    // An ST6 mentored by a consultant, who also mentors a CT1 (one person, both sides).
    const { mentee: st6, mentor: consultant, relationship: beingMentored } = await createRelationship({ mentee: { careerGradeId: "grade-st6", name: "Dr Sam Patel" }, mentor: { name: "Dr Tom Okafor" } });
    const { mentee: ct1, relationship: mentoring } = await createRelationship({ mentee: { name: "Dr Junior Name" } });
    await db().relationship.update({ where: { id: mentoring.id }, data: { mentorId: st6.id, mode: "COACHING", developmentAreaId: "area-consultant-interview", coachingOutcome: "=cmd|' /C calc'!A0" } });
    await createHeldCheckIn(beingMentored.id, st6.id, { occurredAt: new Date("2026-05-04T09:00:00Z"), durationMinutes: 60 });
    await createHeldCheckIn(beingMentored.id, consultant.id, { occurredAt: new Date("2026-07-01T16:00:00Z"), durationMinutes: 30 });
    await createHeldCheckIn(mentoring.id, st6.id, { occurredAt: new Date("2026-06-10T12:00:00Z"), durationMinutes: 90, sessionNumber: 1, meetingMode: "IN_PERSON" });
    await createGoal(beingMentored.id, st6.id, { title: "Lead the ward's QI project", measure: "Project presented at audit day", status: "ACHIEVED", progress: 100 });
    await createGoal(mentoring.id, ct1.id, { title: "A goal of the coachee", status: "ACHIEVED", progress: 100 });
    await createNote(beingMentored.id, st6.id, { body: '=HYPERLINK("http://evil.example","My reflection, with a comma")' });
    await createNote(beingMentored.id, consultant.id, { body: "The mentor's shared note", visibility: "SHARED" });
    await createNote(mentoring.id, ct1.id, { body: "The coachee's shared note", visibility: "SHARED" });
    return { st6, consultant, ct1, beingMentored, mentoring };
  }

  it("totals hours and sessions on each side; names mentors, not the people the member supported", async () => {
    const { st6 } = await history();
    const record = await getMyRecord(actorOf(st6));
    expect(record.asMentee).toEqual({ relationships: 1, sessions: 2, minutes: 90, goalsAchieved: 1 });
    expect(record.asMentor).toEqual({ relationships: 1, sessions: 1, minutes: 90, goalsAchieved: 1 });
    const mine = record.relationships.find((r) => r.role === "MENTEE")!;
    expect(mine.withLabel).toBe("Dr Tom Okafor (Consultant)");
    expect(mine.goals.map((g) => g.title)).toEqual(["Lead the ward's QI project"]);
    expect(mine.myNotes.map((n) => n.body)).toEqual(['=HYPERLINK("http://evil.example","My reflection, with a comma")']);
    const theirs = record.relationships.find((r) => r.role === "MENTOR")!;
    expect(theirs.withLabel).toBe("A coachee (Core trainee CT1)");
    expect(theirs.goals).toEqual([]);
    expect(theirs.goalsAchieved).toBe(1);
    expect(JSON.stringify(record)).not.toContain("Dr Junior Name");
    expect(JSON.stringify(record)).not.toContain("shared note");
  });

  it("downloads as CSV that a spreadsheet reads as text, with the member's own notes only", async () => {
    const { st6 } = await history();
    session.token = await createSessionToken(st6.id);
    const { response, text } = await callRoute("app/(member)/record/csv/route.ts", "http://localhost/record/csv", {});
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="mentoring-record-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(["Kind", "Role", "Mode", "With", "Development area", "Date", "End date", "Minutes", "Status", "Detail"]);
    expect(rows.every((r) => r.length === 10)).toBe(true);
    expect(rows.filter((r) => r[0] === "Session").map((r) => [r[1], r[5], r[7]])).toEqual([
      ["Mentee", "2026-05-04", "60"],
      ["Mentee", "2026-07-01", "30"],
      ["Coach", "2026-06-10", "90"],
    ]);
    const note = rows.find((r) => r[0] === "My note")!;
    expect(note[9]).toBe(`'=HYPERLINK("http://evil.example","My reflection, with a comma")`);
    // The coaching outcome starts with "Outcome: " so it is text already; nothing in the file starts a formula.
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(text).not.toContain("shared note");
    expect(text).not.toContain("Dr Junior Name");
    // Response.text() drops the byte-order mark; the bytes keep it, for Excel.
    expect([...new Uint8Array(await response.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toBe(recordToCsv(await getMyRecord(actorOf(st6))).replace(/^\uFEFF/, ""));
  });

  it("prints: the page shows both sides, a print button and the CSV link; signed out is sent to sign in", async () => {
    const { st6 } = await history();
    session.token = await createSessionToken(st6.id);
    const page = await callPage("app/(member)/record/page.tsx", {});
    expect(page.outcome).toBe("allow");
    expect(page.text).toContain("Being mentored or coached");
    expect(page.text).toContain("Mentoring or coaching others");
    expect(page.text).toContain("/record/csv");
    session.token = undefined;
    expect((await callPage("app/(member)/record/page.tsx", {})).outcome).toBe("sign-in");
    expect((await callRoute("app/(member)/record/csv/route.ts", "http://localhost/record/csv", {})).response.status).toBe(401);
  });
});
