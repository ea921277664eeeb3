// Every kind of email the programme sends. The kind is stored on each outbox row and in
// User.emailOptOuts; renaming one silently re-subscribes everyone who turned it off, so don't.
// Importable by client components (the preferences form lists these).

export const EMAIL_KINDS = {
  signIn: "sign-in",
  requestReceived: "request-received",
  requestExpiring: "request-expiring",
  requestExpired: "request-expired",
  proposalToMentor: "proposal-to-mentor",
  matchConfirmed: "match-confirmed",
  checkInScheduled: "check-in-scheduled",
  checkInCancelled: "check-in-cancelled",
  checkInDue: "check-in-due",
  checkInOverdue: "check-in-overdue",
  mentoringNudge: "mentoring-nudge",
  relationshipEnded: "relationship-ended",
  weeklyDigest: "weekly-digest",
} as const;

export type EmailKind = (typeof EMAIL_KINDS)[keyof typeof EMAIL_KINDS];

/**
 * Mail a member cannot turn off: without it they cannot sign in, answer a proposal, meet the
 * person they were matched with, or learn that a relationship ended.
 */
export const ESSENTIAL_KINDS = [
  EMAIL_KINDS.signIn,
  EMAIL_KINDS.matchConfirmed,
  EMAIL_KINDS.proposalToMentor,
  EMAIL_KINDS.relationshipEnded,
] as const satisfies readonly EmailKind[];

export type EssentialKind = (typeof ESSENTIAL_KINDS)[number];

/** The kinds a member may turn off, in the order the preferences page shows them. */
export const OPTIONAL_KINDS = [
  EMAIL_KINDS.requestReceived,
  EMAIL_KINDS.requestExpiring,
  EMAIL_KINDS.requestExpired,
  EMAIL_KINDS.checkInScheduled,
  EMAIL_KINDS.checkInCancelled,
  EMAIL_KINDS.checkInDue,
  EMAIL_KINDS.checkInOverdue,
  EMAIL_KINDS.mentoringNudge,
  EMAIL_KINDS.weeklyDigest,
] as const satisfies readonly EmailKind[];

export type OptionalKind = (typeof OPTIONAL_KINDS)[number];

export function isEmailKind(value: string): value is EmailKind {
  return (Object.values(EMAIL_KINDS) as string[]).includes(value);
}

export function isEssentialKind(kind: string): kind is EssentialKind {
  return (ESSENTIAL_KINDS as readonly string[]).includes(kind);
}

export function isOptionalKind(kind: string): kind is OptionalKind {
  return (OPTIONAL_KINDS as readonly string[]).includes(kind);
}

/** What each kind is, in words a member understands (preferences page, unsubscribe page). */
export const KIND_LABELS: Record<EmailKind, { label: string; description: string }> = {
  "sign-in": { label: "Sign-in links", description: "The link you use to sign in." },
  "request-received": { label: "Request received", description: "Confirmation that we have your request for a mentor or coach." },
  "request-expiring": { label: "Request about to expire", description: "A warning before an unmatched request expires." },
  "request-expired": { label: "Request expired", description: "A note when an unmatched request has expired." },
  "proposal-to-mentor": { label: "Mentee proposals", description: "A proposed mentee or coachee for you to accept or decline." },
  "match-confirmed": { label: "Match confirmed", description: "Your introduction to the person you have been matched with." },
  "check-in-scheduled": { label: "Check-in scheduled", description: "A calendar invitation when a check-in is booked." },
  "check-in-cancelled": { label: "Check-in cancelled", description: "A calendar update when a booked check-in is cancelled." },
  "check-in-due": { label: "Check-in reminders", description: "A reminder the day before a check-in." },
  "check-in-overdue": { label: "Overdue check-ins", description: "A prompt when a scheduled check-in has not been logged." },
  "mentoring-nudge": { label: "Mentoring nudges", description: "A nudge when a mentoring pair has not met for a while." },
  "relationship-ended": { label: "Relationship ended", description: "A note and a feedback request when a relationship ends." },
  "weekly-digest": { label: "Weekly digest", description: "The programme lead's Monday summary." },
};
