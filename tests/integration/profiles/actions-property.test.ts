// Property tests on the REAL server actions of profiles, requests, volunteering and equality,
// called as signed-in members (a real Session row, only Next's cookies() replaced) against
// PostgreSQL. For arbitrary input, every run proves:
//   - the action returns an ActionResult: never throws, never the "unexpected" code (a 500);
//   - refused → nothing in the database changed (every row of every table compared);
//   - accepted → the stored data satisfies the schema, and only the caller's own rows changed
//     (another member's rows never change);
//   - and, the other way round, input that is valid (schema and references) is accepted.
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { completeOnboardingAction, saveProfileAction } from "@/lib/actions/profile";
import { createRequestAction, removeConflictAction, removeExclusionAction, searchPeopleAction, withdrawRequestAction } from "@/lib/actions/requests";
import { saveOfferAction, withdrawOfferAction } from "@/lib/actions/volunteering";
import { saveEqualityAction, withdrawEqualityAction } from "@/lib/actions/equality";
import { db } from "@/lib/db";
import { CAREER_GRADES, DEVELOPMENT_AREAS, EMPLOYERS, REGIONS, SPECIALTIES } from "@/prisma/reference-data";
import { equalitySchema } from "@/lib/validation/equality";
import { onboardingSchema, profileSchema } from "@/lib/validation/profile";
import { CONFLICT_KINDS, requestSchema } from "@/lib/validation/requests";
import { offerSchema } from "@/lib/validation/volunteering";
import { equalityModel, offerModel, onboardingModel, profileModel, requestModel } from "../../unit/validation/models";
import { actionInput, anyValue, checkAsyncProperty, isStorable, typedText } from "../../unit/validation/property";
import { callAs, callerId } from "./support/actions";
import { changedRowsNotOwnedBy, diff, snapshotAll } from "./support/db-state";
import { session } from "../../support/next-request";
import { buildProfilesWorld, type Caller, type ProfilesWorld } from "./support/world";

