import "server-only";
// The thin loader between the database and the pure matching engine: rows in, engine inputs out.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_WEIGHTS, validateWeights, type MatchingWeights, type MenteeInput, type MentorInput } from "@/lib/matching";

type Mode = "MENTORING" | "COACHING";
type Client = Prisma.TransactionClient | ReturnType<typeof db>;

export interface RoundFilters {
  mode?: Mode;
  regionId?: string;
  careerGradeIds?: string[];
}

/** Stored weights override the engine's defaults; an empty object means "the defaults". */
export function effectiveWeights(stored: unknown): MatchingWeights {
  if (!stored || (typeof stored === "object" && Object.keys(stored).length === 0)) return DEFAULT_WEIGHTS;
  const checked = validateWeights(stored);
  return checked.ok ? checked.weights : DEFAULT_WEIGHTS;
}

const menteeSelect = {
  id: true,
  mode: true,
  createdAt: true,
  specialtyPreference: true,
  regionPreference: true,
  meetingMode: true,
  wantsIndependence: true,
  preferGender: true,
  preferEthnicMinority: true,
  preferImgExperience: true,
  developmentArea: { select: { id: true, name: true } },
  proposals: { where: { status: { in: ["REJECTED", "DECLINED", "EXPIRED"] } }, select: { mentorId: true } },
  mentee: {
    select: {
      id: true,
      employerId: true,
      careerGrade: { select: { rank: true } },
      specialty: { select: { id: true, name: true } },
      region: { select: { id: true, name: true } },
      exclusionsMade: { select: { excludedId: true } },
      exclusionsOf: { select: { ownerId: true } },
      conflictsDeclared: { select: { otherId: true } },
      conflictsOf: { select: { declarerId: true } },
      menteeRelationships: { where: { status: "ENDED" }, select: { mentorId: true } },
    },
  },
} satisfies Prisma.MentoringRequestSelect;

type MenteeRow = Prisma.MentoringRequestGetPayload<{ select: typeof menteeSelect }>;

function toMenteeInput(row: MenteeRow): MenteeInput | null {
  const person = row.mentee;
  if (!person.careerGrade || !person.specialty || !person.region) return null;
  // Mentors who already said no, were rejected by the lead, or let the proposal lapse are not
  // proposed again for this request.
  const refused = row.proposals.map((p) => p.mentorId);
  return {
    requestId: row.id,
    personId: person.id,
    mode: row.mode,
    gradeRank: person.careerGrade.rank,
    specialtyId: person.specialty.id,
    specialtyName: person.specialty.name,
    regionId: person.region.id,
    regionName: person.region.name,
    employerId: person.employerId,
    meetingMode: row.meetingMode,
    developmentAreaId: row.developmentArea?.id ?? null,
    developmentAreaName: row.developmentArea?.name ?? null,
    specialtyPreference: row.specialtyPreference,
    regionPreference: row.regionPreference === "DIFFERENT" ? "OTHER" : row.regionPreference,
    wantsIndependence: row.wantsIndependence,
    excludedPersonIds: [...new Set([...person.exclusionsMade.map((e) => e.excludedId), ...person.exclusionsOf.map((e) => e.ownerId), ...refused])],
    conflictPersonIds: [...new Set([...person.conflictsDeclared.map((c) => c.otherId), ...person.conflictsOf.map((c) => c.declarerId)])],
    previousPartnerIds: [...new Set(person.menteeRelationships.map((r) => r.mentorId))],
    repeatAllowedPartnerIds: [],
    waitingSinceMs: row.createdAt.getTime(),
    consentedPreferences: {
      ...(row.preferGender ? { gender: row.preferGender } : {}),
      ...(row.preferEthnicMinority ? { ethnicMinorityMentor: true } : {}),
      ...(row.preferImgExperience ? { imgExperience: true } : {}),
    },
  };
}

function requestWhere(filters: RoundFilters): Prisma.MentoringRequestWhereInput {
  return {
    status: "OPEN",
    ...(filters.mode ? { mode: filters.mode } : {}),
    // A request already waiting for a mentor's answer is not matched again meanwhile.
    proposals: { none: { status: "AWAITING_MENTOR" } },
    mentee: {
      disabledAt: null,
      ...(filters.regionId ? { regionId: filters.regionId } : {}),
      ...(filters.careerGradeIds?.length ? { careerGradeId: { in: filters.careerGradeIds } } : {}),
    },
  };
}

export async function loadMentees(client: Client, filters: RoundFilters): Promise<MenteeInput[]> {
  const rows = await client.mentoringRequest.findMany({ where: requestWhere(filters), orderBy: { createdAt: "asc" }, select: menteeSelect });
  return rows.flatMap((row) => toMenteeInput(row) ?? []);
}

export async function loadMenteeForRequest(client: Client, requestId: string): Promise<MenteeInput | null> {
  const row = await client.mentoringRequest.findUnique({ where: { id: requestId }, select: menteeSelect });
  return row ? toMenteeInput(row) : null;
}

const decisionSelect = {
  ...menteeSelect,
  mentee: { select: { ...menteeSelect.mentee.select, disabledAt: true } },
} satisfies Prisma.MentoringRequestSelect;

