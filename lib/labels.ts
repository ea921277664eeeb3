// Words shown to people for the values stored in the database.
export const REQUEST_STATUS_LABELS = { OPEN: "Open", MATCHED: "Matched", WITHDRAWN: "Withdrawn", EXPIRED: "Expired" } as const;
export const PREFERENCE_LABELS = {
  specialty: { SAME: "Same specialty", DIFFERENT: "A different specialty", ANY: "Any specialty" },
  region: { SAME: "My region", DIFFERENT: "Another region", ANY: "Any region" },
} as const;
export const PROPOSAL_STATUS_LABELS = {
  PROPOSED: "Awaiting your review",
  REJECTED: "Rejected",
  AWAITING_MENTOR: "Approved: waiting for the mentor",
  DECLINED: "Declined by the mentor",
  EXPIRED: "No answer in time",
  ACCEPTED: "Accepted: relationship active",
  WITHDRAWN: "Withdrawn",
} as const;
export const ROUND_STATUS_LABELS = { RUNNING: "Running", COMPLETED: "Completed", FAILED: "Failed" } as const;
