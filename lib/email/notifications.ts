import "server-only";
// What domain code calls to send a notification: one function per event, taking the caller's
// transaction and the id of the row the event is about. Each loads what its template needs
// through the same transaction (so the email describes exactly the state being committed),
// renders it, and writes it to the outbox under a key that makes it unique. Calling one twice
// for the same event is harmless: the second call finds the key taken and does nothing.
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isEssentialKind } from "./kinds";
import type { RenderContext } from "./layout";
import { appLink, EMAIL_PATHS } from "./links";
import { addDays, isoWeekKey, londonDateKey, londonParts, startOfLondonDay } from "./london-time";
import { enqueueEmail, enqueueEmails, unsubscribeUrlFor, type EnqueueResult, type OutboxEmail } from "./outbox";
import {
  checkInCancelledEmail,
  checkInDueEmail,
  checkInOverdueEmail,
  checkInScheduledEmail,
  matchConfirmedEmail,
  mentoringNudgeEmail,
  proposalToMentorEmail,
  relationshipEndedEmail,
  requestExpiredEmail,
  requestExpiringEmail,
  requestReceivedEmail,
  weeklyDigestEmail,
  type EmailTemplate,
} from "./templates";

type Tx = Prisma.TransactionClient;

interface Recipient {
  id: string;
  email: string;
  name: string | null;
}

const person = { select: { id: true, email: true, name: true } } as const;
const personWithContact = {
  select: { id: true, email: true, name: true, phone: true, careerGrade: { select: { name: true } }, specialty: { select: { name: true } } },
} as const;

/** Renders a template for one member as an outbox email. */
function renderTemplate<Input>(template: EmailTemplate<Input>, recipient: Recipient, key: string, input: Input): OutboxEmail {
  const { NEXTAUTH_URL } = env();
  const ctx: RenderContext = {
    appUrl: NEXTAUTH_URL,
    preferencesUrl: appLink(NEXTAUTH_URL, EMAIL_PATHS.emailPreferences),
    unsubscribeUrl: isEssentialKind(template.kind) ? undefined : unsubscribeUrlFor(recipient.id, template.kind),
  };
  const rendered = template.render(input, ctx);
  return { key, kind: template.kind, userId: recipient.id, to: recipient.email, ...rendered };
}

/** Renders a template for one member and writes it to the outbox. */
export async function enqueueTemplate<Input>(tx: Tx, template: EmailTemplate<Input>, recipient: Recipient, key: string, input: Input): Promise<EnqueueResult> {
  return enqueueEmail(tx, renderTemplate(template, recipient, key, input));
}

// ───────────────────────── requests ─────────────────────────

/** To the mentee, when they submit a request. */
export async function notifyRequestReceived(tx: Tx, requestId: string): Promise<EnqueueResult> {
  const request = await tx.mentoringRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: { id: true, mode: true, expiresAt: true, mentee: person, developmentArea: { select: { name: true } } },
  });
  return enqueueTemplate(tx, requestReceivedEmail, request.mentee, `request-received:${request.id}`, {
    recipientName: request.mentee.name,
    mode: request.mode,
    developmentArea: request.developmentArea?.name ?? null,
    expiresAt: request.expiresAt,
  });
}

/** To the mentee, once per expiry date (an extended request gets a new warning). Used by the sweep. */
export async function notifyRequestExpiring(tx: Tx, requestId: string): Promise<EnqueueResult> {
  const request = await tx.mentoringRequest.findUniqueOrThrow({ where: { id: requestId }, select: { id: true, mode: true, expiresAt: true, mentee: person } });
  return enqueueTemplate(tx, requestExpiringEmail, request.mentee, `request-expiring:${request.id}:${request.expiresAt.toISOString()}`, {
    recipientName: request.mentee.name,
    mode: request.mode,
    expiresAt: request.expiresAt,
  });
}

/** To the mentee, when their request expires. Used by the sweep. */
export async function notifyRequestExpired(tx: Tx, requestId: string): Promise<EnqueueResult> {
  const request = await tx.mentoringRequest.findUniqueOrThrow({ where: { id: requestId }, select: { id: true, mode: true, mentee: person } });
  return enqueueTemplate(tx, requestExpiredEmail, request.mentee, `request-expired:${request.id}`, { recipientName: request.mentee.name, mode: request.mode });
}

