import "server-only";
import { recordAudit } from "@/lib/audit";
import { requireMember, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { Offer } from "@/lib/validation/volunteering";

export interface OfferDto {
  mode: "MENTORING" | "COACHING";
  capacity: number;
  activeCount: number;
  acceptedGradeRanks: number[];
  developmentAreaIds: string[];
  meetingMode: "ONLINE" | "IN_PERSON" | "EITHER";
}

export async function getMyOffers(actor: Actor | null): Promise<OfferDto[]> {
  const user = requireMember(actor);
  const [offers, active] = await Promise.all([
    db().volunteerOffer.findMany({
      where: { userId: user.id },
      orderBy: { mode: "asc" },
      select: { mode: true, capacity: true, acceptedGradeRanks: true, meetingMode: true, areas: { select: { developmentAreaId: true } } },
    }),
    db().relationship.groupBy({ by: ["mode"], where: { mentorId: user.id, status: "ACTIVE" }, _count: true }),
  ]);
  return offers.map((offer) => ({
    mode: offer.mode,
    capacity: offer.capacity,
    activeCount: active.find((a) => a.mode === offer.mode)?._count ?? 0,
    acceptedGradeRanks: offer.acceptedGradeRanks,
    developmentAreaIds: offer.areas.map((a) => a.developmentAreaId),
    meetingMode: offer.meetingMode,
  }));
}

/**
 * Creates or updates the caller's offer for one mode. Lowering capacity never ends a current pair:
 * capacity only limits new matches (see the capacity check in lib/data/proposals.ts).
 */
export async function saveMyOffer(actor: Actor | null, input: Offer) {
  const user = requireMember(actor);
  const client = db();
  const [areas, grades] = await Promise.all([
    client.developmentArea.findMany({ where: { id: { in: input.developmentAreaIds }, active: true }, select: { id: true } }),
    client.careerGrade.findMany({ where: { rank: { in: input.acceptedGradeRanks } }, select: { rank: true } }),
  ]);
  const fieldErrors: Record<string, string[]> = {};
  if (areas.length !== new Set(input.developmentAreaIds).size) fieldErrors.developmentAreaIds = ["Choose development areas from the list."];
  if (grades.length !== new Set(input.acceptedGradeRanks).size) fieldErrors.acceptedGradeRanks = ["Choose grades from the list."];
  if (input.mode === "COACHING" && input.developmentAreaIds.length === 0) fieldErrors.developmentAreaIds = ["Coaches choose at least one development area they can help with."];
  if (Object.keys(fieldErrors).length) throw new ValidationError("Please correct the highlighted fields.", fieldErrors);

  await client.$transaction(async (tx) => {
    const offer = await tx.volunteerOffer.upsert({
      where: { userId_mode: { userId: user.id, mode: input.mode } },
      create: { userId: user.id, mode: input.mode, capacity: input.capacity, acceptedGradeRanks: [...new Set(input.acceptedGradeRanks)].sort((a, b) => a - b), meetingMode: input.meetingMode },
      update: { capacity: input.capacity, acceptedGradeRanks: [...new Set(input.acceptedGradeRanks)].sort((a, b) => a - b), meetingMode: input.meetingMode },
      select: { id: true },
    });
    await tx.volunteerOfferArea.deleteMany({ where: { offerId: offer.id } });
    await tx.volunteerOfferArea.createMany({ data: [...new Set(input.developmentAreaIds)].map((developmentAreaId) => ({ offerId: offer.id, developmentAreaId })) });
    await recordAudit(tx, { actorId: user.id, action: "offer.saved", entityType: "VolunteerOffer", entityId: offer.id, data: { mode: input.mode, capacity: input.capacity } });
  });
}

/** Stops volunteering in one mode. Current pairs carry on; only new matches stop. */
export async function withdrawMyOffer(actor: Actor | null, input: { mode: "MENTORING" | "COACHING" }) {
  const user = requireMember(actor);
  await db().$transaction(async (tx) => {
    const offer = await tx.volunteerOffer.findUnique({ where: { userId_mode: { userId: user.id, mode: input.mode } }, select: { id: true } });
    if (!offer) throw new NotFoundError("You are not volunteering for that.");
    await tx.volunteerOffer.delete({ where: { id: offer.id } });
    await recordAudit(tx, { actorId: user.id, action: "offer.withdrawn", entityType: "VolunteerOffer", entityId: offer.id, data: { mode: input.mode } });
  });
}
