// Mentoring, end to end at the data layer: agreement, goals owned by the mentee, check-ins logged
// as and when (moving goals and lastActivityAt), notes, ending with a reason, feedback, rematch.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { logCheckIn, listCheckIns, scheduleCheckIn } from "@/lib/data/check-ins";
import { getMyFeedbackStatus, submitFeedback } from "@/lib/data/feedback";
import { createGoal, listGoals, updateGoal } from "@/lib/data/goals";
import { addNote, listNotes } from "@/lib/data/notes";
import { confirmAgreement, endRelationship, getRelationship, getRelationshipTimeline, listMyRelationships, requestRematch, saveAgreement } from "@/lib/data/relationships";
import { londonDateInput, londonTimeInput } from "@/lib/validation/relationships";
import { createRelationship } from "../../factories/relationships";
import { actorOf } from "./support/db-state";

const DAY = 86_400_000;
const at = (instant: Date) => ({ date: londonDateInput(instant), time: londonTimeInput(instant) });
const agreement = (relationshipId: string, overrides: Partial<Parameters<typeof saveAgreement>[1]> = {}) => ({
  relationshipId,
  expectations: "We both prepare a question or two before each meeting.",
  meetingFrequency: "Every six to eight weeks",
  confidentiality: "What we discuss stays between us.",
  plannedEndDate: londonDateInput(new Date(Date.now() + 540 * DAY)),
  ...overrides,
});

