// Coaching, end to end at the data layer: a fixed number of sessions over a set period, booked in
// advance (each booking emails both people a calendar invitation in the same transaction), each
// logged, goals moved, and a close with an outcome against the development area.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cancelCheckIn, getCheckInCalendar, listCheckIns, logCheckIn, rescheduleCheckIn, scheduleCheckIn } from "@/lib/data/check-ins";
import { createGoal } from "@/lib/data/goals";
import { getMyRecord } from "@/lib/data/record";
import { endRelationship, getRelationship } from "@/lib/data/relationships";
import { londonDateInput, londonTimeInput } from "@/lib/validation/relationships";
import { createCoachingRelationship } from "../../factories/relationships";
import { actorOf, snapshot } from "./support/db-state";

const DAY = 86_400_000;
const at = (instant: Date) => ({ date: londonDateInput(instant), time: londonTimeInput(instant) });
/** n weeks from now at 17:30 London time. */
function weeksAhead(n: number) {
  const d = new Date(Date.now() + n * 7 * DAY);
  return { date: londonDateInput(d), time: "17:30" };
}

describe("coaching: a fixed number of sessions over a set period", () => {
  it("books sessions 1 to 6 with a calendar email each, refuses a seventh, and closes with an outcome", async () => {
    const { mentee, mentor, relationship } = await createCoachingRelationship({ relationship: { startedAt: new Date(Date.now() - 7 * DAY) } });
    const coachee = actorOf(mentee);
    const coach = actorOf(mentor);

    // The match set no plan: the programme's defaults apply (6 sessions over 183 days) and are
    // written to the row on the first booking.
    expect((await getRelationship(coachee, relationship.id)).sessions).toEqual({ planned: 6, held: 0, booked: 0 });
    const numbers: (number | null)[] = [];
    for (let n = 1; n <= 6; n++) {
      const booking = await scheduleCheckIn(n % 2 ? coach : coachee, { relationshipId: relationship.id, ...weeksAhead(n * 3), durationMinutes: 60, meetingMode: n === 2 ? "IN_PERSON" : "ONLINE" });
      numbers.push(booking.sessionNumber);
    }
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
    const row = await db().relationship.findUniqueOrThrow({ where: { id: relationship.id } });
    expect(row.sessionsPlanned).toBe(6);
    expect(row.plannedEndAt).toEqual(new Date(relationship.startedAt.getTime() + 183 * DAY));

    // Each booking queued the "check-in booked" email to both, with the .ics attached.
    const emails = await db().emailMessage.findMany({ where: { kind: "check-in-scheduled" }, select: { toAddress: true, attachments: true } });
    expect(emails).toHaveLength(12);
    const attachment = (emails[0].attachments as { filename: string; content: string }[])[0];
    expect(attachment.filename).toBe("check-in.ics");
    expect(attachment.content).toContain("BEGIN:VEVENT");

    // A seventh session is refused, and nothing changes.
    const before = await snapshot();
    await expect(scheduleCheckIn(coachee, { relationshipId: relationship.id, ...weeksAhead(20), durationMinutes: 60, meetingMode: "ONLINE" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("All 6 agreed coaching sessions are already booked or held"),
    });
    expect(await snapshot()).toEqual(before);

    // Cancelling one frees its place; the others are renumbered in order.
    const sessions = (await listCheckIns(coachee, relationship.id)).filter((c) => c.status === "SCHEDULED").sort((a, b) => a.sessionNumber! - b.sessionNumber!);
    await cancelCheckIn(coach, { checkInId: sessions[1].id });
    const renumbered = await db().checkIn.findMany({ where: { relationshipId: relationship.id }, orderBy: { scheduledAt: "asc" }, select: { status: true, sessionNumber: true } });
    expect(renumbered).toEqual([
      { status: "SCHEDULED", sessionNumber: 1 },
      { status: "CANCELLED", sessionNumber: null },
      { status: "SCHEDULED", sessionNumber: 2 },
      { status: "SCHEDULED", sessionNumber: 3 },
      { status: "SCHEDULED", sessionNumber: 4 },
      { status: "SCHEDULED", sessionNumber: 5 },
    ]);
    const sixth = await scheduleCheckIn(coachee, { relationshipId: relationship.id, ...weeksAhead(19), durationMinutes: 45, meetingMode: "ONLINE" });
    expect(sixth.sessionNumber).toBe(6);

    // Moving a session re-sends the invitation (same calendar UID, a new email for the new time).
    const moved = sessions[0];
    const emailsBefore = await db().emailMessage.count({ where: { kind: "check-in-scheduled" } });
    const calendarBefore = await getCheckInCalendar(coachee, { relationshipId: relationship.id, checkInId: moved.id });
    await rescheduleCheckIn(coach, { checkInId: moved.id, ...weeksAhead(2), durationMinutes: 90, meetingMode: "IN_PERSON" });
    expect(await db().emailMessage.count({ where: { kind: "check-in-scheduled" } })).toBe(emailsBefore + 2);
    const calendarAfter = await getCheckInCalendar(coachee, { relationshipId: relationship.id, checkInId: moved.id });
    const uid = (ics: string) => ics.match(/^UID:(.*)$/m)?.[1];
    expect(uid(calendarAfter.content)).toBe(uid(calendarBefore.content));
    expect(calendarAfter.content).toContain("LOCATION:In person");

    // A goal for the development area, moved by the coachee when logging session 1.
    const goal = await createGoal(coachee, {
      relationshipId: relationship.id,
      title: "Answer the clinical governance question well",
      measure: "Two mock panels rate my answer good or better",
      targetDate: null,
      status: "NOT_STARTED",
      progress: 0,
    });
    const first = (await db().checkIn.findFirstOrThrow({ where: { relationshipId: relationship.id, sessionNumber: 1 } })).id;
    const met = new Date(Date.now() - 2 * 3_600_000);
    const log = await logCheckIn(coachee, {
      relationshipId: relationship.id,
      checkInId: first,
      ...at(met),
      durationMinutes: 60,
      meetingMode: "ONLINE",
      summary: "Mock panel: governance and leadership questions.",
      goalUpdates: [{ goalId: goal.id, status: "IN_PROGRESS", progress: 50 }],
      note: "Practise the STAR structure.",
      noteVisibility: "SHARED",
    });
    expect(log).toMatchObject({ id: first, sessionNumber: 1 });
    const logged = await db().checkIn.findUniqueOrThrow({ where: { id: first } });
    expect(logged).toMatchObject({ status: "COMPLETED", durationMinutes: 60, summary: "Mock panel: governance and leadership questions." });
    expect(await db().goalUpdate.findMany({ where: { checkInId: first }, select: { progress: true, status: true } })).toEqual([{ progress: 50, status: "IN_PROGRESS" }]);
    expect(await db().note.findMany({ where: { checkInId: first }, select: { visibility: true, authorId: true } })).toEqual([{ visibility: "SHARED", authorId: mentee.id }]);
    // lastActivityAt is when they met (to the minute the form records).
    expect((await db().relationship.findUniqueOrThrow({ where: { id: relationship.id } })).lastActivityAt).toEqual(new Date(Math.floor(met.getTime() / 60_000) * 60_000));

    // The page reads "Session 2 of 6 next": 1 held, 5 booked.
    expect((await getRelationship(coach, relationship.id)).sessions).toEqual({ planned: 6, held: 1, booked: 5 });

    // The coaching closes with an outcome; without one it is refused.
    await expect(endRelationship(coachee, { relationshipId: relationship.id, reason: "SESSIONS_COMPLETE", detail: null, coachingOutcome: null })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { coachingOutcome: [expect.any(String)] },
    });
    await endRelationship(coachee, { relationshipId: relationship.id, reason: "SESSIONS_COMPLETE", detail: null, coachingOutcome: "Offered the consultant post at the second interview." });
    const closed = await db().relationship.findUniqueOrThrow({ where: { id: relationship.id } });
    expect(closed).toMatchObject({ status: "ENDED", coachingOutcome: "Offered the consultant post at the second interview.", endReason: "SESSIONS_COMPLETE" });
    expect(await db().checkIn.count({ where: { relationshipId: relationship.id, status: "SCHEDULED" } })).toBe(0);

    // Both records show the hour held; the coach's shows the coachee by grade only.
    const coachRecord = await getMyRecord(coach);
    expect(coachRecord.asMentor).toEqual({ relationships: 1, sessions: 1, minutes: 60, goalsAchieved: 0 });
    expect(coachRecord.relationships[0].withLabel).toBe("A coachee (Core trainee CT1)");
    expect(coachRecord.relationships[0].coachingOutcome).toBe("Offered the consultant post at the second interview.");
    expect((await getMyRecord(coachee)).asMentee).toEqual({ relationships: 1, sessions: 1, minutes: 60, goalsAchieved: 0 });
  });

  it("uses the relationship's own plan when the match set one, and refuses a booking after the planned end", async () => {
    const start = new Date(Date.now() - DAY);
    const { mentee, relationship } = await createCoachingRelationship({ relationship: { startedAt: start, sessionsPlanned: 2, plannedEndAt: new Date(start.getTime() + 30 * DAY) } });
    await scheduleCheckIn(actorOf(mentee), { relationshipId: relationship.id, ...weeksAhead(1), durationMinutes: 60, meetingMode: "ONLINE" });
    const before = await snapshot();
    await expect(scheduleCheckIn(actorOf(mentee), { relationshipId: relationship.id, ...weeksAhead(6), durationMinutes: 60, meetingMode: "ONLINE" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { date: [expect.stringContaining("after the coaching's planned end")] },
    });
    expect(await snapshot()).toEqual(before);
    await scheduleCheckIn(actorOf(mentee), { relationshipId: relationship.id, ...weeksAhead(2), durationMinutes: 60, meetingMode: "ONLINE" });
    // A session held without booking also counts towards the agreed number.
    const before2 = await snapshot();
    await expect(
      logCheckIn(actorOf(mentee), { relationshipId: relationship.id, checkInId: null, ...at(new Date(Date.now() - 3_600_000)), durationMinutes: 30, meetingMode: "ONLINE", summary: "Extra call.", goalUpdates: [], note: null, noteVisibility: "PRIVATE" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await snapshot()).toEqual(before2);
  });

  it("two people booking the last place at the same moment get one session between them", async () => {
    const { mentee, mentor, relationship } = await createCoachingRelationship({ relationship: { sessionsPlanned: 1 } });
    const results = await Promise.allSettled([
      scheduleCheckIn(actorOf(mentee), { relationshipId: relationship.id, ...weeksAhead(1), durationMinutes: 60, meetingMode: "ONLINE" }),
      scheduleCheckIn(actorOf(mentor), { relationshipId: relationship.id, ...weeksAhead(2), durationMinutes: 60, meetingMode: "ONLINE" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(["CONFLICT"]);
    expect(await db().checkIn.count({ where: { relationshipId: relationship.id } })).toBe(1);
  });
});

