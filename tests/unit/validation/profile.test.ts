import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MEETING_MODES } from "@/lib/validation/common";
import { onboardingSchema, PREFERRED_TIMES, profileSchema } from "@/lib/validation/profile";
import { onboardingModel, profileModel } from "./models";
import { actionInput, checkProperty, isStorable, isTrimmed } from "./property";

const RUNS = 1000;

type Onboarding = ReturnType<typeof onboardingSchema.parse>;
type Profile = ReturnType<typeof profileSchema.parse>;

function expectOnboardingInvariants(value: Onboarding) {
  expect(value.name.length >= 2 && value.name.length <= 100 && isTrimmed(value.name) && isStorable(value.name)).toBe(true);
  for (const id of [value.careerGradeId, value.specialtyId, value.regionId]) expect(id.length >= 1 && id.length <= 64 && isStorable(id)).toBe(true);
  // Every member names an employer: chosen from the list or typed.
  expect(value.employerId !== null || value.employerOther !== null).toBe(true);
  if (value.employerOther !== null) expect(value.employerOther.length <= 120 && isStorable(value.employerOther)).toBe(true);
}

function expectProfileInvariants(value: Profile) {
  expectOnboardingInvariants(value);
  expect(value.gmcNumber === null || /^[0-9]{7}$/.test(value.gmcNumber)).toBe(true);
  expect(value.phone === null || (/^\+?[0-9 ()-]{7,20}$/.test(value.phone) && value.phone.replace(/\D/g, "").length >= 7)).toBe(true);
  expect(value.bio === null || (value.bio.length <= 1000 && isStorable(value.bio))).toBe(true);
  expect(value.interests.length).toBeLessThanOrEqual(10);
  for (const interest of value.interests) expect(interest.length >= 1 && interest.length <= 40 && isTrimmed(interest) && isStorable(interest)).toBe(true);
  expect(MEETING_MODES).toContain(value.meetingMode);
  expect(value.availabilityHoursPerMonth === null || (Number.isInteger(value.availabilityHoursPerMonth) && value.availabilityHoursPerMonth >= 0 && value.availabilityHoursPerMonth <= 40)).toBe(true);
  for (const time of value.preferredTimes) expect(PREFERRED_TIMES).toContain(time);
}

describe("onboarding and profile schemas (property)", () => {
  it(`onboardingSchema: never throws; what it accepts has a name, three reference ids and an employer; parsing it again changes nothing (${RUNS} runs)`, () => {
    checkProperty("onboardingSchema", RUNS, fc.property(actionInput(onboardingModel), (input) => {
      const result = onboardingSchema.safeParse(input);
      if (!result.success) {
        expect(result.error.issues.length).toBeGreaterThan(0);
        return;
      }
      expectOnboardingInvariants(result.data);
      // The form sends the schema's output to the server action, which parses it again.
      expect(onboardingSchema.parse(result.data)).toEqual(result.data);
    }));
  });

  it(`profileSchema: never throws; GMC is exactly 7 digits or null, hours 0–40 or null, ≤10 interests…; parsing it again changes nothing (${RUNS} runs)`, () => {
    checkProperty("profileSchema", RUNS, fc.property(actionInput(profileModel), (input) => {
      const result = profileSchema.safeParse(input);
      if (!result.success) {
        // Every refusal names a field, so the form can show it there.
        for (const issue of result.error.issues) expect(typeof issue.message).toBe("string");
        return;
      }
      expectProfileInvariants(result.data);
      expect(profileSchema.parse(result.data)).toEqual(result.data);
    }));
  });
});

const valid = {
  name: "Dr Sam Newcomer",
  careerGradeId: "grade-ct1",
  specialtyId: "spec-old-age",
  regionId: "region-wales",
  employerId: "employer-05",
  employerOther: "",
  meetingMode: "EITHER",
};