describe("mentoring, from agreement to ending well", () => {
  it("both confirm the agreement; editing it clears the other side's confirmation", async () => {
    const { mentee, mentor, relationship } = await createRelationship();
    const first = await saveAgreement(actorOf(mentee), agreement(relationship.id));
    expect(first.confirmedByBoth).toBe(false);
    let seenByMentor = (await getRelationship(actorOf(mentor), relationship.id)).agreement!;
    expect(seenByMentor.confirmedByMe).toBeNull();
    expect(seenByMentor.confirmedByOther).toBeInstanceOf(Date);

    const both = await confirmAgreement(actorOf(mentor), { relationshipId: relationship.id });
    expect(both.confirmedByBoth).toBe(true);
    // Once both confirm, the agreed planned end becomes the relationship's.
    const row = await db().relationship.findUniqueOrThrow({ where: { id: relationship.id } });
    const saved = await db().agreement.findUniqueOrThrow({ where: { relationshipId: relationship.id } });
    expect(row.plannedEndAt).toEqual(saved.plannedEndAt);

    // The mentor changes the wording: the mentee must confirm again; the mentor's stands.
    await saveAgreement(actorOf(mentor), agreement(relationship.id, { meetingFrequency: "Monthly, online" }));
    const afterEdit = await db().agreement.findUniqueOrThrow({ where: { relationshipId: relationship.id } });
    expect(afterEdit.menteeConfirmedAt).toBeNull();
    expect(afterEdit.mentorConfirmedAt).toBeInstanceOf(Date);
    seenByMentor = (await getRelationship(actorOf(mentor), relationship.id)).agreement!;
    expect(seenByMentor.meetingFrequency).toBe("Monthly, online");

    // Saving the same words again clears nothing.
    await confirmAgreement(actorOf(mentee), { relationshipId: relationship.id });
    await saveAgreement(actorOf(mentee), agreement(relationship.id, { meetingFrequency: "Monthly, online" }));
    const unchanged = await db().agreement.findUniqueOrThrow({ where: { relationshipId: relationship.id } });
    expect(unchanged.menteeConfirmedAt).toBeInstanceOf(Date);
    expect(unchanged.mentorConfirmedAt).toBeInstanceOf(Date);
  });

  it("the mentee owns goals; check-ins logged as and when move them and keep lastActivityAt right", async () => {
    const { mentee, mentor, relationship } = await createRelationship({ relationship: { startedAt: new Date(Date.now() - 60 * DAY), lastActivityAt: new Date(Date.now() - 60 * DAY) } });
    const goal = await createGoal(actorOf(mentee), {
      relationshipId: relationship.id,
      title: "Pass the MRCPsych Paper A",
      measure: "A pass at the spring sitting",
      targetDate: londonDateInput(new Date(Date.now() + 200 * DAY)),
      status: "NOT_STARTED",
      progress: 0,
    });
    expect(await db().goalUpdate.count()).toBe(0);

    const fiveWeeksAgo = new Date(Date.now() - 35 * DAY);
    fiveWeeksAgo.setUTCHours(12, 0, 0, 0);
    const logged = await logCheckIn(actorOf(mentee), {
      relationshipId: relationship.id,
      checkInId: null,
      ...at(fiveWeeksAgo),
      durationMinutes: 45,
      meetingMode: "ONLINE",
      summary: "Revision plan and how to protect study time.",
      goalUpdates: [{ goalId: goal.id, status: "IN_PROGRESS", progress: 30 }],
      note: "I felt more settled afterwards.",
      noteVisibility: "PRIVATE",
    });
    expect(logged.sessionNumber).toBeNull(); // mentoring has no fixed number of sessions

    const checkIn = await db().checkIn.findUniqueOrThrow({ where: { id: logged.id } });
    expect(checkIn).toMatchObject({ status: "COMPLETED", durationMinutes: 45, summary: "Revision plan and how to protect study time." });
    expect(checkIn.occurredAt).toEqual(fiveWeeksAgo);
    const updates = await db().goalUpdate.findMany({ where: { goalId: goal.id } });
    expect(updates).toEqual([expect.objectContaining({ checkInId: logged.id, status: "IN_PROGRESS", progress: 30 })]);
    expect((await db().goal.findUniqueOrThrow({ where: { id: goal.id } })).progress).toBe(30);

    // lastActivityAt moves to when they met, never backwards.
    const before = await db().relationship.findUniqueOrThrow({ where: { id: relationship.id } });
    expect(before.lastActivityAt).toEqual(fiveWeeksAgo);
    const yesterday = new Date(Date.now() - DAY);
    yesterday.setUTCHours(9, 30, 0, 0);
    await logCheckIn(actorOf(mentor), { relationshipId: relationship.id, checkInId: null, ...at(yesterday), durationMinutes: 30, meetingMode: "IN_PERSON", summary: "Quick catch-up after the teaching session.", goalUpdates: [], note: null, noteVisibility: "PRIVATE" });
    expect((await db().relationship.findUniqueOrThrow({ where: { id: relationship.id } })).lastActivityAt).toEqual(yesterday);
    await logCheckIn(actorOf(mentor), { relationshipId: relationship.id, checkInId: null, ...at(fiveWeeksAgo), durationMinutes: 30, meetingMode: "ONLINE", summary: "A call I forgot to log.", goalUpdates: [], note: null, noteVisibility: "PRIVATE" });
    expect((await db().relationship.findUniqueOrThrow({ where: { id: relationship.id } })).lastActivityAt).toEqual(yesterday);

    const view = await getRelationship(actorOf(mentee), relationship.id);
    expect(view.sessions).toBeNull();
    expect(view.lastCheckInAt).toEqual(yesterday);
    expect((await listCheckIns(actorOf(mentor), relationship.id)).map((c) => c.status)).toEqual(["COMPLETED", "COMPLETED", "COMPLETED"]);

    // The mentee moves the goal to achieved directly: progress is set to 100 and a GoalUpdate kept.
    await updateGoal(actorOf(mentee), { goalId: goal.id, title: "Pass the MRCPsych Paper A", measure: "A pass at the spring sitting", targetDate: null, status: "ACHIEVED", progress: 100 });
    const goals = await listGoals(actorOf(mentor), relationship.id);
    expect(goals[0]).toMatchObject({ status: "ACHIEVED", progress: 100 });
    expect(goals[0].updates.map((u) => u.status)).toEqual(["IN_PROGRESS", "ACHIEVED"]);

    const timeline = (await getRelationshipTimeline(actorOf(mentee), relationship.id)).map((e) => e.text);
    expect(timeline).toEqual(expect.arrayContaining(["Your mentoring started.", "Goal set: Pass the MRCPsych Paper A", "Goal achieved: Pass the MRCPsych Paper A", "Check-in held (45 minutes)."]));
    expect(timeline.join(" ")).not.toContain("I felt more settled");
  });

  it("a mentoring check-in can be booked too; it has no session number and no limit", async () => {
    const { mentee, relationship } = await createRelationship();
    for (let i = 1; i <= 8; i++) {
      const booked = await scheduleCheckIn(actorOf(mentee), { relationshipId: relationship.id, ...at(new Date(Date.now() + i * 7 * DAY)), durationMinutes: 60, meetingMode: "ONLINE" });
      expect(booked.sessionNumber).toBeNull();
    }
    expect(await db().checkIn.count({ where: { relationshipId: relationship.id, status: "SCHEDULED" } })).toBe(8);
    expect(await db().emailMessage.count({ where: { kind: "check-in-scheduled" } })).toBe(16);
  });

  it("either side ends it with a reason; booked check-ins are cancelled, both are emailed, feedback once each, the mentee may ask again", async () => {
    const { mentee, mentor, relationship } = await createRelationship();
    await scheduleCheckIn(actorOf(mentee), { relationshipId: relationship.id, ...at(new Date(Date.now() + 10 * DAY)), durationMinutes: 60, meetingMode: "ONLINE" });
    await addNote(actorOf(mentee), { relationshipId: relationship.id, checkInId: null, body: "Keep for appraisal.", visibility: "PRIVATE" });

    await endRelationship(actorOf(mentor), { relationshipId: relationship.id, reason: "CIRCUMSTANCES", detail: "New post in another region", coachingOutcome: null });
    const ended = await db().relationship.findUniqueOrThrow({ where: { id: relationship.id } });
    expect(ended).toMatchObject({ status: "ENDED", endedById: mentor.id, endReason: "CIRCUMSTANCES: New post in another region", coachingOutcome: null });
    expect(ended.endedAt).toBeInstanceOf(Date);
    expect(await db().checkIn.count({ where: { relationshipId: relationship.id, status: "SCHEDULED" } })).toBe(0);
    const endedEmails = await db().emailMessage.findMany({ where: { kind: "relationship-ended" }, select: { toAddress: true } });
    expect(endedEmails.map((e) => e.toAddress).sort()).toEqual([mentee.email, mentor.email].sort());

    // After the end: no contact details, the reason in words, notes still readable by their author.
    const view = await getRelationship(actorOf(mentee), relationship.id);
    expect(view.contact).toBeNull();
    expect(view.endReason).toEqual({ label: "A change in circumstances (work, health, family)", detail: "New post in another region" });
    expect(view.endedByMe).toBe(false);
    expect((await listNotes(actorOf(mentee), relationship.id)).map((n) => n.body)).toEqual(["Keep for appraisal."]);

    expect(await getMyFeedbackStatus(actorOf(mentee), relationship.id)).toEqual({ ended: true, given: false });
    await submitFeedback(actorOf(mentee), { relationshipId: relationship.id, satisfaction: 4, wouldRecommend: true, comment: "Helpful, even if short." });
    await submitFeedback(actorOf(mentor), { relationshipId: relationship.id, satisfaction: 5, wouldRecommend: true, comment: null });
    await expect(submitFeedback(actorOf(mentee), { relationshipId: relationship.id, satisfaction: 1, wouldRecommend: false, comment: null })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db().feedback.count({ where: { relationshipId: relationship.id } })).toBe(2);
    expect((await db().feedback.findFirstOrThrow({ where: { authorId: mentee.id } })).satisfaction).toBe(4);

    await expect(requestRematch(actorOf(mentor), { relationshipId: relationship.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await requestRematch(actorOf(mentee), { relationshipId: relationship.id })).toEqual({ href: "/requests/new?mode=MENTORING", relationshipId: relationship.id });
    expect((await db().relationship.findUniqueOrThrow({ where: { id: relationship.id } })).rematchRequested).toBe(true);

    const list = await listMyRelationships(actorOf(mentor));
    expect(list).toEqual([expect.objectContaining({ id: relationship.id, status: "ENDED", role: "MENTOR", feedbackDue: false })]);
  });

  it("lists the caller's relationships as mentee and as mentor, active first, without contact details", async () => {
    const { mentee: st6, mentor: consultant, relationship: older } = await createRelationship({ relationship: { startedAt: new Date(Date.now() - 400 * DAY) } });
    const { relationship: asMentor } = await createRelationship({ mentor: { careerGradeId: "grade-st6" } });
    await db().relationship.update({ where: { id: asMentor.id }, data: { mentorId: st6.id } });
    await db().relationship.update({ where: { id: older.id }, data: { status: "ENDED", endedAt: new Date(), endedById: consultant.id } });
    const list = await listMyRelationships(actorOf(st6));
    expect(list.map((r) => [r.id, r.role, r.status])).toEqual([
      [asMentor.id, "MENTOR", "ACTIVE"],
      [older.id, "MENTEE", "ENDED"],
    ]);
    expect(list[1].feedbackDue).toBe(true);
    expect(list[0].needsMyConfirmation).toBe(true);
    expect(JSON.stringify(list)).not.toMatch(/@test\.example|07700|020 7946/);
  });
});
