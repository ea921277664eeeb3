// Test data builders. Each accepts overrides; defaults are valid and unique per call.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

let sequence = 0;
const next = () => ++sequence;

export async function createMember(overrides: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const n = next();
  return db().user.create({
    data: {
      email: `member${n}@test.example`,
      name: `Dr Test Member ${n}`,
      careerGradeId: "grade-ct1",
      specialtyId: "spec-general-adult",
      regionId: "region-london",
      employerId: "employer-05",
      profileCompletedAt: new Date(),
      ...overrides,
    },
  });
}

export function createAdmin(overrides: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  return createMember({ role: "ADMIN", careerGradeId: "grade-cons", name: "Dr Programme Lead", ...overrides });
}

export async function createOffer(userId: string, overrides: Partial<Prisma.VolunteerOfferUncheckedCreateInput> = {}) {
  return db().volunteerOffer.create({ data: { userId, mode: "MENTORING", capacity: 2, ...overrides } });
}

export async function createRequest(menteeId: string, overrides: Partial<Prisma.MentoringRequestUncheckedCreateInput> = {}) {
  const now = Date.now();
  return db().mentoringRequest.create({
    data: {
      menteeId,
      mode: "MENTORING",
      aims: "Find my feet in a new post.",
      expiresAt: new Date(now + 90 * 24 * 3600 * 1000),
      ...overrides,
    },
  });
}
