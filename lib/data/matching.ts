import "server-only";
// The thin loader between the database and the pure matching engine: rows in, engine inputs out.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
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

/** What a mentee and a mentor share in the engine's eyes: who, how they meet, where they stand. */
interface ProfileFacts {
  personId: string;
  mode: Mode;
  gradeRank: number | null;
  specialtyId: string | null;
  specialtyName: string | null;
  regionId: string | null;
  regionName: string | null;
  employerId: string | null;
  meetingMode: MentorInput["meetingMode"];
}

/** The engine's profile fields, or null when the profile lacks a grade, specialty or region. */
function toProfile(row: ProfileFacts): Pick<MenteeInput, keyof ProfileFacts> | null {
  const { personId, mode, gradeRank, specialtyId, specialtyName, regionId, regionName, employerId, meetingMode } = row;
  if (gradeRank === null || !specialtyId || !specialtyName || !regionId || !regionName) return null;
  return { personId, mode, gradeRank, specialtyId, specialtyName, regionId, regionName, employerId, meetingMode };
}

/**
 * One request as the engine needs it (see selectMenteeRows). The lists are person ids; `refused`
 * are mentors who already said no to this request, were rejected by the lead for it, or let its
 * proposal lapse.
 */
type MenteeRow = MenteeFacts & Record<MenteeList, string[]>;

interface MenteeFacts extends ProfileFacts {
  requestId: string;
  createdAt: Date;
  specialtyPreference: "SAME" | "DIFFERENT" | "ANY";
  regionPreference: "SAME" | "DIFFERENT" | "ANY";
  wantsIndependence: boolean;
  preferGender: string | null;
  preferEthnicMinority: boolean;
  preferImgExperience: boolean;
  areaId: string | null;
  areaName: string | null;
  disabled: boolean;
}

const MENTEE_LISTS = ["refused", "exclusionsMade", "exclusionsOf", "conflictsDeclared", "conflictsOf", "endedWith"] as const;
type MenteeList = (typeof MENTEE_LISTS)[number];

/**
 * The requests matching `where` (over "MentoringRequest" r and its mentee "User" u), oldest
 * first, in two statements: the requests with their profiles, then every list entry of all of
 * them at once. Prisma's nested selects took 650–900 ms for a national round's 8,000 requests
 * (ten follow-up queries binding 8,000 ids each); this about 250 ms. The lists come from one
 * table each, joined to the ids unnested (`= ANY` of 8,000 ids cost 120 ms of planning), and the
 * reverse lookups (excludedId, otherId) have indexes, so no plan can turn into a scan per
 * request: one statement joining every list to the requests took 23–29 s on freshly loaded, not
 * yet analysed tables (decision 0009).
 * tests/integration/matching/loaders.test.ts pins every field.
 */
async function selectMenteeRows(client: Client, where: Prisma.Sql): Promise<MenteeRow[]> {
  // One after the other: `client` may be a transaction, whose one connection takes one query at a time.
  const facts = await client.$queryRaw<MenteeFacts[]>`
    SELECT r."id" AS "requestId", r."mode"::text AS "mode", r."createdAt", r."specialtyPreference"::text AS "specialtyPreference",
      r."regionPreference"::text AS "regionPreference", r."meetingMode"::text AS "meetingMode", r."wantsIndependence",
      r."preferGender", r."preferEthnicMinority", r."preferImgExperience", a."id" AS "areaId", a."name" AS "areaName",
      u."id" AS "personId", u."employerId", u."disabledAt" IS NOT NULL AS "disabled", g."rank" AS "gradeRank",
      s."id" AS "specialtyId", s."name" AS "specialtyName", rg."id" AS "regionId", rg."name" AS "regionName"
    FROM "MentoringRequest" r
    JOIN "User" u ON u."id" = r."menteeId"
    LEFT JOIN "CareerGrade" g ON g."id" = u."careerGradeId"
    LEFT JOIN "Specialty" s ON s."id" = u."specialtyId"
    LEFT JOIN "Region" rg ON rg."id" = u."regionId"
    LEFT JOIN "DevelopmentArea" a ON a."id" = r."developmentAreaId"
    WHERE ${where}
    ORDER BY r."createdAt", r."id"`;
  if (facts.length === 0) return [];
  const requestIds = facts.map((f) => f.requestId);
  const people = [...new Set(facts.map((f) => f.personId))];
  const entries = await client.$queryRaw<{ list: MenteeList; key: string; id: string }[]>`
    WITH requests AS (SELECT unnest(${requestIds}::text[]) AS "id"), people AS (SELECT unnest(${people}::text[]) AS "id")
    SELECT 'refused' AS "list", p."requestId" AS "key", p."mentorId" AS "id" FROM "Proposal" p JOIN requests ON requests."id" = p."requestId"
      WHERE p."status" IN ('REJECTED', 'DECLINED', 'EXPIRED')
    UNION ALL SELECT 'exclusionsMade', e."ownerId", e."excludedId" FROM "Exclusion" e JOIN people ON people."id" = e."ownerId"
    UNION ALL SELECT 'exclusionsOf', e."excludedId", e."ownerId" FROM "Exclusion" e JOIN people ON people."id" = e."excludedId"
    UNION ALL SELECT 'conflictsDeclared', d."declarerId", d."otherId" FROM "DeclaredConflict" d JOIN people ON people."id" = d."declarerId"
    UNION ALL SELECT 'conflictsOf', d."otherId", d."declarerId" FROM "DeclaredConflict" d JOIN people ON people."id" = d."otherId"
    UNION ALL SELECT 'endedWith', x."menteeId", x."mentorId" FROM "Relationship" x JOIN people ON people."id" = x."menteeId" WHERE x."status" = 'ENDED'
    ORDER BY 3`;
  const lists = new Map<string, string[]>();
  for (const e of entries) {
    const k = `${e.list}:${e.key}`;
    const list = lists.get(k);
    if (list) list.push(e.id);
    else lists.set(k, [e.id]);
  }
  return facts.map((f) => {
    const row = { ...f } as MenteeRow;
    for (const list of MENTEE_LISTS) row[list] = lists.get(`${list}:${list === "refused" ? f.requestId : f.personId}`) ?? [];
    return row;
  });
}

