import { expectations, signedIn, type MatrixEntry } from "../types";

export const requestEntries: MatrixEntry[] = [
  { kind: "page", file: "app/(member)/requests/page.tsx", expect: signedIn },
  { kind: "page", file: "app/(member)/requests/new/page.tsx", expect: signedIn },
  {
    kind: "page",
    file: "app/(member)/requests/[id]/page.tsx",
    params: (w) => ({ id: w.openRequestId }),
    expect: expectations(signedIn, { member: "deny", mentor: "deny", other: "deny" }),
  },
  {
    kind: "action",
    file: "lib/actions/requests.ts",
    name: "createRequestAction",
    input: () => ({ mode: "MENTORING", aims: "A sounding board while I settle into a new post.", specialtyPreference: "ANY", regionPreference: "ANY", meetingMode: "EITHER" }),
    // The member of the world already has an open mentoring request: a second one is a conflict.
    expect: expectations(signedIn, { member: "invalid" }),
  },
  {
    kind: "action",
    file: "lib/actions/requests.ts",
    name: "withdrawRequestAction",
    input: (w) => ({ requestId: w.openRequestId }),
    expect: expectations(signedIn, { member: "deny", mentor: "deny", other: "deny", admin: "deny" }),
  },
  { kind: "action", file: "lib/actions/requests.ts", name: "searchPeopleAction", input: () => ({ query: "Test" }), expect: signedIn },
  {
    kind: "action",
    file: "lib/actions/volunteering.ts",
    name: "saveOfferAction",
    input: () => ({ mode: "MENTORING", capacity: 2, acceptedGradeRanks: [], developmentAreaIds: ["area-career"], meetingMode: "EITHER" }),
    expect: signedIn,
  },
  {
    kind: "action",
    file: "lib/actions/volunteering.ts",
    name: "withdrawOfferAction",
    input: () => ({ mode: "COACHING" }),
    // Only the mentor of the world offers coaching.
    expect: expectations(signedIn, { member: "deny", mentee: "deny", other: "deny", admin: "deny" }),
  },
  { kind: "page", file: "app/(member)/volunteer/page.tsx", expect: signedIn },
  // The mentee's shortlist is off by default (ProgrammeSettings.menteeShortlistEnabled), so even the
  // request's owner is refused in the matrix world; tests/integration/matching/mentee-shortlist.test.ts
  // covers the mode turned on.
  {
    kind: "action",
    file: "lib/actions/requests.ts",
    name: "rankShortlistAction",
    input: (w) => ({ requestId: w.openRequestId, mentorIds: [] }),
    expect: expectations(signedIn, { member: "deny", mentee: "deny", mentor: "deny", other: "deny", admin: "deny" }),
  },
];

