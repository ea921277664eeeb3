// The people the profile, request, volunteering and equality tests act on, each with a real
// session row. "me" is the caller most tests use; "other" is a member with something of every kind
// (offers, an open request, equality answers, exclusions, a conflict) whose rows must never change
// when someone else acts.
import { db } from "@/lib/db";
import { createMember, createOffer, createRequest } from "../../../factories";

const FAR_FUTURE = new Date(Date.now() + 30 * 24 * 3600 * 1000);

export const CALLERS = ["me", "newcomer", "other", "disabled", "admin"] as const;
export type Caller = (typeof CALLERS)[number] | "anonymous";

export async function buildProfilesWorld() {
  const client = db();
  // An ST6 who is mentored and mentors two CT1s: one person can be mentee and mentor at once.
  const me = await createMember({ email: "me@profiles.test", name: "Dr Mia Mentee", careerGradeId: "grade-st6", phone: "020 7946 0101", gmcNumber: "1111111" });
  const newcomer = await createMember({ email: "new@profiles.test", name: null, careerGradeId: null, specialtyId: null, regionId: null, employerId: null, profileCompletedAt: null });
  const other = await createMember({
    email: "other@profiles.test",
    name: "Dr Olu Other",
    careerGradeId: "grade-cons",
    phone: "020 7946 0202",
    gmcNumber: "7654321",
    bio: "Consultant in old age psychiatry.",
    interests: ["dementia"],
  });
  const peer = await createMember({ email: "peer@profiles.test", name: "Dr Pat Peer", careerGradeId: "grade-ct2", phone: "07700 900333" });
  const disabled = await createMember({ email: "disabled@profiles.test", name: "Dr Dee Disabled", disabledAt: new Date() });
  const admin = await createMember({ email: "lead@profiles.test", name: "Dr Programme Lead", role: "ADMIN", careerGradeId: "grade-cons" });
  const menteeA = await createMember({ email: "mentee-a@profiles.test", name: "Dr Ama Mentee", careerGradeId: "grade-ct1" });
  const menteeB = await createMember({ email: "mentee-b@profiles.test", name: "Dr Ben Mentee", careerGradeId: "grade-ct1" });

  // Other: volunteers, asks for a coach, consented to equality monitoring, excluded and declared people.
  await createOffer(other.id, { mode: "MENTORING", capacity: 3, areas: { create: [{ developmentAreaId: "area-career" }] } });
  await createOffer(other.id, { mode: "COACHING", capacity: 1, areas: { create: [{ developmentAreaId: "area-leadership" }] } });
  const otherRequest = await createRequest(other.id, { mode: "COACHING", developmentAreaId: "area-research", aims: "Help with a first research grant application." });
  await client.requestEvent.create({ data: { requestId: otherRequest.id, kind: "created", detail: "You asked for a coach." } });
  await client.equalityData.create({ data: { userId: other.id, consentedAt: new Date(), gender: "Man", ethnicity: "Other-Ethnicity-Marker", ethnicMinority: true, imgStatus: true } });
  await client.exclusion.create({ data: { ownerId: other.id, excludedId: peer.id } });
  await client.declaredConflict.create({ data: { declarerId: other.id, otherId: me.id, kind: "APPRAISER" } });

  // Me: mentor to two CT1s (so lowering my capacity has someone to drop, and must not) and mentee of other.
  await createOffer(me.id, { mode: "MENTORING", capacity: 3 });
  const myMentees = await Promise.all(
    [menteeA, menteeB].map((mentee) => client.relationship.create({ data: { menteeId: mentee.id, mentorId: me.id, mode: "MENTORING" } })),
  );
  await client.relationship.create({ data: { menteeId: me.id, mentorId: other.id, mode: "MENTORING" } });

  const users = { me, newcomer, other, peer, disabled, admin, menteeA, menteeB };
  const tokens: Record<(typeof CALLERS)[number], string> = { me: "session-me", newcomer: "session-newcomer", other: "session-other", disabled: "session-disabled", admin: "session-admin" };
  await client.session.createMany({
    data: CALLERS.map((caller) => ({ sessionToken: tokens[caller], userId: users[caller].id, expires: FAR_FUTURE })),
  });
  return { users, tokens, otherRequestId: otherRequest.id, myMenteeRelationshipIds: myMentees.map((r) => r.id) };
}

export type ProfilesWorld = Awaited<ReturnType<typeof buildProfilesWorld>>;
