// Words for the two modes and the two sides of a pair, and small formatting helpers shared by the
// relationship pages and forms. Pure: importable by server and client components.
type Mode = "MENTORING" | "COACHING";
type Role = "MENTEE" | "MENTOR";

export function modeWords(mode: Mode) {
  return mode === "COACHING"
    ? { activity: "coaching", Activity: "Coaching", helper: "coach", Helper: "Coach", helped: "coachee", Helped: "Coachee", meeting: "session", Meeting: "Session" }
    : { activity: "mentoring", Activity: "Mentoring", helper: "mentor", Helper: "Mentor", helped: "mentee", Helped: "Mentee", meeting: "check-in", Meeting: "Check-in" };
}

/** "Your mentor", "your coachee": how the caller refers to the other person. */
export function otherRoleWord(mode: Mode, myRole: Role): string {
  const words = modeWords(mode);
  return myRole === "MENTEE" ? words.helper : words.helped;
}

export function myRoleWord(mode: Mode, myRole: Role): string {
  const words = modeWords(mode);
  return myRole === "MENTEE" ? words.helped : words.helper;
}

const DAY = 24 * 60 * 60 * 1000;

/** "today", "yesterday", "3 days ago", "5 weeks ago", "4 months ago", "over a year ago". */
export function formatAgo(date: Date, now: Date): string {
  const days = Math.floor((now.getTime() - date.getTime()) / DAY);
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  if (days < 14) return `${days} days ago`;
  if (days < 63) return `${Math.floor(days / 7)} weeks ago`;
  if (days < 365) return `${Math.floor(days / 30.44)} months ago`;
  return days < 730 ? "over a year ago" : `over ${Math.floor(days / 365)} years ago`;
}

/** "in 3 days", "tomorrow", "today". */
export function formatUntil(date: Date, now: Date): string {
  const days = Math.floor((date.getTime() - now.getTime()) / DAY);
  if (days <= 0) return "today";
  if (days === 1) return "tomorrow";
  if (days < 14) return `in ${days} days`;
  return `in ${Math.floor(days / 7)} weeks`;
}

/** "1 hour", "45 minutes", "1 hour 30 minutes". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = hours ? `${hours} ${hours === 1 ? "hour" : "hours"}` : "";
  const m = rest ? `${rest} ${rest === 1 ? "minute" : "minutes"}` : "";
  return [h, m].filter(Boolean).join(" ") || "0 minutes";
}

/** Hours to one decimal place, for the appraisal record: "7.5". */
export function formatHours(minutes: number): string {
  return (Math.round((minutes / 60) * 10) / 10).toLocaleString("en-GB");
}

export const linkClass = "font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800";
export const primaryLinkClass = "inline-flex items-center rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800";
export const secondaryLinkClass = "inline-flex items-center rounded-md border border-brand-600 bg-white px-4 py-2 font-medium text-brand-700 hover:bg-brand-50";
export const cardClass = "rounded-lg border border-brand-100 bg-white p-4";
