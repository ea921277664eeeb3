import { adminOnly, type MatrixEntry } from "../types";

export const settingsEntries: MatrixEntry[] = [
  { kind: "page", file: "app/admin/settings/page.tsx", expect: adminOnly },
  {
    kind: "action",
    file: "lib/actions/settings.ts",
    name: "updateProgrammeSettingsAction",
    input: () => ({ requestExpiryDays: 90, requestExpiryWarningDays: 14, mentorResponseDays: 10, coachingSessionsDefault: 6, coachingPeriodDays: 183, nudgeAfterDays: 56, stalledAfterDays: 112 }),
    expect: adminOnly,
  },
  { kind: "action", file: "lib/actions/settings.ts", name: "updateMatchingWeightsAction", input: () => ({ weights: null }), expect: adminOnly },
  { kind: "action", file: "lib/actions/settings.ts", name: "addReferenceItemAction", input: () => ({ kind: "developmentArea", name: "Medical leadership fellowships" }), expect: adminOnly },
  { kind: "action", file: "lib/actions/settings.ts", name: "updateReferenceItemAction", input: () => ({ kind: "specialty", id: "spec-academic", name: "Academic psychiatry", active: true }), expect: adminOnly },
];
