// The app pages emails link to, in one place: when a page moves, change it here. Links in email
// open pages that ask before acting (a GET never accepts, declines or unsubscribes), because mail
// scanners follow every link.

export const EMAIL_PATHS = {
  requests: "/requests",
  proposal: (proposalId: string) => `/proposals/${encodeURIComponent(proposalId)}`,
  relationship: (relationshipId: string) => `/relationships/${encodeURIComponent(relationshipId)}`,
  feedback: (relationshipId: string) => `/relationships/${encodeURIComponent(relationshipId)}/feedback`,
  admin: "/admin",
  adminFailedEmail: "/admin/email",
  emailPreferences: "/profile/email",
  unsubscribe: "/api/email/unsubscribe",
} as const;

/** An absolute URL on the app (emails need absolute links). */
export function appLink(appUrl: string, path: string): string {
  return new URL(path, appUrl.endsWith("/") ? appUrl : `${appUrl}/`).toString();
}
