import "server-only";
import { requireUser, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { z } from "zod";
import type { onboardingSchema, Profile } from "@/lib/validation/profile";

export interface MyProfileDto {
  email: string;
  name: string | null;
  careerGradeId: string | null;
  specialtyId: string | null;
  regionId: string | null;
  employerId: string | null;
  employerOther: string | null;
  interests: string[];
  gmcNumber: string | null;
  bio: string | null;
  phone: string | null;
  meetingMode: "ONLINE" | "IN_PERSON" | "EITHER";
  availabilityHoursPerMonth: number | null;
  preferredTimes: string[];
  profileCompleted: boolean;
}

export async function getMyProfile(actor: Actor | null): Promise<MyProfileDto> {
  const user = requireUser(actor);
  const row = await db().user.findUniqueOrThrow({
    where: { id: user.id },
    select: {
      email: true, name: true, careerGradeId: true, specialtyId: true, regionId: true, employerId: true, employerOther: true,
      interests: true, gmcNumber: true, bio: true, phone: true, meetingMode: true, availabilityHoursPerMonth: true,
      preferredTimes: true, profileCompletedAt: true,
    },
  });
  const { profileCompletedAt, ...rest } = row;
  return { ...rest, profileCompleted: profileCompletedAt !== null };
}

type OnboardingData = z.output<typeof onboardingSchema>;

/** Reference ids must name active rows; otherwise the form gets a field error and nothing is saved. */
async function checkReferences(input: Pick<OnboardingData, "careerGradeId" | "specialtyId" | "regionId" | "employerId">) {
  const client = db();
  const [grade, specialty, region, employer] = await Promise.all([
    client.careerGrade.findFirst({ where: { id: input.careerGradeId, active: true }, select: { id: true } }),
    client.specialty.findFirst({ where: { id: input.specialtyId, active: true }, select: { id: true } }),
    client.region.findFirst({ where: { id: input.regionId, active: true }, select: { id: true } }),
    input.employerId ? client.employer.findFirst({ where: { id: input.employerId, active: true }, select: { id: true } }) : Promise.resolve({ id: null }),
  ]);
  const fieldErrors: Record<string, string[]> = {};
  if (!grade) fieldErrors.careerGradeId = ["Choose a career grade from the list."];
  if (!specialty) fieldErrors.specialtyId = ["Choose a specialty from the list."];
  if (!region) fieldErrors.regionId = ["Choose a region from the list."];
  if (!employer) fieldErrors.employerId = ["Choose an employer from the list, or type it."];
  if (Object.keys(fieldErrors).length) throw new ValidationError("Please correct the highlighted fields.", fieldErrors);
}

export async function completeOnboarding(actor: Actor | null, input: OnboardingData) {
  const user = requireUser(actor);
  await checkReferences(input);
  await db().user.update({
    where: { id: user.id },
    // Sent again after completion (a second tab, a replayed POST), it must not move the completion date.
    data: { ...input, employerOther: input.employerId ? null : input.employerOther, profileCompletedAt: user.profileCompleted ? undefined : new Date() },
  });
}

export async function saveMyProfile(actor: Actor | null, input: Profile) {
  const user = requireUser(actor);
  await checkReferences(input);
  try {
    await db().user.update({
      where: { id: user.id },
      data: {
        ...input,
        employerOther: input.employerId ? null : input.employerOther,
        profileCompletedAt: user.profileCompleted ? undefined : new Date(),
      },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ValidationError("Please correct the highlighted fields.", { gmcNumber: ["Another member already uses this GMC number."] });
    }
    throw error;
  }
}