function toMenteeInput(row: MenteeRow): MenteeInput | null {
  const profile = toProfile(row);
  if (!profile) return null;
  return {
    requestId: row.requestId,
    ...profile,
    developmentAreaId: row.areaId,
    developmentAreaName: row.areaName,
    specialtyPreference: row.specialtyPreference,
    regionPreference: row.regionPreference === "DIFFERENT" ? "OTHER" : row.regionPreference,
    wantsIndependence: row.wantsIndependence,
    // Mentors who already refused this request are not proposed for it again.
    excludedPersonIds: [...new Set([...row.exclusionsMade, ...row.exclusionsOf, ...row.refused])],
    conflictPersonIds: [...new Set([...row.conflictsDeclared, ...row.conflictsOf])],
    previousPartnerIds: [...new Set(row.endedWith)],
    repeatAllowedPartnerIds: [],
    waitingSinceMs: row.createdAt.getTime(),
    consentedPreferences: {
      ...(row.preferGender ? { gender: row.preferGender } : {}),
      ...(row.preferEthnicMinority ? { ethnicMinorityMentor: true } : {}),
      ...(row.preferImgExperience ? { imgExperience: true } : {}),
    },
  };
}

/** The requests a round matches: open, mentee enabled, not waiting for a mentor's answer, within the filters. */
function roundRequests(filters: RoundFilters): Prisma.Sql {
  const conditions = [
    Prisma.sql`r."status" = 'OPEN' AND u."disabledAt" IS NULL`,
    // A request already waiting for a mentor's answer is not matched again meanwhile.
    Prisma.sql`NOT EXISTS (SELECT 1 FROM "Proposal" p WHERE p."requestId" = r."id" AND p."status" = 'AWAITING_MENTOR')`,
  ];
  if (filters.mode) conditions.push(Prisma.sql`r."mode"::text = ${filters.mode}`);
  if (filters.regionId) conditions.push(Prisma.sql`u."regionId" = ${filters.regionId}`);
  if (filters.careerGradeIds?.length) conditions.push(Prisma.sql`u."careerGradeId" = ANY(${filters.careerGradeIds}::text[])`);
  return Prisma.join(conditions, " AND ");
}

export async function loadMentees(client: Client, filters: RoundFilters): Promise<MenteeInput[]> {
  const rows = await selectMenteeRows(client, roundRequests(filters));
  return rows.flatMap((row) => toMenteeInput(row) ?? []);
}

export async function loadMenteeForRequest(client: Client, requestId: string): Promise<MenteeInput | null> {
  const [row] = await selectMenteeRows(client, Prisma.sql`r."id" = ${requestId}`);
  return row ? toMenteeInput(row) : null;
}

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
  const rows = await selectMenteeRows(client, Prisma.sql`r."id" = ANY(${requestIds}::text[])`);
  return new Map(rows.map((row) => [row.requestId, { mentee: toMenteeInput(row), disabled: row.disabled }]));
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
  // Joined to the distinct ids unnested: a round passes every volunteer, and `= ANY` of thousands of ids is slow to plan.
  const rows = await client.$queryRaw<{ mentorId: string; mode: Mode; taken: number }[]>`
    WITH mentors AS (SELECT DISTINCT unnest(${mentorIds}::text[]) AS "id")
    SELECT "mentorId", "mode"::text AS "mode", count(*)::int AS "taken" FROM (
      SELECT x."mentorId", x."mode" FROM "Relationship" x JOIN mentors ON mentors."id" = x."mentorId" WHERE x."status" = 'ACTIVE'
      UNION ALL
      SELECT p."mentorId", p."mode" FROM "Proposal" p JOIN mentors ON mentors."id" = p."mentorId"
      WHERE p."status" = 'AWAITING_MENTOR' AND NOT (p."id" = ANY(${excludingProposalIds}::text[]))
    ) AS held
    GROUP BY 1, 2`;
  return new Map(rows.map((row) => [placeKey(row.mentorId, row.mode), row.taken]));
}

