import type { Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createAdmin, createMember, createOffer, createRequest } from "./index";

export function actorOf(user: { id: string; email: string; name: string | null; role: "MEMBER" | "ADMIN" }): Actor {
  return { id: user.id, email: user.email, name: user.name, role: user.role, profileCompleted: true };
}

export async function createLead() {
  const lead = await createAdmin();
  return { lead, actor: actorOf(lead) };
}

export async function createMentor(overrides: Partial<Prisma.UserUncheckedCreateInput> = {}, offer: Partial<Prisma.VolunteerOfferUncheckedCreateInput> = {}) {
  const mentor = await createMember({ careerGradeId: "grade-cons", ...overrides });
  await createOffer(mentor.id, { mode: "MENTORING", capacity: 1, ...offer });
  return { mentor, actor: actorOf(mentor) };
}

export async function createMentee(overrides: Partial<Prisma.UserUncheckedCreateInput> = {}, request: Partial<Prisma.MentoringRequestUncheckedCreateInput> = {}) {
  const mentee = await createMember({ careerGradeId: "grade-ct1", ...overrides });
  const created = await createRequest(mentee.id, request);
  return { mentee, request: created, actor: actorOf(mentee) };
}

export function createProposal(data: { requestId: string; mentorId: string; roundId?: string; mode?: "MENTORING" | "COACHING"; status?: Prisma.ProposalUncheckedCreateInput["status"]; mentorRespondBy?: Date }) {
  return db().proposal.create({
    data: { mode: "MENTORING", score: 10, explanation: { total: 10, rules: [], parts: [] }, ...data },
  });
}
