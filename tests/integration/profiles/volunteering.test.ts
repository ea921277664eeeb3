// Volunteering as a mentor or coach: capacity 0–10 (0 pauses), lowering it never drops a current
// mentee, coaches name what they coach.
import { afterEach, describe, expect, it, vi } from "vitest";
import { saveOfferAction, withdrawOfferAction } from "@/lib/actions/volunteering";
import { db } from "@/lib/db";
import { getDashboard } from "@/lib/data/dashboard";
import { getMyOffers } from "@/lib/data/volunteering";
import { actorFromSessionToken } from "@/lib/auth";
import { callAs } from "./support/actions";
import { diff, snapshotAll } from "./support/db-state";
import { session } from "../../support/next-request";
import { buildProfilesWorld } from "./support/world";

vi.mock("next/headers", async () => (await import("../../support/next-request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("../../support/next-request")).nextCacheMock);
afterEach(() => {
  session.token = undefined;
});

async function expectNothingChanged(attempt: () => Promise<unknown>) {
  const before = await snapshotAll();
  await attempt();
  expect(diff(before, await snapshotAll())).toEqual({ added: [], removed: [] });
}

describe("volunteering", () => {
  it("a consultant offers to mentor two people; the dashboard shows 0 of 2 places taken", async () => {
    const world = await buildProfilesWorld();
    const offer = { mode: "MENTORING", capacity: "2", acceptedGradeRanks: ["2", "3"], developmentAreaIds: ["area-career"], meetingMode: "EITHER" };
    expect(await callAs(world, "other", saveOfferAction, offer)).toEqual({ ok: true, data: undefined });
    const actor = await actorFromSessionToken(world.tokens.other);
    const dashboard = await getDashboard(actor);
    // Other mentors me: one place taken. A fresh consultant has none.
    expect(dashboard.offers.find((o) => o.mode === "MENTORING")).toEqual({ mode: "MENTORING", capacity: 2, active: 1 });

    await db().relationship.deleteMany({ where: { mentorId: world.users.other.id } });
    expect((await getDashboard(actor)).offers.find((o) => o.mode === "MENTORING")).toEqual({ mode: "MENTORING", capacity: 2, active: 0 });
    expect((await getMyOffers(actor)).find((o) => o.mode === "MENTORING")).toMatchObject({ capacity: 2, acceptedGradeRanks: [2, 3], developmentAreaIds: ["area-career"] });
  });

  it("lowering capacity below the current number of mentees, or to 0, never ends a relationship", async () => {
    const world = await buildProfilesWorld();
    for (const capacity of [1, 0]) {
      expect((await callAs(world, "me", saveOfferAction, { mode: "MENTORING", capacity, meetingMode: "EITHER" })).ok).toBe(true);
      const relationships = await db().relationship.findMany({ where: { id: { in: world.myMenteeRelationshipIds } }, select: { status: true, endedAt: true } });
      expect(relationships).toEqual([{ status: "ACTIVE", endedAt: null }, { status: "ACTIVE", endedAt: null }]);
      const offers = await getMyOffers(await actorFromSessionToken(world.tokens.me));
      expect(offers.find((o) => o.mode === "MENTORING")).toMatchObject({ capacity, activeCount: 2 });
    }
    // Stopping altogether leaves them too.
    expect((await callAs(world, "me", withdrawOfferAction, { mode: "MENTORING" })).ok).toBe(true);
    expect(await db().relationship.count({ where: { id: { in: world.myMenteeRelationshipIds }, status: "ACTIVE" } })).toBe(2);
  });

  it("refuses bad capacities, a coaching offer without an area, unknown areas and grades, with field errors; nothing saved", async () => {
    const world = await buildProfilesWorld();
    const base = { mode: "MENTORING", capacity: 2, meetingMode: "EITHER" };
    await expectNothingChanged(async () => {
      for (const [capacity, message] of [
        ["", "Enter how many people you can support at once."],
        [null, "Enter how many people you can support at once."],
        [11, "At most 10 people at once."],
        [-1, "Capacity cannot be negative; 0 pauses new matches."],
        ["1.5", "Enter a whole number."],
      ] as const) {
        expect(await callAs(world, "me", saveOfferAction, { ...base, capacity }), String(capacity)).toMatchObject({ ok: false, error: { code: "VALIDATION", fieldErrors: { capacity: [message] } } });
      }
      expect(await callAs(world, "me", saveOfferAction, { ...base, mode: "COACHING" })).toMatchObject({
        ok: false,
        error: { fieldErrors: { developmentAreaIds: ["Coaches choose at least one development area they can help with."] } },
      });
      expect(await callAs(world, "me", saveOfferAction, { ...base, developmentAreaIds: ["area-nope"], acceptedGradeRanks: [19] })).toMatchObject({
        ok: false,
        error: { fieldErrors: { developmentAreaIds: ["Choose development areas from the list."], acceptedGradeRanks: ["Choose grades from the list."] } },
      });
      expect(await callAs(world, "newcomer", saveOfferAction, base)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
      expect(await callAs(world, "me", withdrawOfferAction, { mode: "COACHING" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND", message: "You are not volunteering for that." } });
    });
  });

  it("saving again replaces the areas and grades; repeats are stored once", async () => {
    const world = await buildProfilesWorld();
    const offer = { mode: "COACHING", capacity: 1, acceptedGradeRanks: [5, "5", 9], developmentAreaIds: ["area-leadership", "area-leadership", "area-research"], meetingMode: "ONLINE" };
    expect((await callAs(world, "me", saveOfferAction, offer)).ok).toBe(true);
    expect((await callAs(world, "me", saveOfferAction, { ...offer, developmentAreaIds: ["area-teaching"], acceptedGradeRanks: [] })).ok).toBe(true);
    const stored = await db().volunteerOffer.findUniqueOrThrow({ where: { userId_mode: { userId: world.users.me.id, mode: "COACHING" } }, include: { areas: true } });
    expect(stored.acceptedGradeRanks).toEqual([]);
    expect(stored.areas.map((a) => a.developmentAreaId)).toEqual(["area-teaching"]);
  });
});
