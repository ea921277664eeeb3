// Working together (issue 7): the relationship pages, the check-in calendar file, the record for
// appraisal, and their server actions, against the world's active mentoring pair.
//
// The world holds a goal, a booked check-in, the mentee's private note and an ended relationship
// of the same pair (tests/access/world.ts). tests/integration/relationships/access-rows.test.ts
// walks more rows per role.
import { londonDateInput, londonTimeInput } from "@/lib/validation/relationships";
import { expectations, menteeOnly, pairOnly, signedIn, type MatrixEntry } from "../types";
import type { World } from "../world";

const DAY = 86_400_000;
/** Only the author of a note may change it. */
const authorOnly = menteeOnly;

const nextWeek = () => {
  const instant = new Date(Date.now() + 7 * DAY);
  return { date: londonDateInput(instant), time: "17:30" };
};

/** A minute ago, but never before today in London (the world's relationship started today). */
const justNow = () => {
  const now = new Date();
  const minuteAgo = new Date(now.getTime() - 60_000);
  return londonDateInput(minuteAgo) === londonDateInput(now)
    ? { date: londonDateInput(minuteAgo), time: londonTimeInput(minuteAgo) }
    : { date: londonDateInput(now), time: "00:00" };
};

const page = (file: string, expect: MatrixEntry["expect"], params?: (w: World) => Record<string, string>, searchParams?: Record<string, string>): MatrixEntry => ({
  kind: "page",
  file: `app/(member)/relationships/${file}`,
  params: params ?? ((w) => ({ id: w.relationshipId })),
  searchParams,
  expect,
});