describe("onboarding and profile schemas (examples)", () => {
  it("accepts a complete onboarding form, with the employer typed instead of chosen", () => {
    expect(onboardingSchema.parse(valid)).toMatchObject({ name: "Dr Sam Newcomer", employerId: "employer-05", employerOther: null });
    expect(onboardingSchema.parse({ ...valid, employerId: "", employerOther: " A GP surgery " })).toMatchObject({ employerId: null, employerOther: "A GP surgery" });
  });

  it("asks for the employer when neither is given, on the employer field", () => {
    const result = onboardingSchema.safeParse({ ...valid, employerId: "", employerOther: "  " });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["employerId"], message: "Choose your employer, or type it if it is not listed." })]);
  });

  it("asks for each missing field by name", () => {
    const result = onboardingSchema.safeParse({});
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(messages).toMatchObject({ name: "Enter your name.", careerGradeId: "Choose your career grade.", specialtyId: "Choose your specialty.", regionId: "Choose your region." });
  });

  it("GMC numbers: exactly 7 ASCII digits; blank is none", () => {
    const gmc = (gmcNumber: unknown) => profileSchema.safeParse({ ...valid, gmcNumber });
    expect(gmc("1234567").data?.gmcNumber).toBe("1234567");
    expect(gmc(" 1234567 ").data?.gmcNumber).toBe("1234567");
    expect(gmc("").data?.gmcNumber).toBeNull();
    for (const bad of ["123456", "12345678", "123 4567", "１２３４５６７", "١٢٣٤٥٦٧", "1234567\u0000", 1234567]) {
      expect(gmc(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(gmc("123456").error?.issues[0].message).toBe("A GMC number is 7 digits.");
  });

  it("phone numbers need at least 7 digits", () => {
    const phone = (value: unknown) => profileSchema.safeParse({ ...valid, phone: value });
    expect(phone("020 7946 0018").data?.phone).toBe("020 7946 0018");
    expect(phone("+44 (0)20 7946-0018").success).toBe(true);
    expect(phone("-------").error?.issues[0].message).toBe("Enter a phone number, like 020 7946 0018.");
    expect(phone("(((((((").success).toBe(false);
    expect(phone("12345").success).toBe(false);
  });

  it("hours a month: blank is none, whole numbers 0–40 only, and nothing else is coerced", () => {
    const hours = (value: unknown) => profileSchema.safeParse({ ...valid, availabilityHoursPerMonth: value });
    expect(hours("").data?.availabilityHoursPerMonth).toBeNull();
    expect(hours("  ").data?.availabilityHoursPerMonth).toBeNull();
    expect(hours(undefined).data?.availabilityHoursPerMonth).toBeNull();
    expect(hours("12").data?.availabilityHoursPerMonth).toBe(12);
    expect(hours(0).data?.availabilityHoursPerMonth).toBe(0);
    expect(hours("2.5").error?.issues[0].message).toBe("Enter whole hours.");
    expect(hours(41).error?.issues[0].message).toBe("At most 40 hours a month.");
    expect(hours(-1).error?.issues[0].message).toBe("Hours cannot be negative.");
    // These used to become 0, 1, 5 and 10 through Number(value).
    for (const loose of [[], true, [5], "1e1"]) expect(hours(loose).success, JSON.stringify(loose)).toBe(false);
    // …and this one used to throw out of safeParse, which the server action turned into a 500.
    expect(() => hours(JSON.parse('{"valueOf":1,"toString":1}'))).not.toThrow();
    expect(hours(JSON.parse('{"valueOf":1,"toString":1}')).success).toBe(false);
  });

  it("interests: typed as a comma list or sent as an array; at most 10 of at most 40 characters", () => {
    const interests = (value: unknown) => profileSchema.safeParse({ ...valid, interests: value });
    expect(interests("psychosis, , medical education,").data?.interests).toEqual(["psychosis", "medical education"]);
    expect(interests(["research"]).data?.interests).toEqual(["research"]);
    expect(interests(undefined).data?.interests).toEqual([]);
    expect(interests(Array.from({ length: 11 }, (_, i) => `topic ${i}`)).error?.issues[0].message).toBe("List at most 10 interests.");
    expect(interests(["x".repeat(41)]).error?.issues[0].message).toBe("Each interest must be at most 40 characters.");
    expect(interests(["a\u0000b"]).success).toBe(false);
  });

  it("preferred times come from the list", () => {
    expect(profileSchema.safeParse({ ...valid, preferredTimes: ["weekends"] }).success).toBe(true);
    expect(profileSchema.safeParse({ ...valid, preferredTimes: ["nights"] }).error?.issues[0].message).toBe("Choose from the listed times.");
  });

  it("names, bios and typed employers refuse NUL bytes (PostgreSQL cannot store them)", () => {
    expect(profileSchema.safeParse({ ...valid, name: "Dr A\u0000B" }).success).toBe(false);
    expect(profileSchema.safeParse({ ...valid, bio: "Hello\u0000" }).success).toBe(false);
    expect(profileSchema.safeParse({ ...valid, employerId: null, employerOther: "Trust\u0000" }).success).toBe(false);
    expect(profileSchema.safeParse({ ...valid, bio: "Line one\nLine two" }).data?.bio).toBe("Line one\nLine two");
  });
});
