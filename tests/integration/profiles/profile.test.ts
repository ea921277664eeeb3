// Onboarding and the profile: saved when valid, refused with a field error (and nothing saved)
// when not, and nobody else's contact details on the way.
import { afterEach, describe, expect, it, vi } from "vitest";
import { completeOnboardingAction, saveProfileAction } from "@/lib/actions/profile";
import { searchPeopleAction } from "@/lib/actions/requests";
import { db } from "@/lib/db";
import { callAs, signInAs } from "./support/actions";
import { diff, snapshotAll } from "./support/db-state";
import { buildProfilesWorld } from "./support/world";
import { renderPage, session } from "../../support/next-request";

vi.mock("next/headers", async () => (await import("../../support/next-request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("../../support/next-request")).nextCacheMock);
afterEach(() => {
  session.token = undefined;
});

const ONBOARDING = { name: "Dr Sam Newcomer", careerGradeId: "grade-ct1", specialtyId: "spec-old-age", regionId: "region-wales", employerId: "", employerOther: "Powys Teaching Health Board" };
const PROFILE = {
  name: "Dr Mia Mentee",
  careerGradeId: "grade-st6",
  specialtyId: "spec-general-adult",
  regionId: "region-london",
  employerId: "employer-05",
  employerOther: "",
  interests: "psychosis, medical education",
  gmcNumber: "2345678",
  bio: "Higher trainee, interested in early intervention.",
  phone: "020 7946 0101",
  meetingMode: "ONLINE",
  availabilityHoursPerMonth: "4",
  preferredTimes: ["weekday evenings"],
};

async function expectNothingChanged(attempt: () => Promise<unknown>) {
  const before = await snapshotAll();
  await attempt();
  expect(diff(before, await snapshotAll())).toEqual({ added: [], removed: [] });
}

describe("onboarding", () => {
  it("a new member completes the short profile; the typed employer is kept and the profile is marked complete", async () => {
    const world = await buildProfilesWorld();
    expect(await callAs(world, "newcomer", completeOnboardingAction, ONBOARDING)).toEqual({ ok: true, data: undefined });
    const stored = await db().user.findUniqueOrThrow({ where: { id: world.users.newcomer.id } });
    expect(stored).toMatchObject({ name: "Dr Sam Newcomer", careerGradeId: "grade-ct1", specialtyId: "spec-old-age", regionId: "region-wales", employerId: null, employerOther: "Powys Teaching Health Board" });
    expect(stored.profileCompletedAt).toBeInstanceOf(Date);
  });

  it("sent again after completion, it updates the details but keeps the date the profile was completed", async () => {
    const world = await buildProfilesWorld();
    const { profileCompletedAt } = await db().user.findUniqueOrThrow({ where: { id: world.users.me.id } });
    expect((await callAs(world, "me", completeOnboardingAction, { ...ONBOARDING, name: "Dr Mia Renamed" })).ok).toBe(true);
    expect(await db().user.findUniqueOrThrow({ where: { id: world.users.me.id } })).toMatchObject({ name: "Dr Mia Renamed", profileCompletedAt });
  });

  it("unknown or retired reference data is a field error, and nothing is saved", async () => {
    const world = await buildProfilesWorld();
    await db().region.update({ where: { id: "region-wales" }, data: { active: false } });
    await expectNothingChanged(async () => {
      const result = await callAs(world, "newcomer", completeOnboardingAction, { ...ONBOARDING, careerGradeId: "grade-nope", employerId: "employer-nope" });
      expect(result).toEqual({
        ok: false,
        error: {
          code: "VALIDATION",
          message: "Please correct the highlighted fields.",
          fieldErrors: { careerGradeId: ["Choose a career grade from the list."], regionId: ["Choose a region from the list."], employerId: ["Choose an employer from the list, or type it."] },
        },
      });
    });
  });

  it("a NUL byte in the name is a field error, not a server error", async () => {
    const world = await buildProfilesWorld();
    await expectNothingChanged(async () => {
      expect(await callAs(world, "newcomer", completeOnboardingAction, { ...ONBOARDING, name: "Dr Sam\u0000Newcomer" })).toMatchObject({
        ok: false,
        error: { code: "VALIDATION", fieldErrors: { name: ["Your name contains a character that is not allowed."] } },
      });
    });
  });
});

describe("the profile", () => {
  it("saves every field as parsed", async () => {
    const world = await buildProfilesWorld();
    expect(await callAs(world, "me", saveProfileAction, PROFILE)).toEqual({ ok: true, data: undefined });
    expect(await db().user.findUniqueOrThrow({ where: { id: world.users.me.id } })).toMatchObject({
      interests: ["psychosis", "medical education"],
      gmcNumber: "2345678",
      phone: "020 7946 0101",
      meetingMode: "ONLINE",
      availabilityHoursPerMonth: 4,
      preferredTimes: ["weekday evenings"],
      employerOther: null,
    });
  });

  it("another member's GMC number is a field error; nothing is saved", async () => {
    const world = await buildProfilesWorld();
    await expectNothingChanged(async () => {
      expect(await callAs(world, "me", saveProfileAction, { ...PROFILE, gmcNumber: "7654321" })).toMatchObject({
        ok: false,
        error: { code: "VALIDATION", fieldErrors: { gmcNumber: ["Another member already uses this GMC number."] } },
      });
    });
  });

  it("invalid fields are refused with their messages, whatever else is valid; nothing is saved", async () => {
    const world = await buildProfilesWorld();
    await expectNothingChanged(async () => {
      const result = await callAs(world, "me", saveProfileAction, { ...PROFILE, gmcNumber: "123", phone: "-------", availabilityHoursPerMonth: "", bio: "x".repeat(1001) });
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: "VALIDATION",
          fieldErrors: { gmcNumber: ["A GMC number is 7 digits."], phone: ["Enter a phone number, like 020 7946 0018."], bio: ["Your bio must be at most 1000 characters."] },
        },
      });
      // An object that cannot become a number used to throw out of the schema: a 500.
      expect(await callAs(world, "me", saveProfileAction, { ...PROFILE, availabilityHoursPerMonth: JSON.parse('{"valueOf":1,"toString":1}') })).toMatchObject({
        ok: false,
        error: { code: "VALIDATION", fieldErrors: { availabilityHoursPerMonth: ["Enter a number of hours."] } },
      });
    });
  });

  it("the profile page shows the member's own email, and nobody else's contact details", async () => {
    const world = await buildProfilesWorld();
    signInAs(world, "me");
    await db().exclusion.create({ data: { ownerId: world.users.me.id, excludedId: world.users.peer.id } });
    await db().declaredConflict.create({ data: { declarerId: world.users.me.id, otherId: world.users.other.id, kind: "LINE_MANAGER" } });
    const text = await renderPage("app/(member)/profile/page.tsx");
    expect(text).toContain(world.users.me.email);
    expect(text).toContain("Dr Pat Peer");
    for (const person of [world.users.peer, world.users.other]) {
      expect(text).not.toContain(person.email);
      expect(text).not.toContain(person.phone!);
    }
  });

  it("searching people by name, or by a piece of an email address or phone number, never returns a contact detail", async () => {
    const world = await buildProfilesWorld();
    for (const query of ["Dr", "profiles.test", "other@", "0202", "%%", "__"]) {
      const result = await callAs(world, "me", searchPeopleAction, { query });
      if (!result.ok) throw new Error(JSON.stringify(result));
      for (const person of result.data) expect(Object.keys(person).sort()).toEqual(["grade", "id", "name", "region", "specialty"]);
      const text = JSON.stringify(result.data);
      expect(text).not.toMatch(/@|0202|7946/);
      if (query !== "Dr") expect(result.data, `"${query}" matches names only, literally`).toEqual([]);
    }
    const found = await callAs(world, "me", searchPeopleAction, { query: "dr o" });
    expect(found).toEqual({ ok: true, data: [{ id: world.users.other.id, name: "Dr Olu Other", grade: "CONS", specialty: "General Adult", region: "London" }] });
  });
});
