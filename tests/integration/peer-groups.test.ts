import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listMyGroups } from "@/lib/data/groups";
import { createPeerGroups, previewPeerGroups } from "@/lib/data/peer-groups";
import { ValidationError } from "@/lib/errors";
import { createMember } from "../factories";
import { actorOf, createLead } from "../factories/matching";

const form = {
  kind: "TRAINEE" as const,
  regionId: "region-trent",
  specialtyId: null,
  careerGradeIds: ["grade-ct1", "grade-st6"],
  minSize: 3,
  maxSize: 6,
  gradeMix: "MIXED" as const,
  byRegion: true,
  bySpecialty: false,
};

describe("peer groups", () => {
  it("previews, then creates exactly the previewed groups; grouped people are not grouped twice", async () => {
    const { actor } = await createLead();
    const people = [];
    for (let i = 0; i < 5; i++) people.push(await createMember({ name: `Dr CT1 ${i}`, careerGradeId: "grade-ct1", regionId: "region-trent" }));
    for (let i = 0; i < 3; i++) people.push(await createMember({ name: `Dr ST6 ${i}`, careerGradeId: "grade-st6", regionId: "region-trent" }));
    await createMember({ name: "Dr Elsewhere", careerGradeId: "grade-ct1", regionId: "region-wales" });

    const preview = await previewPeerGroups(actor, form);
    expect(preview.considered).toBe(8);
    const sizes = preview.groups.map((g) => g.members.length);
    expect(sizes.every((n) => n >= 3 && n <= 6)).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0) + preview.leftOut.length).toBe(8);
    // A grade mix: every group has experienced trainees with starters.
    for (const group of preview.groups) expect(new Set(group.members.map((m) => m.grade))).toEqual(new Set(["CT1", "ST6"]));

    expect(await createPeerGroups(actor, form)).toEqual({ created: preview.groups.length });
    const stored = await db().peerGroup.findMany({ include: { members: true }, orderBy: { name: "asc" } });
    expect(stored.map((g) => g.members.map((m) => m.userId).sort())).toEqual(
      [...preview.groups].sort((a, b) => a.name.localeCompare(b.name)).map((g) => g.members.map((m) => m.id).sort()),
    );

    const mine = await listMyGroups(actorOf(people[0]));
    expect(mine).toHaveLength(1);
    expect(mine[0].members.find((m) => m.isMe)).toMatchObject({ name: "Dr CT1 0" });
    await expect(createPeerGroups(actor, form)).rejects.toThrow(ValidationError);
  });
});
