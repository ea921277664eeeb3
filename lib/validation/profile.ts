import { z } from "zod";
import { isStorableText, meetingModeSchema, numberFromInput, optionalId, optionalText, requiredId, requiredText } from "./common";

export const PREFERRED_TIMES = ["weekday mornings", "weekday lunchtimes", "weekday afternoons", "weekday evenings", "weekends"] as const;

const employerFields = {
  employerId: optionalId,
  employerOther: optionalText(120, "Employer"),
};

const requireEmployer = <T extends { employerId: string | null; employerOther: string | null }>(value: T, ctx: z.RefinementCtx) => {
  if (!value.employerId && !value.employerOther) {
    ctx.addIssue({ code: "custom", path: ["employerId"], message: "Choose your employer, or type it if it is not listed." });
  }
};

/** The short profile every new member completes before anything else. */
export const onboardingSchema = z
  .object({
    name: requiredText(2, 100, "Your name"),
    careerGradeId: requiredId("your career grade"),
    specialtyId: requiredId("your specialty"),
    regionId: requiredId("your region"),
    ...employerFields,
  })
  .superRefine(requireEmployer);
export type OnboardingInput = z.input<typeof onboardingSchema>;

export const profileSchema = z
  .object({
    name: requiredText(2, 100, "Your name"),
    careerGradeId: requiredId("your career grade"),
    specialtyId: requiredId("your specialty"),
    regionId: requiredId("your region"),
    ...employerFields,
    // A form sends "a, b, c"; an API caller may send an array.
    interests: z.preprocess(
      (value) => (typeof value === "string" ? value.split(",").map((part) => part.trim()).filter(Boolean) : value ?? []),
      z
        .array(
          z
            .string()
            .trim()
            .min(1)
            .max(40, "Each interest must be at most 40 characters.")
            .refine(isStorableText, "An interest contains a character that is not allowed."),
        )
        .max(10, "List at most 10 interests."),
    ),
    gmcNumber: z
      .string()
      .trim()
      .nullish()
      .transform((value) => (value ? value : null))
      .refine((value) => value === null || /^\d{7}$/.test(value), "A GMC number is 7 digits."),
    bio: optionalText(1000, "Your bio"),
    phone: z
      .string()
      .trim()
      .nullish()
      .transform((value) => (value ? value : null))
      // Seven digits at least: "-------" fits the allowed characters but is not a number anyone can ring.
      .refine((value) => value === null || (/^\+?[0-9 ()-]{7,20}$/.test(value) && (value.match(/\d/g) ?? []).length >= 7), "Enter a phone number, like 020 7946 0018."),
    meetingMode: meetingModeSchema,
    // A blank field means "not said" (null). Only numbers and digit strings count: `Number(value)`
    // used to turn [] into 0, true into 1, and threw on { valueOf: 1, toString: 1 }.
    availabilityHoursPerMonth: z.preprocess(
      (value) => {
        const number = numberFromInput(value);
        return number === undefined || number === null || Number.isNaN(number) ? null : number;
      },
      z
        .number({ error: "Enter a number of hours." })
        .int("Enter whole hours.")
        .min(0, "Hours cannot be negative.")
        .max(40, "At most 40 hours a month.")
        .nullable(),
    ),
    preferredTimes: z.array(z.enum(PREFERRED_TIMES, { error: "Choose from the listed times." })).max(PREFERRED_TIMES.length).default([]),
  })
  .superRefine(requireEmployer);
export type ProfileInput = z.input<typeof profileSchema>;
export type Profile = z.output<typeof profileSchema>;