vi.mock("next/headers", async () => (await import("../../support/next-request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("../../support/next-request")).nextCacheMock);
afterEach(() => {
  session.token = undefined;
});

/** Each run hits PostgreSQL several times (a full snapshot before and after): a modest count per action. */
const RUNS = 100;
const TIMEOUT = 240_000;
const DAY_MS = 86_400_000;

const GRADE_IDS = new Set<string>(CAREER_GRADES.map((g) => g.id));
const SPECIALTY_IDS = new Set<string>(SPECIALTIES.map((s) => s.id));
const REGION_IDS = new Set<string>(REGIONS.map((r) => r.id));
const EMPLOYER_IDS = new Set<string>(EMPLOYERS.map((e) => e.id));
const AREA_IDS = new Set<string>(DEVELOPMENT_AREAS.map((a) => a.id));

/** Mostly the member who owns the data, sometimes someone who may not act at all. */
const caller = (main: Caller, ...others: Caller[]) => fc.oneof({ arbitrary: fc.constant(main), weight: 6 }, { arbitrary: fc.constantFrom<Caller>("anonymous", "disabled", ...others), weight: 1 });

/**
 * The common part of every run: snapshot, call, and the checks that hold for any action. Returns
 * the result for the action's own checks of what was stored.
 */
async function act<T>(tally: Tally, world: ProfilesWorld, who: Caller, action: (input: unknown) => Promise<import("@/lib/actions/result").ActionResult<T>>, input: unknown) {
  const before = await snapshotAll();
  const result = await callAs(world, who, action, input);
  const outcome = result.ok ? "ok" : result.error.code;
  tally[outcome] = (tally[outcome] ?? 0) + 1;
  const after = await snapshotAll();
  if (!result.ok) {
    const { added, removed } = diff(before, after);
    expect({ added, removed }, `refused (${result.error.code}: ${result.error.message}) yet the database changed`).toEqual({ added: [], removed: [] });
  } else {
    expect(who, "anonymous and disabled callers are never let through").not.toBeOneOf(["anonymous", "disabled"]);
    expect(await changedRowsNotOwnedBy(callerId(world, who), before, after), "only the caller's own rows may change").toEqual([]);
  }
  return { result, before, after };
}

type Tally = Record<string, number>;

/** Both paths must have been walked: some runs accepted, some refused. Logged for the closing note. */
function expectBothPaths(name: string, tally: Tally) {
  console.log(`[property] ${name} outcomes: ${JSON.stringify(tally)}`);
  expect(tally.ok ?? 0, `${name}: some runs were accepted`).toBeGreaterThan(0);
  expect(Object.keys(tally).filter((k) => k !== "ok").length, `${name}: some runs were refused`).toBeGreaterThan(0);
}

const userRow = (id: string) => db().user.findUniqueOrThrow({ where: { id } });

describe("profile actions (property, real PostgreSQL)", () => {
  it(`completeOnboardingAction: arbitrary input as a new member (${RUNS} runs)`, { timeout: TIMEOUT }, async () => {
    const world = await buildProfilesWorld();
    const tally: Tally = {};
    await checkAsyncProperty("completeOnboardingAction", RUNS, fc.asyncProperty(caller("newcomer", "me"), actionInput(onboardingModel), async (who, input) => {
      // Every run starts from a member who has not onboarded yet.
      await db().user.update({ where: { id: world.users.newcomer.id }, data: { name: null, careerGradeId: null, specialtyId: null, regionId: null, employerId: null, employerOther: null, profileCompletedAt: null } });
      const meBefore = await userRow(world.users.me.id);
      const parsed = onboardingSchema.safeParse(input);
      const { result } = await act(tally, world, who, completeOnboardingAction, input);

      if (!parsed.success) expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
      const referencesExist = parsed.success && GRADE_IDS.has(parsed.data.careerGradeId) && SPECIALTY_IDS.has(parsed.data.specialtyId) && REGION_IDS.has(parsed.data.regionId) && (parsed.data.employerId === null || EMPLOYER_IDS.has(parsed.data.employerId));
      if (who === "newcomer" || who === "me") expect(result.ok, JSON.stringify(result)).toBe(referencesExist);
      if (!result.ok || !parsed.success) return;

      const stored = await userRow(callerId(world, who)!);
      expect(stored).toMatchObject({ name: parsed.data.name, careerGradeId: parsed.data.careerGradeId, specialtyId: parsed.data.specialtyId, regionId: parsed.data.regionId, employerId: parsed.data.employerId });
      expect(stored.employerOther).toBe(parsed.data.employerId ? null : parsed.data.employerOther);
      expect(onboardingSchema.safeParse(stored).success).toBe(true);
      expect(stored.profileCompletedAt).not.toBeNull();
      // Onboarding again never moves the date a profile was completed.
      if (who === "me") expect(stored.profileCompletedAt).toEqual(meBefore.profileCompletedAt);
    }));
    expectBothPaths("completeOnboardingAction", tally);
  });

  it(`saveProfileAction: arbitrary input, including another member's GMC number (${RUNS} runs)`, { timeout: TIMEOUT }, async () => {
    const world = await buildProfilesWorld();
    const model = { ...profileModel, gmcNumber: { valid: fc.oneof(profileModel.gmcNumber.valid, fc.constant("7654321")), tricky: profileModel.gmcNumber.tricky } };
    const tally: Tally = {};
    await checkAsyncProperty("saveProfileAction", RUNS, fc.asyncProperty(caller("me", "newcomer"), actionInput(model), async (who, input) => {
      const parsed = profileSchema.safeParse(input);
      const { result } = await act(tally, world, who, saveProfileAction, input);

      if (!parsed.success) expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
      const referencesExist =
        parsed.success &&
        GRADE_IDS.has(parsed.data.careerGradeId) &&
        SPECIALTY_IDS.has(parsed.data.specialtyId) &&
        REGION_IDS.has(parsed.data.regionId) &&
        (parsed.data.employerId === null || EMPLOYER_IDS.has(parsed.data.employerId));
      const takenGmc = parsed.success && parsed.data.gmcNumber === "7654321";
      if (who === "me") expect(result.ok, JSON.stringify(result)).toBe(referencesExist && !takenGmc);
      if (who === "me" && referencesExist && takenGmc) {
        expect(result).toMatchObject({ ok: false, error: { fieldErrors: { gmcNumber: ["Another member already uses this GMC number."] } } });
      }
      if (!result.ok || !parsed.success) return;

      const stored = await userRow(callerId(world, who)!);
      const { employerOther, ...rest } = parsed.data;
      // Through JSON: -0 hours is stored as 0.
      expect(stored).toMatchObject(JSON.parse(JSON.stringify(rest)));
      expect(stored.employerOther).toBe(parsed.data.employerId ? null : employerOther);
      expect(stored.gmcNumber === null || /^[0-9]{7}$/.test(stored.gmcNumber)).toBe(true);
      expect(profileSchema.safeParse(stored).success, "what is stored passes the schema").toBe(true);
    }));
    expectBothPaths("saveProfileAction", tally);
  });
});

describe("request actions (property, real PostgreSQL)", () => {
  it(`createRequestAction: arbitrary input, with and without an open request already (${RUNS} runs)`, { timeout: TIMEOUT }, async () => {
    const world = await buildProfilesWorld();
    const { me, peer, other, admin, disabled } = world.users;
    const settings = await db().programmeSettings.findUniqueOrThrow({ where: { id: 1 } });
    const model = requestModel({ others: [peer.id, other.id, admin.id, disabled.id], self: me.id });
    const tally: Tally = {};
    await checkAsyncProperty("createRequestAction", RUNS, fc.asyncProperty(caller("me", "newcomer"), fc.boolean(), actionInput(model), async (who, clearOpen, input) => {
      if (clearOpen) await db().mentoringRequest.updateMany({ where: { menteeId: me.id, status: "OPEN" }, data: { status: "WITHDRAWN", closedAt: new Date() } });
      const openBefore = await db().mentoringRequest.findMany({ where: { menteeId: me.id, status: "OPEN" }, select: { mode: true } });
      const parsed = requestSchema.safeParse(input);
      const startedAt = Date.now();
      const { result } = await act(tally, world, who, createRequestAction, input);

      if (!parsed.success) expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
      if (who === "newcomer" && parsed.success) expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
      if (who === "me" && parsed.success) {
        const people = [...parsed.data.excludedPersonIds, ...parsed.data.conflicts.map((c) => c.personId)];
        const referencesExist = (parsed.data.developmentAreaId === null || AREA_IDS.has(parsed.data.developmentAreaId)) && people.every((id) => [peer.id, other.id, admin.id, disabled.id].includes(id));
        const alreadyOpen = openBefore.some((r) => r.mode === parsed.data.mode);
        if (referencesExist && alreadyOpen) expect(result).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
        expect(result.ok, JSON.stringify(result)).toBe(referencesExist && !alreadyOpen);
      }
      // One open request per person per mode, whatever happened.
      const open = await db().mentoringRequest.groupBy({ by: ["menteeId", "mode"], where: { status: "OPEN" }, _count: true });
      for (const group of open) expect(group._count).toBe(1);
      if (!result.ok || !parsed.success) return;

      const stored = await db().mentoringRequest.findUniqueOrThrow({ where: { id: (result.data as { id: string }).id }, include: { events: true } });
      expect(stored).toMatchObject({ menteeId: me.id, status: "OPEN", mode: parsed.data.mode, aims: parsed.data.aims, developmentAreaId: parsed.data.developmentAreaId, preferGender: parsed.data.preferGender });
      if (stored.mode === "COACHING") expect(stored.developmentAreaId).not.toBeNull();
      expect(isStorable(stored.aims)).toBe(true);
      // Expires after the programme's configured period.
      expect(stored.expiresAt.getTime()).toBeGreaterThanOrEqual(startedAt + settings.requestExpiryDays * DAY_MS - 1000);
      expect(stored.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + settings.requestExpiryDays * DAY_MS + 1000);
      expect(stored.events.map((e) => e.kind)).toEqual(["created"]);
      const exclusions = await db().exclusion.findMany({ where: { ownerId: me.id }, select: { excludedId: true } });
      for (const id of parsed.data.excludedPersonIds) expect(exclusions.map((e) => e.excludedId)).toContain(id);
      expect(await db().emailMessage.count({ where: { key: `request-received:${stored.id}`, userId: me.id } })).toBe(1);
    }));
    expectBothPaths("createRequestAction", tally);
  });

  it(`withdrawRequestAction: any request id, mine or someone else's (${RUNS} runs)`, { timeout: TIMEOUT }, async () => {
    const world = await buildProfilesWorld();
    const { me } = world.users;
    const requestId = fc.oneof(
      { arbitrary: fc.constantFrom("mine-open", "mine-closed", "others", "missing"), weight: 4 },
      { arbitrary: fc.string({ unit: "binary", maxLength: 70 }), weight: 1 },
    );
    const input = fc.oneof({ arbitrary: fc.record({ requestId }), weight: 5 }, { arbitrary: anyValue, weight: 1 });
    const tally: Tally = {};
    await checkAsyncProperty("withdrawRequestAction", RUNS, fc.asyncProperty(caller("me", "other", "admin"), input, async (who, raw) => {
      await db().mentoringRequest.updateMany({ where: { menteeId: me.id, status: "OPEN" }, data: { status: "WITHDRAWN", closedAt: new Date() } });
      const open = await db().mentoringRequest.create({ data: { menteeId: me.id, mode: "COACHING", developmentAreaId: "area-leadership", aims: "Lead a service improvement project.", expiresAt: new Date(Date.now() + 90 * DAY_MS) } });
      const closed = await db().mentoringRequest.findFirst({ where: { menteeId: me.id, status: "WITHDRAWN" } });
      const ids: Record<string, string> = { "mine-open": open.id, "mine-closed": closed?.id ?? "none", others: world.otherRequestId, missing: "cm-no-such-request" };
      const sent = typeof raw === "object" && raw !== null && "requestId" in raw && typeof raw.requestId === "string" && raw.requestId in ids ? { requestId: ids[raw.requestId] } : raw;
      const { result } = await act(tally, world, who, withdrawRequestAction, sent);

      const target = (sent as { requestId?: unknown } | null)?.requestId;
      if (who === "me" && target === open.id) expect(result.ok).toBe(true);
      if (target === world.otherRequestId && who !== "other") expect(result).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^(NOT_FOUND|NOT_AUTHENTICATED)$/) } });
      if (who === "me" && closed && target === closed.id) expect(result).toMatchObject({ ok: false, error: { code: "CONFLICT", message: "Only an open request can be withdrawn." } });
      if (!result.ok) return;
      if (target === world.otherRequestId) {
        // Their own request: withdrawing it is theirs to do.
        expect(who).toBe("other");
        return;
      }
      expect({ who, target }).toEqual({ who: "me", target: open.id });
      const stored = await db().mentoringRequest.findUniqueOrThrow({ where: { id: open.id }, include: { events: true } });
      expect(stored.status).toBe("WITHDRAWN");
      expect(stored.closedAt).not.toBeNull();
      expect(stored.events.map((e) => e.kind)).toContain("withdrawn");
    }));
    expectBothPaths("withdrawRequestAction", tally);
  });

  it(`searchPeopleAction: any query finds only named, enabled, onboarded others, never a contact detail (${RUNS} runs)`, { timeout: TIMEOUT }, async () => {
    const world = await buildProfilesWorld();
    const everyone = await db().user.findMany({ select: { id: true, name: true, email: true, phone: true, disabledAt: true, profileCompletedAt: true } });
    const query = fc.oneof(
      { arbitrary: fc.constantFrom("Dr", "dr ", "mentee", "PEER", "Olu", "a", "%", "_", "\\", "%e%", "Dr_", "o'", "Dr Mia Mentee", "profiles.test", "0202"), weight: 3 },
      { arbitrary: typedText(0, 12), weight: 2 },
    );
    const input = fc.oneof({ arbitrary: fc.record({ query }), weight: 5 }, { arbitrary: anyValue, weight: 1 });
    const tally: Tally = {};
    await checkAsyncProperty("searchPeopleAction", RUNS, fc.asyncProperty(caller("me", "newcomer", "other"), input, async (who, raw) => {
      const { result } = await act(tally, world, who, searchPeopleAction, raw);
      if (!result.ok) return;
      const people = result.data as { id: string; name: string }[];
      const q = (raw as { query: string }).query.trim();
      expect(people.length).toBeLessThanOrEqual(10);
      const me = callerId(world, who);
      for (const person of people) {
        expect(Object.keys(person).sort()).toEqual(["grade", "id", "name", "region", "specialty"]);
        const row = everyone.find((u) => u.id === person.id)!;
        expect(row.id).not.toBe(me);
        expect(row.disabledAt).toBeNull();
        expect(row.profileCompletedAt).not.toBeNull();
        // Matches by name only (never by email or phone), with % _ and \ taken literally.
        expect(row.name!.toLowerCase()).toContain(q.toLowerCase());
      }
      // Nobody who should be found is missing (the world has fewer than 10 people).
      if (isStorable(q) && /^[\x20-\x7e]*$/.test(q)) {
        const expected = everyone.filter((u) => u.id !== me && !u.disabledAt && u.profileCompletedAt && u.name?.toLowerCase().includes(q.toLowerCase())).map((u) => u.id);
        expect(people.map((p) => p.id).sort()).toEqual(expected.sort());
      }
      const text = JSON.stringify(people);
      for (const u of everyone) {
        expect(text).not.toContain(u.email);
        if (u.phone) expect(text).not.toContain(u.phone);
      }
    }));
    expectBothPaths("searchPeopleAction", tally);
  });

  it(`removeExclusionAction and removeConflictAction: any person, any kind (${RUNS} runs)`, { timeout: TIMEOUT }, async () => {
    const world = await buildProfilesWorld();
    const { me, peer, other } = world.users;
    const person = fc.oneof({ arbitrary: fc.constantFrom(peer.id, other.id, me.id), weight: 4 }, { arbitrary: fc.string({ unit: "binary", maxLength: 70 }), weight: 1 });
    const input = fc.oneof(
      { arbitrary: fc.record({ personId: person, kind: fc.constantFrom(...CONFLICT_KINDS, "FRIEND") }), weight: 5 },
      { arbitrary: anyValue, weight: 1 },
    );
    const tally: Tally = {};
    await checkAsyncProperty("removeExclusionAction+removeConflictAction", RUNS, fc.asyncProperty(caller("me", "other"), fc.boolean(), input, async (who, exclusion, raw) => {
      await db().exclusion.createMany({ data: [{ ownerId: me.id, excludedId: peer.id }], skipDuplicates: true });
      await db().declaredConflict.createMany({ data: [{ declarerId: me.id, otherId: other.id, kind: "LINE_MANAGER" }], skipDuplicates: true });
      const { result } = await act(tally, world, who, exclusion ? removeExclusionAction : removeConflictAction, raw);
      const r = raw as { personId?: unknown; kind?: unknown };
      if (who === "me" && exclusion && r?.personId === peer.id) expect(result.ok).toBe(true);
      if (who === "me" && !exclusion && r?.personId === other.id && r.kind === "LINE_MANAGER") expect(result.ok).toBe(true);
      if (!result.ok) return;
      if (exclusion) expect(await db().exclusion.count({ where: { ownerId: callerId(world, who)!, excludedId: r.personId as string } })).toBe(0);
      else expect(await db().declaredConflict.count({ where: { declarerId: callerId(world, who)!, otherId: r.personId as string, kind: r.kind as never } })).toBe(0);
    }));
    expectBothPaths("removeExclusionAction+removeConflictAction", tally);
  });
});

