import type { MeetingMode, Mode } from "./types";

// Short names keep explanation lines readable on the programme lead's screen.
const GRADE_SHORT_NAMES: Record<number, string> = {
  1: "FY",
  2: "CT1",
  3: "CT2",
  4: "CT3",
  5: "ST4",
  6: "ST5",
  7: "ST6",
  8: "ST7",
  9: "Specialty doctor",
  10: "Specialist/Assoc specialist",
  11: "New consultant",
  12: "Consultant",
};

export function formatGrade(rank: number): string {
  return GRADE_SHORT_NAMES[rank] ?? `grade ${rank}`;
}

/** "ST4 → CT2": from the mentor's (or coach's) grade to the mentee's. */
export function formatGradeStep(fromRank: number, toRank: number): string {
  return `${formatGrade(fromRank)} → ${formatGrade(toRank)}`;
}

export function formatGradeRange(ranks: number[]): string {
  if (ranks.length === 0) return "any grade";
  const sorted = [...new Set(ranks)].sort((a, b) => a - b);
  const runs: string[] = [];
  let start = sorted[0];
  let prev = sorted[0];
  for (let k = 1; k <= sorted.length; k++) {
    const r = sorted[k];
    if (k < sorted.length && r === prev + 1) {
      prev = r;
      continue;
    }
    runs.push(start === prev ? formatGrade(start) : `${formatGrade(start)}–${formatGrade(prev)}`);
    start = r;
    prev = r;
  }
  return runs.join(", ");
}

export function formatMeetingMode(mode: MeetingMode): string {
  if (mode === "ONLINE") return "online";
  if (mode === "IN_PERSON") return "in person";
  return "online or in person";
}

export function formatMode(mode: Mode): string {
  return mode === "MENTORING" ? "mentoring" : "coaching";
}

/** "mentor" or "coach", matching the programme's own words. */
export function formatHelper(mode: Mode): string {
  return mode === "MENTORING" ? "mentor" : "coach";
}

export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

export function formatPoints(points: number): string {
  return points >= 0 ? `+${points}` : `−${Math.abs(points)}`;
}

export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}
