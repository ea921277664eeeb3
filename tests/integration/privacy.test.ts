import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { eraseMember, exportMyData } from "@/lib/data/privacy";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { createMember, createOffer, createRequest } from "../factories";
import { actorOf, createLead } from "../factories/matching";

describe("a person's own data", () => {
  it("exports everything about the caller and nothing private of anyone else", async () => {
    const mentee = await createMember({ name: "Dr Exporter", phone: "020 7946 0100" });
    const mentor = await createMember({ name: "Dr Other", careerGradeId: "grade-cons", phone: "020 7946 0999", email: "other.private@test.example" });
    const relationship = await db().relationship.create({ data: { menteeId: mentee.id, mentorId: mentor.id, mode: "MENTORING" } });
    await db().note.create({ data: { relationshipId: relationship.id, authorId: mentee.id, body: "My own reflection", visibility: "PRIVATE" } });
    await db().note.create({ data: { relationshipId: relationship.id, authorId: mentor.id, body: "The mentor's private thought", visibility: "PRIVATE" } });
    await db().equalityData.create({ data: { userId: mentee.id, consentedAt: new Date(), gender: "Woman" } });

    const data = await exportMyData(actorOf(mentee));
    const text = JSON.stringify(data);
    expect(data.profile).toMatchObject({ name: "Dr Exporter", phone: "020 7946 0100" });
    expect(data.equalityMonitoring).toMatchObject({ gender: "Woman" });
    expect(data.relationships).toEqual([expect.objectContaining({ with: "Dr Other", myRole: "mentee" })]);
    expect(data.myNotes.map((n) => n.body)).toEqual(["My own reflection"]);
    expect(text).not.toContain("The mentor's private thought");
    expect(text).not.toContain("other.private@test.example");
    expect(text).not.toContain("020 7946 0999");
  });

  it("erases a person, keeping anonymous counts, once their active pairs have ended", async () => {
    const { actor: lead } = await createLead();
    const member = await createMember({ name: "Dr To Erase", gmcNumber: "7654321", phone: "01234 567890" });
    const partner = await createMember({ careerGradeId: "grade-cons" });
    await createOffer(member.id, { capacity: 1 });
    await createRequest(member.id, { mode: "COACHING", developmentAreaId: "area-research" });
    await db().equalityData.create({ data: { userId: member.id, consentedAt: new Date(), gender: "Man" } });
    await db().session.create({ data: { sessionToken: "to-erase", userId: member.id, expires: new Date(Date.now() + 86_400_000) } });
    const relationship = await db().relationship.create({ data: { menteeId: member.id, mentorId: partner.id, mode: "MENTORING" } });

    await expect(eraseMember(actorOf(member), { userId: member.id })).rejects.toThrow(ConflictError);
    await expect(eraseMember(actorOf(partner), { userId: member.id })).rejects.toThrow(ForbiddenError);
    expect(await db().user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ name: "Dr To Erase" });

    await db().relationship.update({ where: { id: relationship.id }, data: { status: "ENDED", endedAt: new Date() } });
    await eraseMember(lead, { userId: member.id });
    const erased = await db().user.findUniqueOrThrow({ where: { id: member.id } });
    expect(erased).toMatchObject({ name: "Erased member", gmcNumber: null, phone: null });
    expect(erased.email).toMatch(/@erased\.invalid$/);
    expect(erased.disabledAt).not.toBeNull();
    expect(await db().equalityData.count({ where: { userId: member.id } })).toBe(0);
    expect(await db().session.count({ where: { userId: member.id } })).toBe(0);
    expect(await db().volunteerOffer.count({ where: { userId: member.id } })).toBe(0);
    expect(await db().mentoringRequest.findFirstOrThrow({ where: { menteeId: member.id } })).toMatchObject({ status: "WITHDRAWN", aims: "(erased)" });
    // The partner's record of the past relationship still adds up.
    expect(await db().relationship.count({ where: { mentorId: partner.id } })).toBe(1);
  });
});
