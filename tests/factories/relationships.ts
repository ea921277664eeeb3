// Builders for the working-together tests: relationships, goals, check-ins, notes, feedback and
// signed-in sessions. Each accepts overrides; defaults are valid.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createAdmin, createMember } from "./index";

const DAY = 24 * 60 * 60 * 1000;

export async function createRelationship(
  overrides: {
    mentee?: Partial<Prisma.UserUncheckedCreateInput>;
    mentor?: Partial<Prisma.UserUncheckedCreateInput>;
    relationship?: Partial<Prisma.RelationshipUncheckedCreateInput>;
  } = {},
) {
  const mentee = await createMember({ careerGradeId: "grade-ct1", phone: "07700 900111", ...overrides.mentee });
  const mentor = await createMember({ careerGradeId: "grade-cons", phone: "020 7946 0002", ...overrides.mentor });
  // A relationship starts as its last activity: the match is the first thing that happened.
  const startedAt = overrides.relationship?.startedAt ?? new Date(Date.now() - 30 * DAY);
  const relationship = await db().relationship.create({
    data: { menteeId: mentee.id, mentorId: mentor.id, mode: "MENTORING", startedAt, lastActivityAt: startedAt, ...overrides.relationship },
  });
  return { mentee, mentor, relationship };
}

export function createCoachingRelationship(overrides: Parameters<typeof createRelationship>[0] = {}) {
  return createRelationship({ ...overrides, relationship: { mode: "COACHING", developmentAreaId: "area-consultant-interview", ...overrides.relationship } });
}

export function createGoal(relationshipId: string, ownerId: string, overrides: Partial<Prisma.GoalUncheckedCreateInput> = {}) {
  return db().goal.create({ data: { relationshipId, ownerId, title: "Chair a ward round confidently", measure: "Chaired three ward rounds with good feedback", ...overrides } });
}

export function createBookedCheckIn(relationshipId: string, createdById: string, overrides: Partial<Prisma.CheckInUncheckedCreateInput> = {}) {
  return db().checkIn.create({
    data: { relationshipId, createdById, status: "SCHEDULED", scheduledAt: new Date(Date.now() + 7 * DAY), durationMinutes: 60, meetingMode: "ONLINE", ...overrides },
  });
}

export function createHeldCheckIn(relationshipId: string, createdById: string, overrides: Partial<Prisma.CheckInUncheckedCreateInput> = {}) {
  return db().checkIn.create({
    data: { relationshipId, createdById, status: "COMPLETED", occurredAt: new Date(Date.now() - 7 * DAY), durationMinutes: 45, meetingMode: "ONLINE", summary: "Talked through the rota.", ...overrides },
  });
}

export function createNote(relationshipId: string, authorId: string, overrides: Partial<Prisma.NoteUncheckedCreateInput> = {}) {
  return db().note.create({ data: { relationshipId, authorId, visibility: "PRIVATE", body: "A reflection.", ...overrides } });
}

/** A real session row for the user; the token is what the mocked cookie store hands out. */
export async function createSessionToken(userId: string): Promise<string> {
  const sessionToken = `test-${randomBytes(12).toString("hex")}`;
  await db().session.create({ data: { sessionToken, userId, expires: new Date(Date.now() + 30 * DAY) } });
  return sessionToken;
}

/**
 * The cast of the privacy and access tests: a pair with a goal, a booked and a held check-in, a
 * private and a shared note from each side (each with a unique marker), plus a member in no
 * pair, another member with their own pair, the programme lead, and a disabled member.
 */
export async function createPairWorld(mode: "MENTORING" | "COACHING" = "MENTORING") {
  const { mentee, mentor, relationship } = mode === "COACHING" ? await createCoachingRelationship() : await createRelationship();
  const member = await createMember({ careerGradeId: "grade-st6" });
  const other = await createRelationship();
  const admin = await createAdmin();
  const disabled = await createMember({ disabledAt: new Date() });
  const goal = await createGoal(relationship.id, mentee.id, { status: "IN_PROGRESS", progress: 20 });
  const booked = await createBookedCheckIn(relationship.id, mentor.id, mode === "COACHING" ? { sessionNumber: 2 } : {});
  const held = await createHeldCheckIn(relationship.id, mentee.id, mode === "COACHING" ? { sessionNumber: 1 } : {});
  const markers = {
    menteePrivate: `MENTEE-PRIVATE-${randomBytes(4).toString("hex")}`,
    menteeShared: `MENTEE-SHARED-${randomBytes(4).toString("hex")}`,
    mentorPrivate: `MENTOR-PRIVATE-${randomBytes(4).toString("hex")}`,
    mentorShared: `MENTOR-SHARED-${randomBytes(4).toString("hex")}`,
  };
  const notes = {
    menteePrivate: await createNote(relationship.id, mentee.id, { body: `My worries about the exam. ${markers.menteePrivate}`, checkInId: held.id }),
    menteeShared: await createNote(relationship.id, mentee.id, { body: `Actions we agreed. ${markers.menteeShared}`, visibility: "SHARED" }),
    mentorPrivate: await createNote(relationship.id, mentor.id, { body: `How I felt it went. ${markers.mentorPrivate}` }),
    mentorShared: await createNote(relationship.id, mentor.id, { body: `Reading list. ${markers.mentorShared}`, visibility: "SHARED", checkInId: held.id }),
  };
  const users = { mentee, mentor, member, other: other.mentee, admin, disabled };
  const tokens = {
    mentee: await createSessionToken(mentee.id),
    mentor: await createSessionToken(mentor.id),
    member: await createSessionToken(member.id),
    other: await createSessionToken(other.mentee.id),
    admin: await createSessionToken(admin.id),
    disabled: await createSessionToken(disabled.id),
  };
  return { relationship, otherRelationship: other.relationship, users, tokens, goal, booked, held, notes, markers };
}
