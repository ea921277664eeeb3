// Builders for the email and reminder tests: pairs, check-ins, proposals and outbox rows.
// Each accepts overrides; defaults are valid.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EMAIL_KINDS, type EmailKind } from "@/lib/email/kinds";
import { enqueueEmail } from "@/lib/email/outbox";
import { createMember, createRequest } from "./index";

export async function createPair(
  overrides: {
    mentee?: Partial<Prisma.UserUncheckedCreateInput>;
    mentor?: Partial<Prisma.UserUncheckedCreateInput>;
    relationship?: Partial<Prisma.RelationshipUncheckedCreateInput>;
  } = {},
) {
  const mentee = await createMember({ careerGradeId: "grade-ct1", ...overrides.mentee });
  const mentor = await createMember({ careerGradeId: "grade-cons", ...overrides.mentor });
  const relationship = await db().relationship.create({
    data: { menteeId: mentee.id, mentorId: mentor.id, mode: "MENTORING", ...overrides.relationship },
  });
  return { mentee, mentor, relationship };
}

export function createCheckIn(relationshipId: string, createdById: string, overrides: Partial<Prisma.CheckInUncheckedCreateInput> = {}) {
  return db().checkIn.create({
    data: { relationshipId, createdById, status: "SCHEDULED", scheduledAt: new Date(Date.now() + 3 * 86_400_000), durationMinutes: 60, ...overrides },
  });
}

export async function createProposal(overrides: Partial<Prisma.ProposalUncheckedCreateInput> & { menteeOverrides?: Partial<Prisma.UserUncheckedCreateInput> } = {}) {
  const { menteeOverrides, ...rest } = overrides;
  const mentee = await createMember(menteeOverrides);
  const mentor = await createMember({ careerGradeId: "grade-cons" });
  const request = await createRequest(mentee.id);
  const proposal = await db().proposal.create({
    data: { requestId: request.id, mentorId: mentor.id, mode: "MENTORING", score: 80, explanation: {}, status: "AWAITING_MENTOR", ...rest },
  });
  return { mentee, mentor, request, proposal };
}

/** Writes `count` plain outbox rows (no member, so no opt-out lookups), each with its own key. */
export async function enqueueTestEmails(count: number, { prefix = "test", kind = EMAIL_KINDS.checkInDue as EmailKind } = {}) {
  const results = await db().$transaction(
    async (tx) => {
      const out = [];
      for (let i = 0; i < count; i++) {
        out.push(
          await enqueueEmail(tx, {
            key: `${prefix}:${i}`,
            kind,
            to: `recipient${i}@test.example`,
            subject: `Test email ${i}`,
            text: `Plain text of test email ${i}`,
            html: `<p>HTML of test email ${i}</p>`,
          }),
        );
      }
      return out;
    },
    { timeout: 60_000 },
  );
  return results.map((result) => {
    if (result.status !== "enqueued") throw new Error(`expected a new row, got ${result.status}`);
    return result.messageId;
  });
}