// ───────────────────────── matching ─────────────────────────

/**
 * To each mentor, when the programme lead approves their proposal (status AWAITING_MENTOR): one
 * approval or a step of "approve all", in a fixed number of queries, results in order.
 */
export async function notifyProposalsToMentors(tx: Tx, proposalIds: string[]): Promise<EnqueueResult[]> {
  const proposals = await tx.proposal.findMany({
    where: { id: { in: proposalIds } },
    select: {
      id: true,
      mode: true,
      mentorRespondBy: true,
      mentor: person,
      request: {
        select: {
          developmentArea: { select: { name: true } },
          mentee: { select: { careerGrade: { select: { name: true } }, specialty: { select: { name: true } }, region: { select: { name: true } } } },
        },
      },
    },
  });
  const byId = new Map(proposals.map((p) => [p.id, p]));
  const emails = proposalIds.map((id) => {
    const proposal = byId.get(id);
    if (!proposal) throw new Error(`No proposal ${id} to tell its mentor about.`);
    const mentee = proposal.request.mentee;
    return renderTemplate(proposalToMentorEmail, proposal.mentor, `proposal-to-mentor:${proposal.id}`, {
      recipientName: proposal.mentor.name,
      proposalId: proposal.id,
      mode: proposal.mode,
      mentee: { grade: mentee.careerGrade?.name ?? null, specialty: mentee.specialty?.name ?? null, region: mentee.region?.name ?? null },
      developmentArea: proposal.request.developmentArea?.name ?? null,
      respondBy: proposal.mentorRespondBy,
    });
  });
  return enqueueEmails(tx, emails);
}

/** To both people, when a relationship starts: the introduction, with each other's contact details. */
export async function notifyMatchConfirmed(tx: Tx, relationshipId: string): Promise<EnqueueResult[]> {
  const relationship = await tx.relationship.findUniqueOrThrow({
    where: { id: relationshipId },
    select: { id: true, mode: true, mentee: personWithContact, mentor: personWithContact, developmentArea: { select: { name: true } } },
  });
  const sides = [
    { recipient: relationship.mentee, other: relationship.mentor, role: "MENTEE" as const },
    { recipient: relationship.mentor, other: relationship.mentee, role: "MENTOR" as const },
  ];
  const results: EnqueueResult[] = [];
  for (const { recipient, other, role } of sides) {
    results.push(
      await enqueueTemplate(tx, matchConfirmedEmail, recipient, `match-confirmed:${relationship.id}:${recipient.id}`, {
        recipientName: recipient.name,
        relationshipId: relationship.id,
        mode: relationship.mode,
        role,
        other: { name: other.name, email: other.email, phone: other.phone, grade: other.careerGrade?.name ?? null, specialty: other.specialty?.name ?? null },
        developmentArea: relationship.developmentArea?.name ?? null,
      }),
    );
  }
  return results;
}

// ───────────────────────── check-ins ─────────────────────────

async function loadScheduledCheckIn(tx: Tx, checkInId: string) {
  const checkIn = await tx.checkIn.findUniqueOrThrow({
    where: { id: checkInId },
    select: {
      id: true,
      status: true,
      scheduledAt: true,
      durationMinutes: true,
      meetingMode: true,
      sessionNumber: true,
      updatedAt: true,
      relationship: { select: { id: true, mode: true, mentee: person, mentor: person } },
    },
  });
  if (!checkIn.scheduledAt) throw new Error(`Check-in ${checkInId} has no scheduled time.`);
  const { mentee, mentor } = checkIn.relationship;
  const pairs = [
    { recipient: mentee, other: mentor },
    { recipient: mentor, other: mentee },
  ];
  return { ...checkIn, scheduledAt: checkIn.scheduledAt, pairs };
}

// SEQUENCE must grow each time the event changes; seconds since 2025 grow with every edit and
// stay within a 32-bit integer until 2093.
const SEQUENCE_EPOCH = Date.UTC(2025, 0, 1);

