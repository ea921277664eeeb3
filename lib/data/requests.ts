import "server-only";
import { recordAudit } from "@/lib/audit";
import { isAdmin, requireMember, requireUser, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { getProgrammeSettings } from "@/lib/data/settings";
import { notifyRequestReceived } from "@/lib/email/notifications";
import type { RequestData } from "@/lib/validation/requests";

const DAY_MS = 24 * 60 * 60 * 1000;

type Mode = "MENTORING" | "COACHING";
type Status = "OPEN" | "MATCHED" | "WITHDRAWN" | "EXPIRED";

export interface RequestSummaryDto {
  id: string;
  mode: Mode;
  status: Status;
  area: string | null;
  createdAt: Date;
  expiresAt: Date;
  closedAt: Date | null;
}

export interface RequestDetailDto extends RequestSummaryDto {
  aims: string;
  specialtyPreference: "SAME" | "DIFFERENT" | "ANY";
  regionPreference: "SAME" | "DIFFERENT" | "ANY";
  meetingMode: "ONLINE" | "IN_PERSON" | "EITHER";
  wantsIndependence: boolean;
  isOwner: boolean;
  timeline: { at: Date; kind: string; detail: string | null }[];
}

const summarySelect = {
  id: true,
  mode: true,
  status: true,
  createdAt: true,
  expiresAt: true,
  closedAt: true,
  developmentArea: { select: { name: true } },
} satisfies Prisma.MentoringRequestSelect;

function toSummary(row: Prisma.MentoringRequestGetPayload<{ select: typeof summarySelect }>): RequestSummaryDto {
  const { developmentArea, ...rest } = row;
  return { ...rest, area: developmentArea?.name ?? null };
}

export async function listMyRequests(actor: Actor | null): Promise<RequestSummaryDto[]> {
  const user = requireUser(actor);
  const rows = await db().mentoringRequest.findMany({ where: { menteeId: user.id }, orderBy: { createdAt: "desc" }, select: summarySelect });
  return rows.map(toSummary);
}

/** The mentee sees their own request; the programme lead sees any. Others are told it does not exist. */
export async function getRequest(actor: Actor | null, requestId: string): Promise<RequestDetailDto> {
  const user = requireUser(actor);
  const row = await db().mentoringRequest.findUnique({
    where: { id: requestId },
    select: {
      ...summarySelect,
      menteeId: true,
      aims: true,
      specialtyPreference: true,
      regionPreference: true,
      meetingMode: true,
      wantsIndependence: true,
      events: { orderBy: { at: "asc" }, select: { at: true, kind: true, detail: true } },
    },
  });
  if (!row || (row.menteeId !== user.id && !isAdmin(user))) throw new NotFoundError("We could not find that request.");
  const { menteeId, events, aims, specialtyPreference, regionPreference, meetingMode, wantsIndependence, ...summary } = row;
  return {
    ...toSummary(summary),
    aims,
    specialtyPreference,
    regionPreference,
    meetingMode,
    wantsIndependence,
    isOwner: menteeId === user.id,
    timeline: events,
  };
}

async function checkRequestReferences(userId: string, input: RequestData) {
  const client = db();
  const personIds = [...new Set([...input.excludedPersonIds, ...input.conflicts.map((c) => c.personId)])];
  const [area, people] = await Promise.all([
    input.developmentAreaId ? client.developmentArea.findFirst({ where: { id: input.developmentAreaId, active: true }, select: { id: true } }) : Promise.resolve({ id: null }),
    client.user.findMany({ where: { id: { in: personIds } }, select: { id: true } }),
  ]);
  const fieldErrors: Record<string, string[]> = {};
  if (!area) fieldErrors.developmentAreaId = ["Choose a development area from the list."];
  if (people.length !== personIds.length) fieldErrors.excludedPersonIds = ["Some of the people you chose could not be found."];
  if (personIds.includes(userId)) fieldErrors.excludedPersonIds = ["You cannot list yourself."];
  if (Object.keys(fieldErrors).length) throw new ValidationError("Please correct the highlighted fields.", fieldErrors);
}

/**
 * Opens a request. The database allows one open request per person per mode; a second one is a
 * conflict with a clear message. Exclusions and conflicts are saved with the member, so they hold
 * for every future request and for the other side too.
 */
export async function createMyRequest(actor: Actor | null, input: RequestData): Promise<{ id: string }> {
  const user = requireMember(actor);
  await checkRequestReferences(user.id, input);
  const settings = await getProgrammeSettings();
  const now = new Date();
  try {
    return await db().$transaction(async (tx) => {
      const request = await tx.mentoringRequest.create({
        data: {
          menteeId: user.id,
          mode: input.mode,
          developmentAreaId: input.developmentAreaId,
          aims: input.aims,
          specialtyPreference: input.specialtyPreference,
          regionPreference: input.regionPreference,
          meetingMode: input.meetingMode,
          wantsIndependence: input.wantsIndependence,
          preferGender: input.preferGender,
          preferEthnicMinority: input.preferEthnicMinority,
          preferImgExperience: input.preferImgExperience,
          expiresAt: new Date(now.getTime() + settings.requestExpiryDays * DAY_MS),
          events: { create: { kind: "created", detail: "You asked for " + (input.mode === "MENTORING" ? "a mentor." : "a coach.") } },
        },
        select: { id: true, expiresAt: true },
      });
      if (input.excludedPersonIds.length) {
        await tx.exclusion.createMany({ data: input.excludedPersonIds.map((excludedId) => ({ ownerId: user.id, excludedId })), skipDuplicates: true });
      }
      if (input.conflicts.length) {
        await tx.declaredConflict.createMany({ data: input.conflicts.map((c) => ({ declarerId: user.id, otherId: c.personId, kind: c.kind })), skipDuplicates: true });
      }
      await recordAudit(tx, { actorId: user.id, action: "request.created", entityType: "MentoringRequest", entityId: request.id, data: { mode: input.mode } });
      await notifyRequestReceived(tx, request.id);
      return { id: request.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const noun = input.mode === "MENTORING" ? "mentoring" : "coaching";
      throw new ConflictError(`You already have an open ${noun} request. Withdraw it first, or wait until it is matched.`);
    }
    throw error;
  }
}

/** The mentee withdraws their own open request. Any proposal still waiting on it is withdrawn too. */
export async function withdrawMyRequest(actor: Actor | null, input: { requestId: string }) {
  const user = requireUser(actor);
  await db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; menteeId: string; status: Status }[]>`
      SELECT "id", "menteeId", "status" FROM "MentoringRequest" WHERE "id" = ${input.requestId} FOR UPDATE`;
    const request = rows[0];
    if (!request || request.menteeId !== user.id) throw new NotFoundError("We could not find that request.");
    if (request.status !== "OPEN") throw new ConflictError("Only an open request can be withdrawn.");
    await tx.mentoringRequest.update({
      where: { id: request.id },
      data: { status: "WITHDRAWN", closedAt: new Date(), events: { create: { kind: "withdrawn", detail: "You withdrew the request." } } },
    });
    await tx.proposal.updateMany({ where: { requestId: request.id, status: { in: ["PROPOSED", "AWAITING_MENTOR"] } }, data: { status: "WITHDRAWN" } });
    await recordAudit(tx, { actorId: user.id, action: "request.withdrawn", entityType: "MentoringRequest", entityId: request.id });
  });
}

