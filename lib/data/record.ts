import "server-only";
import { requireUser, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { GoalStatus } from "@/lib/validation/goals";
import type { NoteVisibility } from "@/lib/validation/notes";
import { londonDateInput } from "@/lib/validation/relationships";
import type { Mode, PairRole, RelationshipStatus } from "./relationships";

// A member's own record of mentoring and coaching for appraisal: as mentee or coachee, and as
// mentor or coach. It holds their own notes only. People they mentored or coached appear by grade,
// not by name: the record is made to be shown to an appraiser, and being mentored is the other
// person's to disclose.

export interface RecordSessionDto {
  occurredAt: Date;
  durationMinutes: number | null;
  meetingMode: "ONLINE" | "IN_PERSON" | "EITHER";
  sessionNumber: number | null;
}

export interface RecordGoalDto {
  title: string;
  measure: string;
  status: GoalStatus;
  progress: number;
  targetDate: Date | null;
}

export interface RecordRelationshipDto {
  id: string;
  role: PairRole;
  mode: Mode;
  /** Who with: the mentor or coach by name; a mentee or coachee by grade only. */
  withLabel: string;
  area: string | null;
  status: RelationshipStatus;
  startedAt: Date;
  endedAt: Date | null;
  coachingOutcome: string | null;
  sessions: RecordSessionDto[];
  minutes: number;
  /** The goals themselves for the caller's own goals; for people they supported, counts only. */
  goals: RecordGoalDto[];
  goalsTotal: number;
  goalsAchieved: number;
  myNotes: { createdAt: Date; body: string; visibility: NoteVisibility }[];
}

export interface RecordTotals {
  relationships: number;
  sessions: number;
  minutes: number;
  goalsAchieved: number;
}

export interface RecordDto {
  name: string;
  grade: string | null;
  generatedAt: Date;
  asMentee: RecordTotals;
  asMentor: RecordTotals;
  relationships: RecordRelationshipDto[];
}

export async function getMyRecord(actor: Actor | null, now = new Date()): Promise<RecordDto> {
  const user = requireUser(actor);
  const client = db();
  const [me, rows] = await Promise.all([
    client.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, careerGrade: { select: { name: true } } } }),
    client.relationship.findMany({
      where: { OR: [{ menteeId: user.id }, { mentorId: user.id }] },
      orderBy: [{ startedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        menteeId: true,
        mode: true,
        status: true,
        startedAt: true,
        endedAt: true,
        coachingOutcome: true,
        developmentArea: { select: { name: true } },
        mentor: { select: { name: true, careerGrade: { select: { name: true } } } },
        mentee: { select: { careerGrade: { select: { name: true } } } },
        checkIns: {
          where: { status: "COMPLETED", occurredAt: { not: null } },
          orderBy: { occurredAt: "asc" },
          select: { occurredAt: true, durationMinutes: true, meetingMode: true, sessionNumber: true },
        },
        goals: { orderBy: { createdAt: "asc" }, select: { title: true, measure: true, status: true, progress: true, targetDate: true } },
        // Only the caller's own notes, whatever their visibility: a partner's shared note is theirs.
        notes: { where: { authorId: user.id }, orderBy: { createdAt: "asc" }, select: { createdAt: true, body: true, visibility: true } },
      },
    }),
  ]);
  const relationships = rows.map((row): RecordRelationshipDto => {
    const role: PairRole = row.menteeId === user.id ? "MENTEE" : "MENTOR";
    const sessions = row.checkIns.map((c) => ({ occurredAt: c.occurredAt!, durationMinutes: c.durationMinutes, meetingMode: c.meetingMode, sessionNumber: c.sessionNumber }));
    const withLabel =
      role === "MENTEE"
        ? `${row.mentor.name ?? "Unnamed member"}${row.mentor.careerGrade ? ` (${row.mentor.careerGrade.name})` : ""}`
        : `A ${row.mode === "COACHING" ? "coachee" : "mentee"}${row.mentee.careerGrade ? ` (${row.mentee.careerGrade.name})` : ""}`;
    return {
      id: row.id,
      role,
      mode: row.mode,
      withLabel,
      area: row.developmentArea?.name ?? null,
      status: row.status,
      startedAt: row.startedAt,
      endedAt: row.endedAt,
      coachingOutcome: row.coachingOutcome,
      sessions,
      minutes: sessions.reduce((sum, s) => sum + (s.durationMinutes ?? 0), 0),
      goals: role === "MENTEE" ? row.goals : [],
      goalsTotal: row.goals.length,
      goalsAchieved: row.goals.filter((g) => g.status === "ACHIEVED").length,
      myNotes: row.notes,
    };
  });
  const totals = (role: PairRole): RecordTotals => {
    const mine = relationships.filter((r) => r.role === role);
    return {
      relationships: mine.length,
      sessions: mine.reduce((sum, r) => sum + r.sessions.length, 0),
      minutes: mine.reduce((sum, r) => sum + r.minutes, 0),
      goalsAchieved: mine.reduce((sum, r) => sum + r.goalsAchieved, 0),
    };
  };
  return { name: me.name ?? user.email, grade: me.careerGrade?.name ?? null, generatedAt: now, asMentee: totals("MENTEE"), asMentor: totals("MENTOR"), relationships };
}