/** One volunteer offer as the engine needs it (see loadMentors). */
interface OfferRow extends ProfileFacts {
  capacity: number;
  acceptedGradeRanks: number[];
  areaIds: string[];
  areaNames: string[];
  excluded: string[];
  conflicts: string[];
  /** Null without consented equality data (the row exists only with consent). */
  gender: string | null;
  ethnicMinority: boolean | null;
  imgStatus: boolean | null;
  hasEquality: boolean;
}

/**
 * Every volunteer offer as the engine sees it, of enabled members, by person then mode, with the
 * places taken counted by countTakenPlaces. One statement and the count, like selectMenteeRows:
 * Prisma's nested selects and two grouped counts took 450–650 ms for 4,000 offers.
 * `countTaken: false` leaves every activeCount at 0 and skips the count: for callers that check
 * capacity themselves, under the offer lock (approving proposals).
 */
export async function loadMentors(client: Client, filter: { mode?: Mode; personIds?: string[]; countTaken?: boolean } = {}): Promise<MentorInput[]> {
  const conditions = [Prisma.sql`u."disabledAt" IS NULL`];
  if (filter.mode) conditions.push(Prisma.sql`o."mode"::text = ${filter.mode}`);
  if (filter.personIds) conditions.push(Prisma.sql`o."userId" = ANY(${filter.personIds}::text[])`);
  const rows = await client.$queryRaw<OfferRow[]>`
    WITH chosen AS (
      SELECT o.* FROM "VolunteerOffer" o JOIN "User" u ON u."id" = o."userId" WHERE ${Prisma.join(conditions, " AND ")}
    ),
    people AS (SELECT DISTINCT "userId" AS "id" FROM chosen),
    areas AS (
      SELECT va."offerId" AS "id", array_agg(a."id" ORDER BY a."id") AS ids, array_agg(a."name" ORDER BY a."id") AS names
      FROM "VolunteerOfferArea" va JOIN chosen ON chosen."id" = va."offerId" JOIN "DevelopmentArea" a ON a."id" = va."developmentAreaId" GROUP BY 1
    ),
    made AS (SELECT e."ownerId" AS "id", array_agg(e."excludedId" ORDER BY e."excludedId") AS ids FROM "Exclusion" e JOIN people ON people."id" = e."ownerId" GROUP BY 1),
    declared AS (SELECT d."declarerId" AS "id", array_agg(d."otherId" ORDER BY d."otherId") AS ids FROM "DeclaredConflict" d JOIN people ON people."id" = d."declarerId" GROUP BY 1)
    SELECT o."userId" AS "personId", o."mode"::text AS "mode", o."capacity", o."acceptedGradeRanks", o."meetingMode"::text AS "meetingMode",
      u."employerId", g."rank" AS "gradeRank", s."id" AS "specialtyId", s."name" AS "specialtyName", rg."id" AS "regionId", rg."name" AS "regionName",
      COALESCE(areas.ids, '{}') AS "areaIds", COALESCE(areas.names, '{}') AS "areaNames",
      COALESCE(made.ids, '{}') AS "excluded", COALESCE(declared.ids, '{}') AS "conflicts",
      eq."gender", eq."ethnicMinority", eq."imgStatus", eq."userId" IS NOT NULL AS "hasEquality"
    FROM chosen o
    JOIN "User" u ON u."id" = o."userId"
    LEFT JOIN "CareerGrade" g ON g."id" = u."careerGradeId"
    LEFT JOIN "Specialty" s ON s."id" = u."specialtyId"
    LEFT JOIN "Region" rg ON rg."id" = u."regionId"
    LEFT JOIN "EqualityData" eq ON eq."userId" = u."id"
    LEFT JOIN areas ON areas."id" = o."id"
    LEFT JOIN made ON made."id" = u."id"
    LEFT JOIN declared ON declared."id" = u."id"
    ORDER BY o."userId", o."mode"`;
  const taken = filter.countTaken === false ? new Map<string, number>() : await countTakenPlaces(client, rows.map((row) => row.personId));

  return rows.flatMap((row): MentorInput[] => {
    const profile = toProfile(row);
    if (!profile) return [];
    return [
      {
        ...profile,
        capacity: row.capacity,
        activeCount: taken.get(placeKey(row.personId, row.mode)) ?? 0,
        acceptedGradeRanks: row.acceptedGradeRanks,
        developmentAreaIds: row.areaIds,
        developmentAreaNames: Object.fromEntries(row.areaIds.map((id, k) => [id, row.areaNames[k]])),
        excludedPersonIds: row.excluded,
        conflictPersonIds: row.conflicts,
        // Only equality data the volunteer consented to share.
        attributes: row.hasEquality
          ? {
              ...(row.gender ? { gender: row.gender } : {}),
              ...(row.ethnicMinority !== null ? { ethnicMinority: row.ethnicMinority } : {}),
              ...(row.imgStatus !== null ? { imgExperience: row.imgStatus } : {}),
            }
          : {},
      },
    ];
  });
}
