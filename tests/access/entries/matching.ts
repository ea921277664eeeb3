import { adminOnly, expectations, signedIn, type MatrixEntry } from "../types";

// Only the asked mentor answers a proposal; for anyone else it does not exist.
const askedMentorOnly = expectations(signedIn, { member: "deny", mentee: "deny", other: "deny", admin: "deny" });

export const matchingEntries: MatrixEntry[] = [
  { kind: "page", file: "app/admin/rounds/page.tsx", expect: adminOnly },
  { kind: "page", file: "app/admin/rounds/[id]/page.tsx", params: (w) => ({ id: w.roundId }), expect: adminOnly },
  {
    kind: "page",
    file: "app/(member)/proposals/[id]/page.tsx",
    params: (w) => ({ id: w.pendingProposalId }),
    expect: expectations(askedMentorOnly, { admin: "allow" }),
  },
  { kind: "action", file: "lib/actions/matching.ts", name: "runRoundAction", input: () => ({ mode: "MENTORING" }), expect: adminOnly },
  { kind: "action", file: "lib/actions/matching.ts", name: "roundProgressAction", input: (w) => ({ roundId: w.roundId }), expect: adminOnly },
  { kind: "action", file: "lib/actions/matching.ts", name: "approveProposalAction", input: (w) => ({ proposalId: w.proposedProposalId }), expect: adminOnly },
  { kind: "action", file: "lib/actions/matching.ts", name: "rejectProposalAction", input: (w) => ({ proposalId: w.proposedProposalId, reason: "Not a good fit" }), expect: adminOnly },
  {
    kind: "action",
    file: "lib/actions/matching.ts",
    name: "overrideProposalAction",
    input: (w) => ({ proposalId: w.proposedProposalId, mentorId: w.outsiderId, justification: null }),
    expect: adminOnly,
  },
  { kind: "action", file: "lib/actions/matching.ts", name: "approveAllAction", input: (w) => ({ roundId: w.roundId }), expect: adminOnly },
  { kind: "action", file: "lib/actions/matching.ts", name: "shortlistAction", input: (w) => ({ requestId: w.openRequestId }), expect: adminOnly },
  { kind: "action", file: "lib/actions/matching.ts", name: "acceptProposalAction", input: (w) => ({ proposalId: w.pendingProposalId }), expect: askedMentorOnly },
  { kind: "action", file: "lib/actions/matching.ts", name: "declineProposalAction", input: (w) => ({ proposalId: w.pendingProposalId, reason: null }), expect: askedMentorOnly },
];