// ───────────────────────── CSV ─────────────────────────

/**
 * One CSV cell (RFC 4180): quoted when it holds a quote, comma or line break (quotes doubled). Text
 * a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return, after
 * any spaces) is prefixed with an apostrophe, so a note reading "=HYPERLINK(…)" stays text.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = value;
  if (/^[\s]*[=+\-@]/.test(text) || /^[\t\r]/.test(text)) text = `'${text}`;
  if (/[",\r\n]/.test(text) || /^\s|\s$/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** Rows to CSV text: CRLF line ends and a byte-order mark, so Excel reads UTF-8 (names, dashes). */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return "\uFEFF" + rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

const ROLE_WORDS: Record<Mode, Record<PairRole, string>> = {
  MENTORING: { MENTEE: "Mentee", MENTOR: "Mentor" },
  COACHING: { MENTEE: "Coachee", MENTOR: "Coach" },
};
const GOAL_WORDS: Record<GoalStatus, string> = { NOT_STARTED: "Not started", IN_PROGRESS: "In progress", ACHIEVED: "Achieved", DROPPED: "Dropped" };
const MEETING_WORDS = { ONLINE: "Online", IN_PERSON: "In person", EITHER: "Online or in person" } as const;

const day = (date: Date | null) => (date ? londonDateInput(date) : null);

export const RECORD_CSV_HEADER = ["Kind", "Role", "Mode", "With", "Development area", "Date", "End date", "Minutes", "Status", "Detail"];

export function recordToCsv(record: RecordDto): string {
  const rows: (string | number | null)[][] = [RECORD_CSV_HEADER];
  for (const r of record.relationships) {
    const role = ROLE_WORDS[r.mode][r.role];
    const mode = r.mode === "COACHING" ? "Coaching" : "Mentoring";
    const base = [role, mode, r.withLabel, r.area];
    rows.push(["Relationship", ...base, day(r.startedAt), day(r.endedAt), r.minutes, r.status === "ACTIVE" ? "Active" : "Ended", r.coachingOutcome ? `Outcome: ${r.coachingOutcome}` : `${r.sessions.length} sessions; ${r.goalsAchieved} of ${r.goalsTotal} goals achieved`]);
    for (const s of r.sessions) {
      rows.push(["Session", ...base, day(s.occurredAt), null, s.durationMinutes, "Held", `${s.sessionNumber ? `Session ${s.sessionNumber}` : "Check-in"}, ${MEETING_WORDS[s.meetingMode].toLowerCase()}`]);
    }
    for (const g of r.goals) {
      rows.push(["Goal", ...base, day(g.targetDate), null, null, `${GOAL_WORDS[g.status]} (${g.progress}%)`, `${g.title}. Measure: ${g.measure}`]);
    }
    for (const n of r.myNotes) {
      rows.push(["My note", ...base, day(n.createdAt), null, null, n.visibility === "PRIVATE" ? "Private" : "Shared", n.body]);
    }
  }
  return toCsv(rows);
}