export const relationshipEntries: MatrixEntry[] = [
  // ───── pages ─────
  { kind: "page", file: "app/(member)/relationships/page.tsx", expect: signedIn },
  page("[id]/page.tsx", pairOnly),
  page("[id]/agreement/page.tsx", pairOnly),
  // The mentor is shown why only the mentee adds goals (a page, not a refusal).
  page("[id]/goals/new/page.tsx", pairOnly),
  page("[id]/goals/[goalId]/page.tsx", pairOnly, (w) => ({ id: w.relationshipId, goalId: w.goalId })),
  page("[id]/check-ins/new/page.tsx", pairOnly),
  page("[id]/check-ins/log/page.tsx", pairOnly),
  page("[id]/check-ins/[checkInId]/page.tsx", pairOnly, (w) => ({ id: w.relationshipId, checkInId: w.bookedCheckInId })),
  page("[id]/notes/page.tsx", pairOnly),
  page("[id]/end/page.tsx", pairOnly),
  // While the relationship is active the page says feedback comes at the end (it still renders).
  page("[id]/feedback/page.tsx", pairOnly),
  { kind: "page", file: "app/(member)/record/page.tsx", expect: signedIn },

  // ───── route handlers ─────
  {
    kind: "route",
    file: "app/(member)/relationships/[id]/check-ins/[checkInId]/calendar/route.ts",
    method: "GET",
    request: (w) => ({ url: `http://localhost/relationships/${w.relationshipId}/check-ins/${w.bookedCheckInId}/calendar` }),
    params: (w) => ({ id: w.relationshipId, checkInId: w.bookedCheckInId }),
    expect: pairOnly,
  },
  { kind: "route", file: "app/(member)/record/csv/route.ts", method: "GET", request: () => ({ url: "http://localhost/record/csv" }), expect: signedIn },

  // ───── server actions: the relationship ─────
  {
    kind: "action",
    file: "lib/actions/relationships.ts",
    name: "saveAgreementAction",
    input: (w) => ({
      relationshipId: w.relationshipId,
      expectations: "We both come with a question or two.",
      meetingFrequency: "Every six to eight weeks",
      confidentiality: "What we discuss stays between us.",
      plannedEndDate: "",
    }),
    expect: pairOnly,
  },
  {
    kind: "action",
    file: "lib/actions/relationships.ts",
    name: "confirmAgreementAction",
    input: (w) => ({ relationshipId: w.relationshipId }),
    // The world's pair has not written an agreement yet: nothing to confirm.
    expect: expectations(pairOnly, { mentee: "invalid", mentor: "invalid" }),
  },
  {
    kind: "action",
    file: "lib/actions/relationships.ts",
    name: "endRelationshipAction",
    input: (w) => ({ relationshipId: w.relationshipId, reason: "NOT_RIGHT_FIT", detail: "" }),
    expect: pairOnly,
  },
  {
    kind: "action",
    file: "lib/actions/relationships.ts",
    name: "requestRematchAction",
    input: (w) => ({ relationshipId: w.endedRelationshipId }),
    // Only the mentee asks for a new match once a relationship has ended.
    expect: expectations(pairOnly, { mentor: "deny" }),
  },
  {
    kind: "action",
    file: "lib/actions/relationships.ts",
    name: "submitFeedbackAction",
    input: (w) => ({ relationshipId: w.endedRelationshipId, satisfaction: "4", wouldRecommend: "yes", comment: "" }),
    // Feedback is for both people of the ended relationship.
    expect: pairOnly,
  },

  // ───── server actions: goals (the mentee's) ─────
  {
    kind: "action",
    file: "lib/actions/goals.ts",
    name: "createGoalAction",
    input: (w) => ({ relationshipId: w.relationshipId, title: "Chair a ward round confidently", measure: "Three ward rounds with good feedback", targetDate: "", status: "NOT_STARTED", progress: "0" }),
    expect: menteeOnly,
  },
  {
    kind: "action",
    file: "lib/actions/goals.ts",
    name: "updateGoalAction",
    input: (w) => ({ goalId: w.goalId, title: "Chair a ward round confidently", measure: "Three ward rounds with good feedback", targetDate: "", status: "IN_PROGRESS", progress: "40" }),
    expect: menteeOnly,
  },

  // ───── server actions: check-ins ─────
  {
    kind: "action",
    file: "lib/actions/check-ins.ts",
    name: "scheduleCheckInAction",
    input: (w) => ({ relationshipId: w.relationshipId, ...nextWeek(), durationMinutes: "60", meetingMode: "ONLINE" }),
    expect: pairOnly,
  },
  {
    kind: "action",
    file: "lib/actions/check-ins.ts",
    name: "rescheduleCheckInAction",
    input: (w) => ({ checkInId: w.bookedCheckInId, ...nextWeek(), durationMinutes: "60", meetingMode: "ONLINE" }),
    expect: pairOnly,
  },
  { kind: "action", file: "lib/actions/check-ins.ts", name: "cancelCheckInAction", input: (w) => ({ checkInId: w.bookedCheckInId }), expect: pairOnly },
  {
    kind: "action",
    file: "lib/actions/check-ins.ts",
    name: "logCheckInAction",
    input: (w) => ({ relationshipId: w.relationshipId, checkInId: "", ...justNow(), durationMinutes: "45", meetingMode: "ONLINE", summary: "Talked through the first month.", goalUpdates: [], note: "", noteVisibility: "PRIVATE" }),
    expect: pairOnly,
  },

  // ───── server actions: notes ─────
  {
    kind: "action",
    file: "lib/actions/notes.ts",
    name: "addNoteAction",
    input: (w) => ({ relationshipId: w.relationshipId, checkInId: "", body: "A reflection for my appraisal.", visibility: "PRIVATE" }),
    expect: pairOnly,
  },
  { kind: "action", file: "lib/actions/notes.ts", name: "updateNoteAction", input: (w) => ({ noteId: w.privateNoteId, body: "Changed", visibility: "SHARED" }), expect: authorOnly },
  { kind: "action", file: "lib/actions/notes.ts", name: "deleteNoteAction", input: (w) => ({ noteId: w.privateNoteId }), expect: authorOnly },
];