/**
 * To both people, when a check-in is booked or moved, with the .ics attached. The key includes the
 * time, so moving a check-in sends a new invitation that updates the same calendar entry (same UID).
 */
/** The input both check-in calendar emails share: the same UID, and a SEQUENCE that grows with every edit. */
function calendarInput(checkIn: Awaited<ReturnType<typeof loadScheduledCheckIn>>, recipient: Recipient, other: { name: string | null }) {
  const host = new URL(env().NEXTAUTH_URL).hostname || "localhost";
  return {
    recipientName: recipient.name,
    otherName: other.name,
    relationshipId: checkIn.relationship.id,
    mode: checkIn.relationship.mode,
    scheduledAt: checkIn.scheduledAt,
    durationMinutes: checkIn.durationMinutes ?? 60,
    meetingMode: checkIn.meetingMode,
    sessionNumber: checkIn.sessionNumber,
    calendar: {
      uid: `check-in-${checkIn.id}@${host}`,
      sequence: Math.max(0, Math.floor((checkIn.updatedAt.getTime() - SEQUENCE_EPOCH) / 1000)),
      stamp: checkIn.updatedAt,
    },
  };
}

export async function notifyCheckInScheduled(tx: Tx, checkInId: string): Promise<EnqueueResult[]> {
  const checkIn = await loadScheduledCheckIn(tx, checkInId);
  const results: EnqueueResult[] = [];
  for (const { recipient, other } of checkIn.pairs) {
    results.push(
      await enqueueTemplate(tx, checkInScheduledEmail, recipient, `check-in-scheduled:${checkIn.id}:${checkIn.scheduledAt.toISOString()}:${recipient.id}`, calendarInput(checkIn, recipient, other)),
    );
  }
  return results;
}

/** To both people, when a booked check-in is cancelled (by one of them, or because the relationship ended). */
export async function notifyCheckInCancelled(tx: Tx, checkInId: string): Promise<EnqueueResult[]> {
  const checkIn = await loadScheduledCheckIn(tx, checkInId);
  const results: EnqueueResult[] = [];
  for (const { recipient, other } of checkIn.pairs) {
    const input = calendarInput(checkIn, recipient, other);
    // Strictly above any invitation sent for this check-in, even one from the same second.
    input.calendar.sequence += 1;
    results.push(await enqueueTemplate(tx, checkInCancelledEmail, recipient, `check-in-cancelled:${checkIn.id}:${recipient.id}`, input));
  }
  return results;
}

/** To both people, the day before a check-in. Used by the sweep (lib/jobs/sweeps.ts). */
export async function notifyCheckInDue(tx: Tx, checkInId: string): Promise<EnqueueResult[]> {
  const checkIn = await loadScheduledCheckIn(tx, checkInId);
  const results: EnqueueResult[] = [];
  for (const { recipient, other } of checkIn.pairs) {
    results.push(
      await enqueueTemplate(tx, checkInDueEmail, recipient, `check-in-due:${checkIn.id}:${checkIn.scheduledAt.toISOString()}:${recipient.id}`, {
        recipientName: recipient.name,
        otherName: other.name,
        relationshipId: checkIn.relationship.id,
        mode: checkIn.relationship.mode,
        scheduledAt: checkIn.scheduledAt,
        meetingMode: checkIn.meetingMode,
      }),
    );
  }
  return results;
}

/** To both people, when a booked check-in was neither logged nor cancelled. Used by the sweep. */
export async function notifyCheckInOverdue(tx: Tx, checkInId: string): Promise<EnqueueResult[]> {
  const checkIn = await loadScheduledCheckIn(tx, checkInId);
  const results: EnqueueResult[] = [];
  for (const { recipient, other } of checkIn.pairs) {
    results.push(
      await enqueueTemplate(tx, checkInOverdueEmail, recipient, `check-in-overdue:${checkIn.id}:${checkIn.scheduledAt.toISOString()}:${recipient.id}`, {
        recipientName: recipient.name,
        otherName: other.name,
        relationshipId: checkIn.relationship.id,
        mode: checkIn.relationship.mode,
        scheduledAt: checkIn.scheduledAt,
      }),
    );
  }
  return results;
}

