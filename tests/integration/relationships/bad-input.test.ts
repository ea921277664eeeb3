// Bad input is refused with a clear, typed error and changes nothing: not a row, not an email, not
// an audit entry. Past dates, sessions beyond the agreed number, anyone outside the pair, and any
// change after the relationship ended.
import { afterEach, describe, expect, it, vi } from "vitest";
import { cancelCheckIn, logCheckIn, rescheduleCheckIn, scheduleCheckIn } from "@/lib/data/check-ins";
import { submitFeedback } from "@/lib/data/feedback";
import { createGoal, updateGoal } from "@/lib/data/goals";
import { addNote, deleteNote, updateNote } from "@/lib/data/notes";
import { confirmAgreement, endRelationship, requestRematch, saveAgreement, ENDED_MESSAGE } from "@/lib/data/relationships";
import type { Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { londonDateInput, londonTimeInput } from "@/lib/validation/relationships";
import { createCoachingRelationship, createGoal as createGoalRow, createPairWorld, createRelationship, createSessionToken } from "../../factories/relationships";
import { callAction } from "./support/call";
import { actorOf, snapshot } from "./support/db-state";
import { session } from "../../support/next-request";

vi.mock("next/headers", async () => (await import("../../support/next-request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("../../support/next-request")).nextCacheMock);
afterEach(() => {
  session.token = undefined;
});

const DAY = 86_400_000;
const future = () => ({ date: londonDateInput(new Date(Date.now() + 14 * DAY)), time: "10:00" });
const past = () => ({ date: londonDateInput(new Date(Date.now() - 2 * DAY)), time: "10:00" });

async function expectRefusedUnchanged(attempt: () => Promise<unknown>, expected: Record<string, unknown>) {
  const before = await snapshot();
  await expect(attempt()).rejects.toMatchObject(expected);
  expect(await snapshot()).toEqual(before);
}

type World = Awaited<ReturnType<typeof createPairWorld>>;

/** Every change the pair can make, as one caller, against the world's rows. */
function everyChange(w: World) {
  const rid = w.relationship.id;
  return {
    saveAgreement: (a: Actor) => saveAgreement(a, { relationshipId: rid, expectations: "We both prepare for each meeting.", meetingFrequency: "Monthly", confidentiality: "Stays between us.", plannedEndDate: null }),
    confirmAgreement: (a: Actor) => confirmAgreement(a, { relationshipId: rid }),
    createGoal: (a: Actor) => createGoal(a, { relationshipId: rid, title: "Lead a teaching session", measure: "Good feedback from the group", targetDate: null, status: "NOT_STARTED", progress: 0 }),
    updateGoal: (a: Actor) => updateGoal(a, { goalId: w.goal.id, title: "Changed", measure: "Changed measure", targetDate: null, status: "IN_PROGRESS", progress: 60 }),
    scheduleCheckIn: (a: Actor) => scheduleCheckIn(a, { relationshipId: rid, ...future(), durationMinutes: 60, meetingMode: "ONLINE" }),
    rescheduleCheckIn: (a: Actor) => rescheduleCheckIn(a, { checkInId: w.booked.id, ...future(), durationMinutes: 30, meetingMode: "IN_PERSON" }),
    cancelCheckIn: (a: Actor) => cancelCheckIn(a, { checkInId: w.booked.id }),
    logCheckIn: (a: Actor) => logCheckIn(a, { relationshipId: rid, checkInId: w.booked.id, ...past(), durationMinutes: 60, meetingMode: "ONLINE", summary: "We met.", goalUpdates: [], note: null, noteVisibility: "PRIVATE" }),
    addNote: (a: Actor) => addNote(a, { relationshipId: rid, checkInId: null, body: "A note.", visibility: "SHARED" }),
    updateNote: (a: Actor) => updateNote(a, { noteId: w.notes.menteePrivate.id, body: "Overwritten", visibility: "SHARED" }),
    deleteNote: (a: Actor) => deleteNote(a, { noteId: w.notes.menteePrivate.id }),
    endRelationship: (a: Actor) => endRelationship(a, { relationshipId: rid, reason: "NOT_RIGHT_FIT", detail: null, coachingOutcome: null }),
    submitFeedback: (a: Actor) => submitFeedback(a, { relationshipId: rid, satisfaction: 3, wouldRecommend: true, comment: null }),
    requestRematch: (a: Actor) => requestRematch(a, { relationshipId: rid }),
  };
}

describe("refused, and nothing changes", () => {
  it("anyone outside the pair (another member, someone in another pair, the programme lead) is told it does not exist", async () => {
    const w = await createPairWorld();
    for (const outsider of [w.users.member, w.users.other, w.users.admin]) {
      for (const [name, change] of Object.entries(everyChange(w))) {
        await expectRefusedUnchanged(() => change(actorOf(outsider)), { code: "NOT_FOUND" }).catch((error) => {
          throw new Error(`${name} as ${outsider.email}: ${error.message}`);
        });
      }
    }
  });

  it("after the relationship ended, every change is a conflict with a clear message (feedback aside)", async () => {
    const w = await createPairWorld();
    await db().relationship.update({ where: { id: w.relationship.id }, data: { status: "ENDED", endedAt: new Date(), endedById: w.users.mentor.id, endReason: "NOT_RIGHT_FIT" } });
    const changes = everyChange(w);
    const { submitFeedback: _feedback, requestRematch: _rematch, ...edits } = changes;
    for (const [name, change] of Object.entries(edits)) {
      await expectRefusedUnchanged(() => change(actorOf(w.users.mentee)), { code: "CONFLICT", message: ENDED_MESSAGE }).catch((error) => {
        throw new Error(`${name}: ${error.message}`);
      });
    }
    // Feedback and a rematch are exactly what an ended relationship is for.
    await changes.submitFeedback(actorOf(w.users.mentee));
    await changes.requestRematch(actorOf(w.users.mentee));
  });

  it("while it is active, feedback and a rematch are refused", async () => {
    const w = await createPairWorld();
    await expectRefusedUnchanged(() => everyChange(w).submitFeedback(actorOf(w.users.mentee)), { code: "CONFLICT" });
    await expectRefusedUnchanged(() => everyChange(w).requestRematch(actorOf(w.users.mentee)), { code: "CONFLICT" });
  });

  it("the mentor cannot add, change or move the mentee's goals, not even from a check-in log", async () => {
    const w = await createPairWorld();
    const mentor = actorOf(w.users.mentor);
    await expectRefusedUnchanged(() => everyChange(w).createGoal(mentor), { code: "FORBIDDEN" });
    await expectRefusedUnchanged(() => everyChange(w).updateGoal(mentor), { code: "FORBIDDEN" });
    await expectRefusedUnchanged(
      () => logCheckIn(mentor, { relationshipId: w.relationship.id, checkInId: null, ...past(), durationMinutes: 60, meetingMode: "ONLINE", summary: "We met.", goalUpdates: [{ goalId: w.goal.id, status: "ACHIEVED", progress: 100 }], note: null, noteVisibility: "PRIVATE" }),
      { code: "FORBIDDEN" },
    );
  });

  it("a partner's note cannot be changed or deleted by the other person", async () => {
    const w = await createPairWorld();
    await expectRefusedUnchanged(() => everyChange(w).updateNote(actorOf(w.users.mentor)), { code: "NOT_FOUND" });
    await expectRefusedUnchanged(() => everyChange(w).deleteNote(actorOf(w.users.mentor)), { code: "NOT_FOUND" });
    await expectRefusedUnchanged(() => updateNote(actorOf(w.users.mentee), { noteId: w.notes.mentorShared.id, body: "Mine now", visibility: "PRIVATE" }), { code: "NOT_FOUND" });
  });

  it("dates: a booking in the past or in the hour the clocks skip; a log in the future or before the start; a past target date or planned end", async () => {
    const { mentee, relationship } = await createRelationship({ relationship: { startedAt: new Date(Date.now() - 10 * DAY) } });
    const a = actorOf(mentee);
    const base = { relationshipId: relationship.id, durationMinutes: 60, meetingMode: "ONLINE" as const };
    await expectRefusedUnchanged(() => scheduleCheckIn(a, { ...base, ...past() }), { code: "VALIDATION", fieldErrors: { date: ["Choose a date and time in the future."] } });
    // An hour ago today is also the past, even though the date is today.
    const hourAgo = new Date(Date.now() - 3_600_000);
    await expectRefusedUnchanged(() => scheduleCheckIn(a, { ...base, date: londonDateInput(hourAgo), time: londonTimeInput(hourAgo) }), { code: "VALIDATION" });
    // 01:30 on the last Sunday of March does not exist in London.
    await expectRefusedUnchanged(() => scheduleCheckIn(a, { ...base, date: "2099-03-29", time: "01:30" }, new Date("2099-01-01T00:00:00Z")), {
      code: "VALIDATION",
      fieldErrors: { time: [expect.stringContaining("clocks go forward")] },
    });
    const log = { ...base, checkInId: null, summary: "We met.", goalUpdates: [], note: null, noteVisibility: "PRIVATE" as const };
    await expectRefusedUnchanged(() => logCheckIn(a, { ...log, ...future() }), { code: "VALIDATION", fieldErrors: { date: [expect.stringContaining("once it has happened")] } });
    await expectRefusedUnchanged(() => logCheckIn(a, { ...log, date: londonDateInput(new Date(Date.now() - 20 * DAY)), time: "10:00" }), {
      code: "VALIDATION",
      fieldErrors: { date: [expect.stringContaining("started on")] },
    });
    await expectRefusedUnchanged(
      () => createGoal(a, { relationshipId: relationship.id, title: "Lead a teaching session", measure: "Good feedback", targetDate: past().date, status: "NOT_STARTED", progress: 0 }),
      { code: "VALIDATION", fieldErrors: { targetDate: [expect.any(String)] } },
    );
    await expectRefusedUnchanged(
      () => saveAgreement(a, { relationshipId: relationship.id, expectations: "We both prepare.", meetingFrequency: "Monthly", confidentiality: "Between us.", plannedEndDate: past().date }),
      { code: "VALIDATION", fieldErrors: { plannedEndDate: [expect.any(String)] } },
    );
  });

  it("a check-in log cannot move a goal of another relationship, nor log a check-in twice", async () => {
    const w = await createPairWorld();
    const stranger = await createGoalRow(w.otherRelationship.id, w.users.other.id);
    const a = actorOf(w.users.mentee);
    const log = { relationshipId: w.relationship.id, checkInId: null, ...past(), durationMinutes: 60, meetingMode: "ONLINE" as const, summary: "We met.", note: null, noteVisibility: "PRIVATE" as const };
    await expectRefusedUnchanged(() => logCheckIn(a, { ...log, goalUpdates: [{ goalId: stranger.id, status: "ACHIEVED", progress: 100 }] }), { code: "VALIDATION", fieldErrors: { goalUpdates: [expect.any(String)] } });
    await expectRefusedUnchanged(() => logCheckIn(a, { ...log, checkInId: w.held.id, goalUpdates: [] }), { code: "CONFLICT", message: "This check-in has already been logged." });
    await expectRefusedUnchanged(() => cancelCheckIn(a, { checkInId: w.held.id }), { code: "CONFLICT" });
  });

  it("through the server actions the member sees a clear message and field errors, and nothing changes", async () => {
    const { mentee, relationship } = await createCoachingRelationship({ relationship: { sessionsPlanned: 1 } });
    session.token = await createSessionToken(mentee.id);
    const ok = await callAction("lib/actions/check-ins.ts", "scheduleCheckInAction", { relationshipId: relationship.id, ...future(), durationMinutes: "60", meetingMode: "ONLINE" });
    expect(ok.outcome).toBe("allow");

    let before = await snapshot();
    const pastResult = await callAction("lib/actions/check-ins.ts", "scheduleCheckInAction", { relationshipId: relationship.id, ...past(), durationMinutes: "60", meetingMode: "ONLINE" });
    expect(JSON.parse(pastResult.text)).toEqual({
      ok: false,
      error: { code: "VALIDATION", message: "Please correct the highlighted fields.", fieldErrors: { date: ["Choose a date and time in the future."] } },
    });
    expect(await snapshot()).toEqual(before);

    before = await snapshot();
    const beyond = await callAction("lib/actions/check-ins.ts", "scheduleCheckInAction", { relationshipId: relationship.id, ...future(), durationMinutes: "60", meetingMode: "ONLINE" });
    expect(JSON.parse(beyond.text)).toMatchObject({ ok: false, error: { code: "CONFLICT", message: expect.stringContaining("All 1 agreed coaching sessions") } });
    expect(await snapshot()).toEqual(before);

    before = await snapshot();
    const empty = await callAction("lib/actions/goals.ts", "createGoalAction", { relationshipId: relationship.id, title: "", measure: "", status: "NOT_STARTED", progress: "150" });
    expect(JSON.parse(empty.text)).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { title: ["Enter your goal.", "The goal must be at least 5 characters."], measure: ["Say how you will know you have achieved it.", "How you will know must be at least 5 characters."], progress: ["Progress cannot be above 100%."] } },
    });
    expect(await snapshot()).toEqual(before);
  });
});
