// The access matrix's rows for this area that need a goal, a check-in, a note or an ended
// relationship, which the shared world (tests/access/world.ts) does not hold. Walked here against
// real rows, per role, with the same outcomes vocabulary (tests/access/types.ts).
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { londonDateInput } from "@/lib/validation/relationships";
import { expectations, menteeOnly, pairOnly, ROLES, type Expectations, type Role } from "../../access/types";
import { createPairWorld } from "../../factories/relationships";
import { callAction, callPage, callRoute, type Called } from "./support/call";
import { session } from "../../support/next-request";

vi.mock("next/headers", async () => (await import("../../support/next-request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("../../support/next-request")).nextCacheMock);
afterEach(() => {
  session.token = undefined;
});

type World = Awaited<ReturnType<typeof createPairWorld>>;
const DAY = 86_400_000;
const nextWeek = () => ({ date: londonDateInput(new Date(Date.now() + 7 * DAY)), time: "17:30" });
const yesterday = () => ({ date: londonDateInput(new Date(Date.now() - DAY)), time: "10:00" });

interface Row {
  name: string;
  /** Arrange the state this row needs (default: the pair world as built). */
  ended?: boolean;
  agreement?: boolean;
  call: (w: World) => Promise<Called>;
  expect: Expectations;
}

const R = "app/(member)/relationships";
const rows: Row[] = [
  { name: "goal page", call: (w) => callPage(`${R}/[id]/goals/[goalId]/page.tsx`, { id: w.relationship.id, goalId: w.goal.id }), expect: pairOnly },
  { name: "held check-in page", call: (w) => callPage(`${R}/[id]/check-ins/[checkInId]/page.tsx`, { id: w.relationship.id, checkInId: w.held.id }), expect: pairOnly },
  { name: "booked check-in page", call: (w) => callPage(`${R}/[id]/check-ins/[checkInId]/page.tsx`, { id: w.relationship.id, checkInId: w.booked.id }), expect: pairOnly },
  { name: "log page for a booked check-in", call: (w) => callPage(`${R}/[id]/check-ins/log/page.tsx`, { id: w.relationship.id }, { checkIn: w.booked.id }), expect: pairOnly },
  {
    name: "calendar file",
    call: (w) => callRoute(`${R}/[id]/check-ins/[checkInId]/calendar/route.ts`, `http://localhost/relationships/${w.relationship.id}/check-ins/${w.booked.id}/calendar`, { id: w.relationship.id, checkInId: w.booked.id }),
    expect: pairOnly,
  },
  // Another pair's check-in through this pair's URL, and this pair's through another pair's.
  {
    name: "calendar file of another relationship's check-in",
    call: async (w) => {
      const foreign = await db().checkIn.create({ data: { relationshipId: w.otherRelationship.id, createdById: w.users.other.id, scheduledAt: new Date(Date.now() + DAY), durationMinutes: 60 } });
      return callRoute(`${R}/[id]/check-ins/[checkInId]/calendar/route.ts`, "http://localhost/x", { id: w.relationship.id, checkInId: foreign.id });
    },
    expect: expectations(pairOnly, { mentee: "deny", mentor: "deny" }),
  },
  {
    name: "updateGoalAction",
    call: (w) => callAction("lib/actions/goals.ts", "updateGoalAction", { goalId: w.goal.id, title: "Chair a ward round confidently", measure: "Three ward rounds with good feedback", targetDate: "", status: "IN_PROGRESS", progress: "60" }),
    expect: menteeOnly,
  },
  {
    name: "rescheduleCheckInAction",
    call: (w) => callAction("lib/actions/check-ins.ts", "rescheduleCheckInAction", { checkInId: w.booked.id, ...nextWeek(), durationMinutes: "30", meetingMode: "IN_PERSON" }),
    expect: pairOnly,
  },
  { name: "cancelCheckInAction", call: (w) => callAction("lib/actions/check-ins.ts", "cancelCheckInAction", { checkInId: w.booked.id }), expect: pairOnly },
  {
    name: "logCheckInAction for a booked check-in",
    call: (w) =>
      callAction("lib/actions/check-ins.ts", "logCheckInAction", { relationshipId: w.relationship.id, checkInId: w.booked.id, ...yesterday(), durationMinutes: "60", meetingMode: "ONLINE", summary: "We met a day early.", goalUpdates: [] }),
    expect: pairOnly,
  },
  {
    name: "updateNoteAction on the mentee's private note",
    call: (w) => callAction("lib/actions/notes.ts", "updateNoteAction", { noteId: w.notes.menteePrivate.id, body: "Rewritten", visibility: "PRIVATE" }),
    expect: menteeOnly,
  },
  { name: "deleteNoteAction on the mentor's shared note", call: (w) => callAction("lib/actions/notes.ts", "deleteNoteAction", { noteId: w.notes.mentorShared.id }), expect: expectations(pairOnly, { mentee: "deny" }) },
  { name: "confirmAgreementAction once there is an agreement", agreement: true, call: (w) => callAction("lib/actions/relationships.ts", "confirmAgreementAction", { relationshipId: w.relationship.id }), expect: pairOnly },
  // An ended relationship: feedback and a rematch become possible; changes become conflicts.
  {
    name: "submitFeedbackAction after the end",
    ended: true,
    call: (w) => callAction("lib/actions/relationships.ts", "submitFeedbackAction", { relationshipId: w.relationship.id, satisfaction: "5", wouldRecommend: "yes", comment: "" }),
    expect: pairOnly,
  },
  { name: "requestRematchAction after the end", ended: true, call: (w) => callAction("lib/actions/relationships.ts", "requestRematchAction", { relationshipId: w.relationship.id }), expect: expectations(pairOnly, { mentor: "deny" }) },
  {
    name: "addNoteAction after the end",
    ended: true,
    call: (w) => callAction("lib/actions/notes.ts", "addNoteAction", { relationshipId: w.relationship.id, body: "Too late", visibility: "PRIVATE" }),
    expect: expectations(pairOnly, { mentee: "invalid", mentor: "invalid" }),
  },
  {
    name: "scheduleCheckInAction after the end",
    ended: true,
    call: (w) => callAction("lib/actions/check-ins.ts", "scheduleCheckInAction", { relationshipId: w.relationship.id, ...nextWeek(), durationMinutes: "60", meetingMode: "ONLINE" }),
    expect: expectations(pairOnly, { mentee: "invalid", mentor: "invalid" }),
  },
  { name: "relationship page after the end", ended: true, call: (w) => callPage(`${R}/[id]/page.tsx`, { id: w.relationship.id }), expect: pairOnly },
  { name: "feedback page after the end", ended: true, call: (w) => callPage(`${R}/[id]/feedback/page.tsx`, { id: w.relationship.id }), expect: pairOnly },
  {
    name: "calendar file of a check-in cancelled by the end",
    ended: true,
    call: (w) => callRoute(`${R}/[id]/check-ins/[checkInId]/calendar/route.ts`, "http://localhost/x", { id: w.relationship.id, checkInId: w.booked.id }),
    expect: pairOnly,
  },
];

describe("access with real rows", () => {
  for (const row of rows) {
    describe(row.name, () => {
      for (const role of ROLES) {
        it(`${role} → ${row.expect[role]}`, async () => {
          const w = await createPairWorld();
          if (row.agreement) {
            await db().agreement.create({ data: { relationshipId: w.relationship.id, expectations: "We prepare.", meetingFrequency: "Monthly", confidentiality: "Between us." } });
          }
          if (row.ended) {
            await db().relationship.update({ where: { id: w.relationship.id }, data: { status: "ENDED", endedAt: new Date(), endedById: w.users.mentee.id, endReason: "GOALS_MET" } });
            await db().checkIn.updateMany({ where: { relationshipId: w.relationship.id, status: "SCHEDULED" }, data: { status: "CANCELLED" } });
          }
          session.token = role === "anonymous" ? undefined : w.tokens[role as Exclude<Role, "anonymous">];
          const { outcome, detail } = await row.call(w);
          expect({ outcome, detail }).toMatchObject({ outcome: row.expect[role] });
        });
      }
    });
  }
});