describe("volunteering actions (property, real PostgreSQL)", () => {
  it(`saveOfferAction: arbitrary offers, capacity lowered below current mentees included (${RUNS} runs)`, { timeout: TIMEOUT }, async () => {
    const world = await buildProfilesWorld();
    const { me } = world.users;
    const tally: Tally = {};
    await checkAsyncProperty("saveOfferAction", RUNS, fc.asyncProperty(caller("me", "newcomer", "other"), actionInput(offerModel), async (who, input) => {
      const parsed = offerSchema.safeParse(input);
      const { result } = await act(tally, world, who, saveOfferAction, input);

      if (!parsed.success) expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
      if (who === "newcomer" && parsed.success) expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
      if (who === "me" && parsed.success) {
        const valid = parsed.data.developmentAreaIds.every((id) => AREA_IDS.has(id)) && parsed.data.acceptedGradeRanks.every((rank) => rank >= 1 && rank <= 12) && (parsed.data.mode === "MENTORING" || parsed.data.developmentAreaIds.length > 0);
        expect(result.ok, JSON.stringify(result)).toBe(valid);
      }
      // Lowering capacity (even to 0) never drops a current mentee.
      const mine = await db().relationship.findMany({ where: { id: { in: world.myMenteeRelationshipIds } }, select: { status: true } });
      expect(mine.map((r) => r.status)).toEqual(["ACTIVE", "ACTIVE"]);
      if (!result.ok || !parsed.success) return;

      const offer = await db().volunteerOffer.findUniqueOrThrow({ where: { userId_mode: { userId: callerId(world, who)!, mode: parsed.data.mode } }, include: { areas: true } });
      expect(offer.capacity).toBe(parsed.data.capacity + 0); // -0 is stored as 0
      expect(Number.isInteger(offer.capacity) && offer.capacity >= 0 && offer.capacity <= 10).toBe(true);
      expect(offer.acceptedGradeRanks).toEqual([...new Set(parsed.data.acceptedGradeRanks)].sort((a, b) => a - b));
      expect(offer.areas.map((a) => a.developmentAreaId).sort()).toEqual([...new Set(parsed.data.developmentAreaIds)].sort());
      expect(offer.meetingMode).toBe(parsed.data.meetingMode);
      if (who === "me") expect(await db().relationship.count({ where: { mentorId: me.id, status: "ACTIVE" } })).toBe(2);
    }));
    expectBothPaths("saveOfferAction", tally);
  });

  it(`withdrawOfferAction: any mode, offered or not (${RUNS} runs)`, { timeout: TIMEOUT }, async () => {
    const world = await buildProfilesWorld();
    const { me } = world.users;
    const input = fc.oneof({ arbitrary: fc.record({ mode: fc.constantFrom("MENTORING", "COACHING", "mentoring") }), weight: 5 }, { arbitrary: anyValue, weight: 1 });
    const tally: Tally = {};
    await checkAsyncProperty("withdrawOfferAction", RUNS, fc.asyncProperty(caller("me", "newcomer", "other"), fc.boolean(), input, async (who, offered, raw) => {
      if (offered) await db().volunteerOffer.upsert({ where: { userId_mode: { userId: me.id, mode: "MENTORING" } }, create: { userId: me.id, mode: "MENTORING", capacity: 1 }, update: {} });
      const { result } = await act(tally, world, who, withdrawOfferAction, raw);
      if (who === "me" && offered && (raw as { mode?: unknown })?.mode === "MENTORING") expect(result.ok).toBe(true);
      expect(await db().relationship.count({ where: { id: { in: world.myMenteeRelationshipIds }, status: "ACTIVE" } })).toBe(2);
      if (!result.ok) return;
      expect(await db().volunteerOffer.count({ where: { userId: callerId(world, who)!, mode: (raw as { mode: "MENTORING" | "COACHING" }).mode } })).toBe(0);
    }));
    expectBothPaths("withdrawOfferAction", tally);
  });
});