// ───────────────────────── relationships ─────────────────────────

/**
 * To both people in a quiet mentoring pair. The key holds the London date of the last activity,
 * so each new quiet spell gets one nudge and the same spell never gets two. Used by the sweep.
 */
export async function notifyMentoringNudge(tx: Tx, relationshipId: string): Promise<EnqueueResult[]> {
  const relationship = await tx.relationship.findUniqueOrThrow({
    where: { id: relationshipId },
    select: { id: true, lastActivityAt: true, mentee: person, mentor: person },
  });
  const since = londonDateKey(relationship.lastActivityAt);
  const results: EnqueueResult[] = [];
  for (const [recipient, other] of [
    [relationship.mentee, relationship.mentor],
    [relationship.mentor, relationship.mentee],
  ] as const) {
    results.push(
      await enqueueTemplate(tx, mentoringNudgeEmail, recipient, `mentoring-nudge:${relationship.id}:${since}:${recipient.id}`, {
        recipientName: recipient.name,
        otherName: other.name,
        relationshipId: relationship.id,
        lastActivityAt: relationship.lastActivityAt,
      }),
    );
  }
  return results;
}

/** To both people, when either ends the relationship: a thank-you and the feedback link. */
export async function notifyRelationshipEnded(tx: Tx, relationshipId: string): Promise<EnqueueResult[]> {
  const relationship = await tx.relationship.findUniqueOrThrow({
    where: { id: relationshipId },
    select: { id: true, mode: true, endedAt: true, endedById: true, mentee: person, mentor: person },
  });
  const endedAt = relationship.endedAt ?? new Date();
  const results: EnqueueResult[] = [];
  for (const [recipient, other, role] of [
    [relationship.mentee, relationship.mentor, "MENTEE"],
    [relationship.mentor, relationship.mentee, "MENTOR"],
  ] as const) {
    results.push(
      await enqueueTemplate(tx, relationshipEndedEmail, recipient, `relationship-ended:${relationship.id}:${recipient.id}`, {
        recipientName: recipient.name,
        otherName: other.name,
        relationshipId: relationship.id,
        mode: relationship.mode,
        role,
        endedByRecipient: relationship.endedById === recipient.id,
        endedAt,
      }),
    );
  }
  return results;
}

// ───────────────────────── programme lead ─────────────────────────

/** The Monday digest for one programme lead; one per ISO week (London). Used by the sweep. */
export async function notifyWeeklyDigest(tx: Tx, adminId: string, now: Date): Promise<EnqueueResult> {
  const admin = await tx.user.findUniqueOrThrow({ where: { id: adminId }, select: { id: true, email: true, name: true } });
  const settings = await tx.programmeSettings.findUnique({ where: { id: 1 }, select: { stalledAfterDays: true } });
  const stalledAfterDays = settings?.stalledAfterDays ?? 112;
  const local = londonParts(now);
  const monday = addDays(local, -(local.weekday - 1));
  const week = isoWeekKey(local);
  // One after another: the queries share the transaction's single connection.
  const pendingApprovals = await tx.proposal.count({ where: { status: "PROPOSED" } });
  const awaitingMentor = await tx.proposal.count({ where: { status: "AWAITING_MENTOR" } });
  const openRequests = await tx.mentoringRequest.count({ where: { status: "OPEN" } });
  const stalledBefore = new Date(now.getTime() - stalledAfterDays * 86_400_000);
  const stalledPairs = await tx.relationship.count({ where: { status: "ACTIVE", lastActivityAt: { lt: stalledBefore } } });
  const failedEmails = await tx.emailMessage.count({ where: { status: "FAILED" } });
  return enqueueTemplate(tx, weeklyDigestEmail, admin, `weekly-digest:${week}:${admin.id}`, {
    recipientName: admin.name,
    week,
    weekStarting: startOfLondonDay(monday),
    pendingApprovals,
    awaitingMentor,
    openRequests,
    stalledPairs,
    stalledAfterDays,
    failedEmails,
  });
}
