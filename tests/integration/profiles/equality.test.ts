// Equality monitoring: optional, only with explicit consent, stored apart from the profile,
// deleted on withdrawal, and never visible to another member.
import { afterEach, describe, expect, it, vi } from "vitest";
import { saveEqualityAction, withdrawEqualityAction } from "@/lib/actions/equality";
import { searchPeopleAction } from "@/lib/actions/requests";
import { db } from "@/lib/db";
import { getMyEquality } from "@/lib/data/equality";
import { actorFromSessionToken } from "@/lib/auth";
import { callAs, signInAs } from "./support/actions";
import { diff, snapshotAll } from "./support/db-state";
import { buildProfilesWorld } from "./support/world";
import { renderPage, session } from "../../support/next-request";

vi.mock("next/headers", async () => (await import("../../support/next-request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("../../support/next-request")).nextCacheMock);
afterEach(() => {
  session.token = undefined;
});

const MARKER = "Mia-Ethnicity-Marker";
const ANSWERS = { consent: true, gender: "Woman", ethnicity: MARKER, ethnicMinority: "yes", imgStatus: "no", disability: "unsaid" };

describe("equality monitoring", () => {
  it("without consent nothing is stored", async () => {
    const world = await buildProfilesWorld();
    const before = await snapshotAll();
    for (const consent of [undefined, false, "true", "on"]) {
      expect(await callAs(world, "me", saveEqualityAction, { ...ANSWERS, consent })).toMatchObject({
        ok: false,
        error: { code: "VALIDATION", fieldErrors: { consent: ["Tick the box to consent, or leave this page: answering is optional."] } },
      });
    }
    expect(diff(before, await snapshotAll())).toEqual({ added: [], removed: [] });
    expect(await db().equalityData.count({ where: { userId: world.users.me.id } })).toBe(0);
  });

  it("with consent, the answers are stored in their own table (the profile row is untouched) and the audit log records only the consent", async () => {
    const world = await buildProfilesWorld();
    const userBefore = await db().user.findUniqueOrThrow({ where: { id: world.users.me.id } });
    expect(await callAs(world, "me", saveEqualityAction, ANSWERS)).toEqual({ ok: true, data: undefined });
    expect(await db().equalityData.findUniqueOrThrow({ where: { userId: world.users.me.id } })).toMatchObject({ gender: "Woman", ethnicity: MARKER, ethnicMinority: true, imgStatus: false, disability: null });
    expect(await db().user.findUniqueOrThrow({ where: { id: world.users.me.id } })).toEqual(userBefore);
    const audit = await db().auditLog.findMany({ where: { actorId: world.users.me.id } });
    expect(audit.map((a) => a.action)).toEqual(["equality.consented"]);
    expect(JSON.stringify(audit, (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain(MARKER);
  });

  it("withdrawal deletes the answers (and only the member's own); the consent date goes with them", async () => {
    const world = await buildProfilesWorld();
    await callAs(world, "me", saveEqualityAction, ANSWERS);
    expect(await callAs(world, "me", withdrawEqualityAction, undefined)).toEqual({ ok: true, data: undefined });
    expect(await db().equalityData.count({ where: { userId: world.users.me.id } })).toBe(0);
    expect(await db().equalityData.count({ where: { userId: world.users.other.id } })).toBe(1);
    expect(await getMyEquality(await actorFromSessionToken(world.tokens.me))).toBeNull();
    expect((await db().auditLog.findMany({ where: { actorId: world.users.me.id }, orderBy: { id: "asc" } })).map((a) => a.action)).toEqual(["equality.consented", "equality.withdrawn"]);
    // Withdrawing again is harmless.
    expect((await callAs(world, "me", withdrawEqualityAction, undefined)).ok).toBe(true);
  });

  it("never visible to another member: their pages and searches carry none of it", async () => {
    const world = await buildProfilesWorld();
    await callAs(world, "me", saveEqualityAction, ANSWERS);
    expect(await getMyEquality(await actorFromSessionToken(world.tokens.other))).toMatchObject({ ethnicity: "Other-Ethnicity-Marker" });
    signInAs(world, "other");
    const pages = [
      await renderPage("app/(member)/profile/equality/page.tsx"),
      await renderPage("app/(member)/profile/page.tsx"),
      await renderPage("app/(member)/dashboard/page.tsx"),
      await renderPage("app/(member)/volunteer/page.tsx"),
      await renderPage("app/(member)/requests/page.tsx"),
      await renderPage("app/(member)/requests/[id]/page.tsx", { id: world.otherRequestId }),
    ];
    for (const text of pages) expect(text).not.toContain(MARKER);
    const search = await callAs(world, "other", searchPeopleAction, { query: "Mia" });
    expect(JSON.stringify(search)).not.toContain(MARKER);
    expect(JSON.stringify(search)).not.toContain("Woman");
  });
});
