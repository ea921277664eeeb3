// Words shown to people for the values stored in the database.
export const REQUEST_STATUS_LABELS = { OPEN: "Open", MATCHED: "Matched", WITHDRAWN: "Withdrawn", EXPIRED: "Expired" } as const;
export const PREFERENCE_LABELS = {
  specialty: { SAME: "Same specialty", DIFFERENT: "A different specialty", ANY: "Any specialty" },
  region: { SAME: "My region", DIFFERENT: "Another region", ANY: "Any region" },
} as const;