export interface MenteeForDecision {
  /** Null when the profile is incomplete. */
  mentee: MenteeInput | null;
  disabled: boolean;
}

/**
 * For the lead's decisions: the request as the engine sees it and whether the mentee's account
 * is disabled, in one read. Null when no such request.
 */
export async function loadMenteeForDecision(client: Client, requestId: string): Promise<MenteeForDecision | null> {
  return (await loadMenteesForDecision(client, [requestId])).get(requestId) ?? null;
}

/** loadMenteeForDecision for many requests in one read, keyed by request id (missing ids are absent). */
export async function loadMenteesForDecision(client: Client, requestIds: string[]): Promise<Map<string, MenteeForDecision>> {
  const rows = await client.mentoringRequest.findMany({ where: { id: { in: requestIds } }, select: decisionSelect });
  return new Map(rows.map((row) => [row.id, { mentee: toMenteeInput(row), disabled: row.mentee.disabledAt !== null }]));
}

/** How taken places are keyed: one mentor's offer in one mode. */
export function placeKey(mentorId: string, mode: Mode): string {
  return `${mentorId}:${mode}`;
}

/**
 * Places taken per offer of these mentors (keyed by placeKey): active relationships plus approved
 * proposals waiting for the mentor's answer, leaving out the proposals in `excludingProposalIds`.
 */
export async function countTakenPlaces(client: Client, mentorIds: string[], excludingProposalIds: string[] = []): Promise<Map<string, number>> {
  // One after the other: `client` may be a transaction, whose one connection takes one query at a time.
  const active = await client.relationship.groupBy({ by: ["mentorId", "mode"], where: { status: "ACTIVE", mentorId: { in: mentorIds } }, _count: true });
  const awaiting = await client.proposal.groupBy({
    by: ["mentorId", "mode"],
    where: { status: "AWAITING_MENTOR", mentorId: { in: mentorIds }, ...(excludingProposalIds.length ? { id: { notIn: excludingProposalIds } } : {}) },
    _count: true,
  });
  const taken = new Map<string, number>();
  for (const row of [...active, ...awaiting]) taken.set(placeKey(row.mentorId, row.mode), (taken.get(placeKey(row.mentorId, row.mode)) ?? 0) + row._count);
  return taken;
}

/**
 * Every volunteer offer as the engine sees it. A place is taken by an active relationship or by
 * a proposal the lead approved that is waiting for the mentor's answer.
 */
export async function loadMentors(client: Client, filter: { mode?: Mode; personIds?: string[] } = {}): Promise<MentorInput[]> {
  const offers = await client.volunteerOffer.findMany({
    where: { ...(filter.mode ? { mode: filter.mode } : {}), ...(filter.personIds ? { userId: { in: filter.personIds } } : {}), user: { disabledAt: null } },
    orderBy: [{ userId: "asc" }, { mode: "asc" }],
    select: {
      mode: true,
      capacity: true,
      acceptedGradeRanks: true,
      meetingMode: true,
      areas: { select: { developmentArea: { select: { id: true, name: true } } } },
      user: {
        select: {
          id: true,
          employerId: true,
          careerGrade: { select: { rank: true } },
          specialty: { select: { id: true, name: true } },
          region: { select: { id: true, name: true } },
          exclusionsMade: { select: { excludedId: true } },
          conflictsDeclared: { select: { otherId: true } },
          equality: { select: { gender: true, ethnicMinority: true, imgStatus: true } },
        },
      },
    },
  });
  const taken = await countTakenPlaces(
    client,
    offers.map((o) => o.user.id),
  );

  return offers.flatMap((offer): MentorInput[] => {
    const person = offer.user;
    if (!person.careerGrade || !person.specialty || !person.region) return [];
    const equality = person.equality;
    return [
      {
        personId: person.id,
        mode: offer.mode,
        gradeRank: person.careerGrade.rank,
        specialtyId: person.specialty.id,
        specialtyName: person.specialty.name,
        regionId: person.region.id,
        regionName: person.region.name,
        employerId: person.employerId,
        meetingMode: offer.meetingMode,
        capacity: offer.capacity,
        activeCount: taken.get(placeKey(person.id, offer.mode)) ?? 0,
        acceptedGradeRanks: offer.acceptedGradeRanks,
        developmentAreaIds: offer.areas.map((a) => a.developmentArea.id),
        developmentAreaNames: Object.fromEntries(offer.areas.map((a) => [a.developmentArea.id, a.developmentArea.name])),
        excludedPersonIds: person.exclusionsMade.map((e) => e.excludedId),
        conflictPersonIds: person.conflictsDeclared.map((c) => c.otherId),
        // Only equality data the volunteer consented to share (the row exists only with consent).
        attributes: equality
          ? {
              ...(equality.gender ? { gender: equality.gender } : {}),
              ...(equality.ethnicMinority !== null ? { ethnicMinority: equality.ethnicMinority } : {}),
              ...(equality.imgStatus !== null ? { imgExperience: equality.imgStatus } : {}),
            }
          : {},
      },
    ];
  });
}
