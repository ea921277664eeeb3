import { adminOnly, expectations, signedIn, type MatrixEntry } from "../types";

export const accountEntries: MatrixEntry[] = [
  // Onboarding: members whose profile is complete are sent on to the dashboard (a redirect, allowed).
  { kind: "page", file: "app/onboarding/page.tsx", expect: signedIn },
  { kind: "page", file: "app/(member)/dashboard/page.tsx", expect: signedIn },
  { kind: "page", file: "app/(member)/settings/page.tsx", expect: signedIn },
  { kind: "page", file: "app/(member)/groups/page.tsx", expect: signedIn },
  { kind: "page", file: "app/admin/members/page.tsx", expect: adminOnly },
  { kind: "action", file: "lib/actions/account.ts", name: "signOutEverywhereAction", input: () => undefined, expect: signedIn },
  { kind: "action", file: "lib/actions/account.ts", name: "setMemberRoleAction", input: (w) => ({ userId: w.users.member.id, role: "ADMIN" }), expect: adminOnly },
  { kind: "action", file: "lib/actions/account.ts", name: "setMemberDisabledAction", input: (w) => ({ userId: w.users.other.id, disabled: true }), expect: adminOnly },
  {
    kind: "action",
    file: "lib/actions/profile.ts",
    name: "completeOnboardingAction",
    input: () => ({ name: "Dr New Name", careerGradeId: "grade-ct2", specialtyId: "spec-old-age", regionId: "region-wales", employerId: "employer-36" }),
    expect: signedIn,
  },
  {
    kind: "action",
    file: "lib/actions/profile.ts",
    name: "saveProfileAction",
    input: () => ({ name: "Dr New Name", careerGradeId: "grade-ct2", specialtyId: "spec-old-age", regionId: "region-wales", employerId: "employer-36", meetingMode: "ONLINE" }),
    expect: signedIn,
  },
  { kind: "page", file: "app/(member)/profile/page.tsx", expect: signedIn },
  { kind: "page", file: "app/(member)/profile/equality/page.tsx", expect: signedIn },
  {
    kind: "action",
    file: "lib/actions/equality.ts",
    name: "saveEqualityAction",
    input: () => ({ consent: true, gender: "Man", ethnicMinority: "no", imgStatus: "yes", disability: "unsaid" }),
    expect: signedIn,
  },
  { kind: "action", file: "lib/actions/equality.ts", name: "withdrawEqualityAction", input: () => undefined, expect: signedIn },
  // Only the mentee of the world has exclusions and conflicts to remove; for anyone else they do not exist.
  {
    kind: "action",
    file: "lib/actions/requests.ts",
    name: "removeExclusionAction",
    input: (w) => ({ personId: w.excludedId }),
    expect: expectations(signedIn, { member: "deny", mentor: "deny", other: "deny", admin: "deny" }),
  },
  {
    kind: "action",
    file: "lib/actions/requests.ts",
    name: "removeConflictAction",
    input: (w) => ({ personId: w.conflictId, kind: "EDUCATIONAL_SUPERVISOR" }),
    expect: expectations(signedIn, { member: "deny", mentor: "deny", other: "deny", admin: "deny" }),
  },
];

export const privacyEntries: MatrixEntry[] = [
  { kind: "route", file: "app/(member)/settings/data/route.ts", method: "GET", request: () => ({ url: "http://localhost/settings/data" }), expect: signedIn },
  // Self-erasure: members in an active pair (mentee, mentor, other) must end it first; the lead cannot erase themselves.
  {
    kind: "action",
    file: "lib/actions/privacy.ts",
    name: "eraseMyAccountAction",
    input: () => ({ confirmation: "erase" }),
    expect: expectations(signedIn, { mentee: "invalid", mentor: "invalid", other: "invalid", admin: "invalid" }),
  },
  { kind: "action", file: "lib/actions/privacy.ts", name: "eraseMemberAction", input: (w) => ({ userId: w.users.member.id, confirmation: "erase" }), expect: expectations(adminOnly, { member: "allow" }) },
];
