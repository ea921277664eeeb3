import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed, DEMO_ACCOUNTS } from "@/prisma/seed";
import { CAREER_GRADES, REGIONS, SPECIALTIES } from "@/prisma/reference-data";

async function snapshot() {
  const client = db();
  const [users, offers, requests, conflicts, exclusions, equality, relationships, checkIns, groupMembers] = await Promise.all([
    client.user.findMany({ orderBy: { id: "asc" }, select: { id: true, email: true, careerGradeId: true, regionId: true, specialtyId: true, updatedAt: true } }),
    client.volunteerOffer.findMany({ orderBy: { id: "asc" }, select: { id: true, capacity: true, mode: true } }),
    client.mentoringRequest.findMany({ orderBy: { id: "asc" }, select: { id: true, mode: true, status: true } }),
    client.declaredConflict.count(),
    client.exclusion.count(),
    client.equalityData.count(),
    client.relationship.findMany({ orderBy: { id: "asc" }, select: { id: true, menteeId: true, mentorId: true, status: true } }),
    client.checkIn.count(),
    client.peerGroupMember.count(),
  ]);
  return { users, offers, requests, conflicts, exclusions, equality, relationships, checkIns, groupMembers };
}

describe("demo seed", () => {
  it("covers every region, grade and specialty, with a lead, the demo accounts and spare capacity", async () => {
    await seed(db());
    const people = await db().user.findMany({ select: { regionId: true, careerGradeId: true, specialtyId: true, role: true, email: true } });
    expect(people.length).toBeGreaterThanOrEqual(300);
    expect(new Set(people.map((p) => p.regionId))).toEqual(new Set(REGIONS.map((r) => r.id)));
    expect(new Set(people.map((p) => p.careerGradeId))).toEqual(new Set(CAREER_GRADES.map((g) => g.id)));
    expect(new Set(people.map((p) => p.specialtyId))).toEqual(new Set(SPECIALTIES.map((s) => s.id)));
    expect(people.filter((p) => p.role === "ADMIN").map((p) => p.email)).toEqual([DEMO_ACCOUNTS.lead]);
    expect(people.map((p) => p.email)).toEqual(expect.arrayContaining(Object.values(DEMO_ACCOUNTS)));
    const spare = await db().volunteerOffer.count({ where: { capacity: { gt: 0 } } });
    expect(spare).toBeGreaterThan(50);
    const open = await db().mentoringRequest.groupBy({ by: ["mode"], where: { status: "OPEN" }, _count: true });
    expect(open.map((g) => g.mode).sort()).toEqual(["COACHING", "MENTORING"]);
    // Pairs already at work, in both modes, some gone quiet, some ended; none breaches a capacity.
    const pairs = await db().relationship.groupBy({ by: ["mode", "status"], _count: true });
    expect(pairs.map((p) => `${p.mode}:${p.status}`).sort()).toEqual(["COACHING:ACTIVE", "MENTORING:ACTIVE", "MENTORING:ENDED"]);
    const offers = await db().volunteerOffer.findMany({ select: { userId: true, mode: true, capacity: true } });
    const active = await db().relationship.groupBy({ by: ["mentorId", "mode"], where: { status: "ACTIVE" }, _count: true });
    for (const a of active) expect(a._count).toBeLessThanOrEqual(offers.find((o) => o.userId === a.mentorId && o.mode === a.mode)!.capacity);
    expect(await db().relationship.count({ where: { mentorId: "demo-mentor", status: "ACTIVE" } })).toBe(1);
  });

  it("is idempotent: a second run changes nothing", async () => {
    await seed(db());
    const first = await snapshot();
    const summary = await seed(db());
    expect(await snapshot()).toEqual(first);
    expect(summary.people).toBe(first.users.length);
  });
});
