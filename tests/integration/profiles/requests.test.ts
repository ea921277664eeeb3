// Asking for a mentor or a coach: one open request per person per mode (enforced by PostgreSQL),
// withdrawal at any time, expiry from the programme's settings with a warning before, and no
// contact details on the way.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createRequestAction, withdrawRequestAction } from "@/lib/actions/requests";
import { db } from "@/lib/db";
import { sweepExpiringRequests } from "@/lib/jobs/sweeps";
import { callAs, signInAs } from "./support/actions";
import { diff, snapshotAll } from "./support/db-state";
import { buildProfilesWorld, type ProfilesWorld } from "./support/world";
import { renderPage, session } from "../../support/next-request";

vi.mock("next/headers", async () => (await import("../../support/next-request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("../../support/next-request")).nextCacheMock);
afterEach(() => {
  session.token = undefined;
});

const DAY_MS = 86_400_000;
const COACHING = {
  mode: "COACHING",
  developmentAreaId: "area-consultant-interview",
  aims: "Prepare for my first consultant interview in the spring.",
  specialtyPreference: "ANY",
  regionPreference: "ANY",
  meetingMode: "ONLINE",
};
const MENTORING = { ...COACHING, mode: "MENTORING", developmentAreaId: "", aims: "A sounding board while I find my feet as a new higher trainee." };

async function expectUnchanged(world: ProfilesWorld, attempt: () => Promise<unknown>) {
  const before = await snapshotAll();
  await attempt();
  expect(diff(before, await snapshotAll())).toEqual({ added: [], removed: [] });
}

describe("one open request per person per mode", () => {
  it("a second open coaching request is refused with a clear message and saves nothing", async () => {
    const world = await buildProfilesWorld();
    const first = await callAs(world, "me", createRequestAction, COACHING);
    expect(first.ok).toBe(true);
    await expectUnchanged(world, async () => {
      const second = await callAs(world, "me", createRequestAction, { ...COACHING, developmentAreaId: "area-leadership" });
      expect(second).toEqual({ ok: false, error: { code: "CONFLICT", message: "You already have an open coaching request. Withdraw it first, or wait until it is matched." } });
    });
  });

  it("one mentoring and one coaching request may be open together", async () => {
    const world = await buildProfilesWorld();
    expect((await callAs(world, "me", createRequestAction, COACHING)).ok).toBe(true);
    expect((await callAs(world, "me", createRequestAction, MENTORING)).ok).toBe(true);
    expect(await db().mentoringRequest.count({ where: { menteeId: world.users.me.id, status: "OPEN" } })).toBe(2);
  });

  it("the database itself refuses a second open request, whatever the code does", async () => {
    const world = await buildProfilesWorld();
    const data = { menteeId: world.users.me.id, mode: "COACHING" as const, developmentAreaId: "area-tribunal", aims: "Give evidence at a tribunal.", expiresAt: new Date(Date.now() + 90 * DAY_MS) };
    await db().mentoringRequest.create({ data });
    await expect(db().mentoringRequest.create({ data })).rejects.toMatchObject({ code: "P2002" });
    // A closed request does not count.
    await db().mentoringRequest.updateMany({ where: { menteeId: world.users.me.id }, data: { status: "EXPIRED" } });
    await expect(db().mentoringRequest.create({ data })).resolves.toMatchObject({ status: "OPEN" });
  });

  it("five requests sent at once open exactly one; the others are conflicts", async () => {
    const world = await buildProfilesWorld();
    signInAs(world, "me");
    const results = await Promise.all(Array.from({ length: 5 }, () => createRequestAction(COACHING)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(["CONFLICT", "CONFLICT", "CONFLICT", "CONFLICT"]);
    expect(await db().mentoringRequest.count({ where: { menteeId: world.users.me.id, status: "OPEN", mode: "COACHING" } })).toBe(1);
    expect(await db().emailMessage.count({ where: { userId: world.users.me.id, kind: "request-received" } })).toBe(1);
  });

  it("coaching must name a development area, from the active list", async () => {
    const world = await buildProfilesWorld();
    await expectUnchanged(world, async () => {
      const none = await callAs(world, "me", createRequestAction, { ...COACHING, developmentAreaId: "" });
      expect(none).toMatchObject({ ok: false, error: { code: "VALIDATION", fieldErrors: { developmentAreaId: ["Coaching focuses on one development area: choose it."] } } });
      await db().developmentArea.update({ where: { id: "area-tribunal" }, data: { active: false } });
      const inactive = await callAs(world, "me", createRequestAction, { ...COACHING, developmentAreaId: "area-tribunal" });
      expect(inactive).toMatchObject({ ok: false, error: { code: "VALIDATION", fieldErrors: { developmentAreaId: ["Choose a development area from the list."] } } });
      await db().developmentArea.update({ where: { id: "area-tribunal" }, data: { active: true } });
    });
  });

  it("exclusions and conflicts are saved with the member; naming yourself or nobody is refused", async () => {
    const world = await buildProfilesWorld();
    const { me, peer, other } = world.users;
    await expectUnchanged(world, async () => {
      expect(await callAs(world, "me", createRequestAction, { ...COACHING, excludedPersonIds: [me.id] })).toMatchObject({ ok: false, error: { fieldErrors: { excludedPersonIds: ["You cannot list yourself."] } } });
      expect(await callAs(world, "me", createRequestAction, { ...COACHING, conflicts: [{ personId: "cm-nobody", kind: "APPRAISER" }] })).toMatchObject({
        ok: false,
        error: { fieldErrors: { excludedPersonIds: ["Some of the people you chose could not be found."] } },
      });
    });
    const ok = await callAs(world, "me", createRequestAction, { ...COACHING, excludedPersonIds: [peer.id, peer.id], conflicts: [{ personId: other.id, kind: "EDUCATIONAL_SUPERVISOR" }] });
    expect(ok.ok).toBe(true);
    expect(await db().exclusion.findMany({ where: { ownerId: me.id }, select: { excludedId: true } })).toEqual([{ excludedId: peer.id }]);
    expect(await db().declaredConflict.findMany({ where: { declarerId: me.id }, select: { otherId: true, kind: true } })).toEqual([{ otherId: other.id, kind: "EDUCATIONAL_SUPERVISOR" }]);
  });

  it("a member who has not completed their profile cannot ask yet", async () => {
    const world = await buildProfilesWorld();
    await expectUnchanged(world, async () => {
      expect(await callAs(world, "newcomer", createRequestAction, COACHING)).toMatchObject({ ok: false, error: { code: "FORBIDDEN", message: "Please complete your profile first." } });
      expect(await callAs(world, "anonymous", createRequestAction, COACHING)).toMatchObject({ ok: false, error: { code: "NOT_AUTHENTICATED" } });
      expect(await callAs(world, "disabled", createRequestAction, COACHING)).toMatchObject({ ok: false, error: { code: "NOT_AUTHENTICATED" } });
    });
  });
});

describe("withdrawing a request", () => {
  it("at any time: the request closes, its timeline says so, waiting proposals are withdrawn, and a new one may be opened", async () => {
    const world = await buildProfilesWorld();
    const created = await callAs(world, "me", createRequestAction, COACHING);
    if (!created.ok) throw new Error(JSON.stringify(created));
    const requestId = created.data.id;
    const round = await db().matchingRound.create({ data: { runById: world.users.admin.id, status: "COMPLETED", filters: {}, weights: {} } });
    await db().proposal.create({ data: { roundId: round.id, requestId, mentorId: world.users.other.id, mode: "COACHING", score: 50, explanation: {} } });

    expect(await callAs(world, "me", withdrawRequestAction, { requestId })).toEqual({ ok: true, data: undefined });
    const stored = await db().mentoringRequest.findUniqueOrThrow({ where: { id: requestId }, include: { events: { orderBy: { at: "asc" } }, proposals: true } });
    expect(stored.status).toBe("WITHDRAWN");
    expect(stored.closedAt).toBeInstanceOf(Date);
    expect(stored.events.map((e) => e.kind)).toEqual(["created", "withdrawn"]);
    expect(stored.proposals.map((p) => p.status)).toEqual(["WITHDRAWN"]);
    expect(await db().auditLog.count({ where: { action: "request.withdrawn", entityId: requestId, actorId: world.users.me.id } })).toBe(1);

    expect((await callAs(world, "me", createRequestAction, COACHING)).ok).toBe(true);
  });

  it("twice is a conflict; someone else's request, or the lead withdrawing it for them, is not found; nothing changes", async () => {
    const world = await buildProfilesWorld();
    const created = await callAs(world, "me", createRequestAction, COACHING);
    if (!created.ok) throw new Error(JSON.stringify(created));
    await callAs(world, "me", withdrawRequestAction, { requestId: created.data.id });
    await expectUnchanged(world, async () => {
      expect(await callAs(world, "me", withdrawRequestAction, { requestId: created.data.id })).toMatchObject({ ok: false, error: { code: "CONFLICT", message: "Only an open request can be withdrawn." } });
      expect(await callAs(world, "me", withdrawRequestAction, { requestId: world.otherRequestId })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
      expect(await callAs(world, "admin", withdrawRequestAction, { requestId: world.otherRequestId })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    });
  });
});

describe("expiry", () => {
  it("expiresAt is set from ProgrammeSettings.requestExpiryDays, and the request-received email carries it", async () => {
    const world = await buildProfilesWorld();
    await db().programmeSettings.update({ where: { id: 1 }, data: { requestExpiryDays: 30 } });
    const before = Date.now();
    const created = await callAs(world, "me", createRequestAction, COACHING);
    if (!created.ok) throw new Error(JSON.stringify(created));
    const stored = await db().mentoringRequest.findUniqueOrThrow({ where: { id: created.data.id } });
    expect(stored.expiresAt.getTime()).toBeGreaterThanOrEqual(before + 30 * DAY_MS);
    expect(stored.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 30 * DAY_MS);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeGreaterThan(30 * DAY_MS - 5_000);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeLessThan(30 * DAY_MS + 5_000);

    const email = await db().emailMessage.findUniqueOrThrow({ where: { key: `request-received:${stored.id}` } });
    expect(email).toMatchObject({ kind: "request-received", userId: world.users.me.id, toAddress: world.users.me.email });

    await db().programmeSettings.update({ where: { id: 1 }, data: { requestExpiryDays: 120 } });
    const mentoring = await callAs(world, "me", createRequestAction, MENTORING);
    if (!mentoring.ok) throw new Error(JSON.stringify(mentoring));
    const longer = await db().mentoringRequest.findUniqueOrThrow({ where: { id: mentoring.data.id } });
    expect(Math.round((longer.expiresAt.getTime() - longer.createdAt.getTime()) / DAY_MS)).toBe(120);
  });

  it("the warning goes out within requestExpiryWarningDays of expiry, once", async () => {
    const world = await buildProfilesWorld();
    await db().programmeSettings.update({ where: { id: 1 }, data: { requestExpiryDays: 30, requestExpiryWarningDays: 7 } });
    const created = await callAs(world, "me", createRequestAction, COACHING);
    if (!created.ok) throw new Error(JSON.stringify(created));
    const { expiresAt } = await db().mentoringRequest.findUniqueOrThrow({ where: { id: created.data.id } });
    // Noon in London (outside quiet hours) 10 days and then 5 days before expiry.
    const at = (daysBefore: number) => {
      const day = new Date(expiresAt.getTime() - daysBefore * DAY_MS);
      day.setUTCHours(12, 0, 0, 0);
      return day;
    };
    await sweepExpiringRequests(at(10));
    expect(await db().emailMessage.count({ where: { userId: world.users.me.id, kind: "request-expiring" } })).toBe(0);
    await sweepExpiringRequests(at(5));
    await sweepExpiringRequests(at(4));
    expect(await db().emailMessage.count({ where: { userId: world.users.me.id, kind: "request-expiring" } })).toBe(1);
    expect((await db().mentoringRequest.findUniqueOrThrow({ where: { id: created.data.id } })).expiryWarnedAt).toBeInstanceOf(Date);
  });
});

describe("no contact details before a match", () => {
  it("the request page shows the request and its timeline, and no email address or phone number of anyone", async () => {
    const world = await buildProfilesWorld();
    const created = await callAs(world, "me", createRequestAction, { ...COACHING, excludedPersonIds: [world.users.peer.id], conflicts: [{ personId: world.users.other.id, kind: "APPRAISER" }] });
    if (!created.ok) throw new Error(JSON.stringify(created));
    signInAs(world, "me");
    const text = await renderPage("app/(member)/requests/[id]/page.tsx", { id: created.data.id }, { created: "1" });
    expect(text).toContain("Prepare for my first consultant interview in the spring.");
    expect(text).toContain("You asked for a coach.");
    expect(text).toContain("Timeline");
    const people = await db().user.findMany({ select: { email: true, phone: true } });
    for (const person of people) {
      expect(text).not.toContain(person.email);
      if (person.phone) expect(text).not.toContain(person.phone);
    }
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  });

  it("another member is told the request does not exist", async () => {
    const world = await buildProfilesWorld();
    signInAs(world, "me");
    await expect(renderPage("app/(member)/requests/[id]/page.tsx", { id: world.otherRequestId })).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) });
  });
});