export interface PersonDto {
  id: string;
  name: string;
  grade: string | null;
  specialty: string | null;
  region: string | null;
}

/**
 * Prisma's `contains` becomes ILIKE '%…%' without escaping the pattern characters, so "%%" listed
 * every member and "_" matched any letter. Backslash is PostgreSQL's default LIKE escape.
 */
const literalLikePattern = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** Finds members by name for exclusions and conflicts. Never returns contact details. */
export async function searchPeople(actor: Actor | null, input: { query: string }): Promise<PersonDto[]> {
  const user = requireMember(actor);
  const rows = await db().user.findMany({
    where: { id: { not: user.id }, disabledAt: null, profileCompletedAt: { not: null }, name: { contains: literalLikePattern(input.query), mode: "insensitive" } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 10,
    select: { id: true, name: true, careerGrade: { select: { code: true } }, specialty: { select: { name: true } }, region: { select: { name: true } } },
  });
  return rows.map((row) => ({ id: row.id, name: row.name ?? "Unnamed member", grade: row.careerGrade?.code ?? null, specialty: row.specialty?.name ?? null, region: row.region?.name ?? null }));
}

export interface SafeguardsDto {
  exclusions: { person: PersonDto }[];
  conflicts: { person: PersonDto; kind: string }[];
}

const personSelect = { id: true, name: true, careerGrade: { select: { code: true } }, specialty: { select: { name: true } }, region: { select: { name: true } } } as const;
const toPerson = (row: { id: string; name: string | null; careerGrade: { code: string } | null; specialty: { name: string } | null; region: { name: string } | null }): PersonDto => ({
  id: row.id,
  name: row.name ?? "Unnamed member",
  grade: row.careerGrade?.code ?? null,
  specialty: row.specialty?.name ?? null,
  region: row.region?.name ?? null,
});

/** The people the caller must never be matched with: their exclusions and declared conflicts. */
export async function getMySafeguards(actor: Actor | null): Promise<SafeguardsDto> {
  const user = requireUser(actor);
  const [exclusions, conflicts] = await Promise.all([
    db().exclusion.findMany({ where: { ownerId: user.id }, orderBy: { createdAt: "asc" }, select: { excluded: { select: personSelect } } }),
    db().declaredConflict.findMany({ where: { declarerId: user.id }, orderBy: { createdAt: "asc" }, select: { kind: true, other: { select: personSelect } } }),
  ]);
  return {
    exclusions: exclusions.map((e) => ({ person: toPerson(e.excluded) })),
    conflicts: conflicts.map((c) => ({ person: toPerson(c.other), kind: c.kind })),
  };
}

export async function removeMyExclusion(actor: Actor | null, input: { personId: string }) {
  const user = requireUser(actor);
  const { count } = await db().exclusion.deleteMany({ where: { ownerId: user.id, excludedId: input.personId } });
  if (count === 0) throw new NotFoundError("That person is not on your list.");
}

export async function removeMyConflict(actor: Actor | null, input: { personId: string; kind: "LINE_MANAGER" | "EDUCATIONAL_SUPERVISOR" | "CLINICAL_SUPERVISOR" | "APPRAISER" | "ARCP_ASSESSOR" }) {
  const user = requireUser(actor);
  const { count } = await db().declaredConflict.deleteMany({ where: { declarerId: user.id, otherId: input.personId, kind: input.kind } });
  if (count === 0) throw new NotFoundError("That conflict is not on your list.");
}
