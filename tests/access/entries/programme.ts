import { adminOnly, everyone, expectations, signedIn, type MatrixEntry } from "../types";
import { unsubscribeUrlFor } from "@/lib/email/outbox";

export const programmeEntries: MatrixEntry[] = [
  { kind: "page", file: "app/admin/page.tsx", expect: adminOnly },
  { kind: "page", file: "app/admin/requests/page.tsx", expect: adminOnly },
  { kind: "page", file: "app/admin/requests/[id]/page.tsx", params: (w) => ({ id: w.openRequestId }), expect: adminOnly },
  {
    kind: "action",
    file: "lib/actions/matching.ts",
    name: "proposeMentorAction",
    input: (w) => ({ requestId: w.waitingRequestId, mentorId: w.outsiderId, justification: null }),
    // The outsider has a free mentoring place and passes every rule for that request.
    expect: adminOnly,
  },
  { kind: "page", file: "app/admin/email/page.tsx", expect: adminOnly },
  { kind: "action", file: "lib/actions/email.ts", name: "updateEmailPreferencesAction", input: () => ({ optOuts: ["mentoring-nudge"] }), expect: signedIn },
  {
    kind: "action",
    file: "lib/actions/email.ts",
    name: "resendEmailAction",
    input: () => ({ emailId: "no-such-email" }),
    // Anyone but the lead is refused before the id is looked at; for the lead the id does not exist.
    expect: expectations(adminOnly, { admin: "deny" }),
  },
  // The signed token in the link is the authorization: whoever holds a valid link may use it.
  { kind: "route", file: "app/api/email/unsubscribe/route.ts", method: "GET", request: (w) => ({ url: unsubscribeUrlFor(w.users.mentee.id, "mentoring-nudge") }), expect: everyone },
  {
    kind: "route",
    file: "app/api/email/unsubscribe/route.ts",
    method: "POST",
    request: (w) => ({ url: unsubscribeUrlFor(w.users.mentee.id, "mentoring-nudge"), body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }),
    expect: everyone,
  },
  {
    kind: "route",
    file: "app/api/email/unsubscribe/route.ts",
    method: "POST",
    request: () => ({ url: "http://localhost/api/email/unsubscribe?token=forged.token.value", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }),
    expect: { anonymous: "invalid", member: "invalid", mentee: "invalid", mentor: "invalid", other: "invalid", admin: "invalid", disabled: "invalid" },
  },
];

export const reportEntries: MatrixEntry[] = [
  { kind: "page", file: "app/admin/reports/page.tsx", expect: adminOnly },
  { kind: "route", file: "app/admin/reports/csv/route.ts", method: "GET", request: () => ({ url: "http://localhost/admin/reports/csv" }), expect: adminOnly },
  { kind: "page", file: "app/admin/audit/page.tsx", expect: adminOnly },
];
