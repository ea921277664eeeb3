import "server-only";
// A person's own data, exportable and erasable (UK GDPR rights of access and erasure).
import { recordAudit } from "@/lib/audit";
import { requireAdmin, requireUser, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";

/**
 * Everything the programme holds about the caller, as JSON. Other people appear by name only;
 * their contact details and their private notes are never included.
 */
export async function exportMyData(actor: Actor | null) {
  const user = requireUser(actor);
  const client = db();
  const name = { select: { name: true } } as const;
  const [profile, equality, offers, requests, exclusions, conflicts, relationships, notes, feedback, groups] = await Promise.all([
    client.user.findUniqueOrThrow({
      where: { id: user.id },
      select: {
        email: true, name: true, createdAt: true, profileCompletedAt: true, gmcNumber: true, bio: true, phone: true, interests: true, meetingMode: true,
        availabilityHoursPerMonth: true, preferredTimes: true, emailOptOuts: true, employerOther: true,
        careerGrade: name, specialty: name, region: name, employer: name,
      },
    }),
    client.equalityData.findUnique({ where: { userId: user.id }, select: { consentedAt: true, gender: true, ethnicity: true, ethnicMinority: true, imgStatus: true, disability: true } }),
    client.volunteerOffer.findMany({ where: { userId: user.id }, select: { mode: true, capacity: true, acceptedGradeRanks: true, meetingMode: true, areas: { select: { developmentArea: name } } } }),
    client.mentoringRequest.findMany({
      where: { menteeId: user.id },
      select: { mode: true, aims: true, status: true, createdAt: true, closedAt: true, developmentArea: name, events: { select: { at: true, detail: true } } },
    }),
    client.exclusion.findMany({ where: { ownerId: user.id }, select: { excluded: name, createdAt: true } }),
    client.declaredConflict.findMany({ where: { declarerId: user.id }, select: { other: name, kind: true, createdAt: true } }),
    client.relationship.findMany({
      where: { OR: [{ menteeId: user.id }, { mentorId: user.id }] },
      select: {
        mode: true, status: true, startedAt: true, endedAt: true, endReason: true, menteeId: true, mentee: name, mentor: name, developmentArea: name, coachingOutcome: true,
        goals: { select: { title: true, measure: true, status: true, progress: true, targetDate: true } },
        checkIns: { select: { status: true, scheduledAt: true, occurredAt: true, durationMinutes: true, summary: true } },
      },
    }),
    client.note.findMany({ where: { authorId: user.id }, select: { body: true, visibility: true, createdAt: true } }),
    client.feedback.findMany({ where: { authorId: user.id }, select: { satisfaction: true, wouldRecommend: true, comment: true, createdAt: true } }),
    client.peerGroupMember.findMany({ where: { userId: user.id }, select: { joinedAt: true, group: { select: { name: true, kind: true } } } }),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    profile,
    equalityMonitoring: equality,
    volunteering: offers,
    requests,
    neverMatchWith: exclusions,
    declaredConflicts: conflicts,
    relationships: relationships.map(({ menteeId, mentee, mentor, ...r }) => ({ ...r, myRole: menteeId === user.id ? "mentee" : "mentor or coach", with: (menteeId === user.id ? mentor : mentee).name })),
    myNotes: notes,
    myFeedback: feedback,
    peerGroups: groups,
  };
}

/**
 * Erases a person: their profile becomes an anonymous placeholder (so the programme's counts and
 * the other person's record of a past relationship still add up), and everything personal goes:
 * equality data, sessions, offers, exclusions and conflicts, their notes, open requests and
 * unsent mail. Active relationships must be ended first. The member may erase themselves; the
 * programme lead may erase anyone. The audit row keeps only the person's id.
 */
export async function eraseMember(actor: Actor | null, input: { userId: string }) {
  const caller = input.userId === actor?.id ? requireUser(actor) : requireAdmin(actor);
  const { userId } = input;
  await db().$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true } });
    if (!target) throw new NotFoundError("No such member.");
    if (target.role === "ADMIN" && caller.id === userId) throw new ConflictError("A programme lead cannot erase their own account: ask another lead to remove your role first.");
    const active = await tx.relationship.count({ where: { status: "ACTIVE", OR: [{ menteeId: userId }, { mentorId: userId }] } });
    if (active > 0) throw new ConflictError("End your active mentoring or coaching relationships first, so the other person is told.");

    await tx.mentoringRequest.updateMany({ where: { menteeId: userId, status: "OPEN" }, data: { status: "WITHDRAWN", closedAt: new Date() } });
    await tx.proposal.updateMany({ where: { OR: [{ mentorId: userId }, { request: { menteeId: userId } }], status: { in: ["PROPOSED", "AWAITING_MENTOR"] } }, data: { status: "WITHDRAWN" } });
    await tx.mentoringRequest.updateMany({ where: { menteeId: userId }, data: { aims: "(erased)" } });
    await tx.session.deleteMany({ where: { userId } });
    await tx.account.deleteMany({ where: { userId } });
    await tx.equalityData.deleteMany({ where: { userId } });
    await tx.volunteerOffer.deleteMany({ where: { userId } });
    await tx.exclusion.deleteMany({ where: { OR: [{ ownerId: userId }, { excludedId: userId }] } });
    await tx.declaredConflict.deleteMany({ where: { OR: [{ declarerId: userId }, { otherId: userId }] } });
    await tx.note.deleteMany({ where: { authorId: userId } });
    await tx.feedback.updateMany({ where: { authorId: userId }, data: { comment: null } });
    await tx.peerGroupMember.deleteMany({ where: { userId } });
    await tx.shortlistChoice.deleteMany({ where: { mentorId: userId } });
    await tx.emailMessage.deleteMany({ where: { userId, status: { not: "SENT" } } });
    await tx.user.update({
      where: { id: userId },
      data: {
        email: `erased-${userId}@erased.invalid`,
        name: "Erased member",
        role: "MEMBER",
        disabledAt: new Date(),
        emailVerified: null,
        image: null,
        gmcNumber: null,
        bio: null,
        phone: null,
        interests: [],
        preferredTimes: [],
        employerId: null,
        employerOther: null,
        availabilityHoursPerMonth: null,
        emailOptOuts: [],
      },
    });
    await recordAudit(tx, { actorId: caller.id === userId ? null : caller.id, action: "member.erased", entityType: "User", entityId: userId });
  });
}