describe("equality actions (property, real PostgreSQL)", () => {
  it(`saveEqualityAction: nothing is stored without explicit consent, and never on the profile (${RUNS} runs)`, { timeout: TIMEOUT }, async () => {
    const world = await buildProfilesWorld();
    const tally: Tally = {};
    await checkAsyncProperty("saveEqualityAction", RUNS, fc.asyncProperty(caller("me", "newcomer"), fc.boolean(), actionInput(equalityModel), async (who, fresh, input) => {
      if (fresh) await db().equalityData.deleteMany({ where: { userId: world.users.me.id } });
      const parsed = equalitySchema.safeParse(input);
      const { result, before, after } = await act(tally, world, who, saveEqualityAction, input);

      if ((input as { consent?: unknown } | null)?.consent !== true) expect(result.ok).toBe(false);
      if (who === "me" || who === "newcomer") expect(result.ok).toBe(parsed.success);
      if (!result.ok || !parsed.success) return;
      const id = callerId(world, who)!;
      const stored = await db().equalityData.findUniqueOrThrow({ where: { userId: id } });
      const { consent: _consent, ...answers } = parsed.data;
      expect(stored).toMatchObject(answers);
      // Stored apart from the profile: the member's User row is untouched.
      const { added, removed } = diff(before, after);
      expect([...added, ...removed].filter((row) => row.table === "User")).toEqual([]);
      // The audit log records consent, never the answers.
      for (const row of added.filter((r) => r.table === "AuditLog")) expect(JSON.parse(row.json)).toMatchObject({ action: "equality.consented", data: {} });
    }));
    expectBothPaths("saveEqualityAction", tally);
  });

  it(`withdrawEqualityAction: withdrawal deletes the caller's answers and nobody else's (${RUNS} runs)`, { timeout: TIMEOUT }, async () => {
    const world = await buildProfilesWorld();
    const { me, other } = world.users;
    const input = fc.oneof(fc.constantFrom(undefined, {}), anyValue);
    const tally: Tally = {};
    await checkAsyncProperty("withdrawEqualityAction", RUNS, fc.asyncProperty(caller("me", "newcomer"), fc.boolean(), input, async (who, consented, raw) => {
      if (consented) await db().equalityData.upsert({ where: { userId: me.id }, create: { userId: me.id, consentedAt: new Date(), gender: "Woman", ethnicity: "Marker" }, update: {} });
      const { result } = await act(tally, world, who, withdrawEqualityAction, raw);
      if (who === "me" && (raw === undefined || (typeof raw === "object" && raw !== null && !Array.isArray(raw) && Object.keys(raw).length === 0 && Object.getPrototypeOf(raw) === Object.prototype))) expect(result.ok).toBe(true);
      expect(await db().equalityData.count({ where: { userId: other.id } })).toBe(1);
      if (!result.ok) return;
      expect(await db().equalityData.count({ where: { userId: callerId(world, who)! } })).toBe(0);
    }));
    expectBothPaths("withdrawEqualityAction", tally);
  });
});
