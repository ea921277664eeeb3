// Dates are stored in UTC and shown in Europe/London.
export const TIME_ZONE = "Europe/London";

export function formatDate(date: Date | string): string {
  return new Date(date).toLocaleDateString("en-GB", { timeZone: TIME_ZONE, day: "numeric", month: "long", year: "numeric" });
}

export function formatDateTime(date: Date | string): string {
  return new Date(date).toLocaleString("en-GB", {
    timeZone: TIME_ZONE,
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}

const numberFormat = new Intl.NumberFormat("en-GB");

/** Whole numbers with thousands separators: 7,748. */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

export const MODE_LABELS = { MENTORING: "Mentoring", COACHING: "Coaching" } as const;
