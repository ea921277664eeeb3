import "server-only";
import { recordAudit } from "@/lib/audit";
import { requireAdmin, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { validateWeights } from "@/lib/matching";
import type { ProgrammeNumbers } from "@/lib/validation/settings";

export interface ProgrammeSettingsDto {
  requestExpiryDays: number;
  requestExpiryWarningDays: number;
  mentorResponseDays: number;
  coachingSessionsDefault: number;
  coachingPeriodDays: number;
  nudgeAfterDays: number;
  stalledAfterDays: number;
  menteeShortlistEnabled: boolean;
  /** The matching weights an admin saved; empty means the engine's DEFAULT_WEIGHTS (see lib/data/matching.ts). */
  matchingWeights: unknown;
}

/**
 * The programme's tunable numbers. The row is created with defaults on first use. Inside a
 * transaction pass its client: asking the pool for a second connection while holding one can
 * deadlock under load.
 */
export async function getProgrammeSettings(client: Prisma.TransactionClient | ReturnType<typeof db> = db()): Promise<ProgrammeSettingsDto> {
  const row = await client.programmeSettings.upsert({ where: { id: 1 }, create: { id: 1, matchingWeights: {} }, update: {} });
  const { id: _id, updatedAt: _updatedAt, matchingWeights, ...rest } = row;
  return { ...rest, matchingWeights: matchingWeights ?? {} };
}

/** Whether mentees may see and rank their shortlist (a programme setting, not personal data). */
export async function isMenteeShortlistEnabled(): Promise<boolean> {
  return (await getProgrammeSettings()).menteeShortlistEnabled;
}

// ───────────── editing (the programme lead) ─────────────

export async function updateProgrammeSettings(actor: Actor | null, input: ProgrammeNumbers) {
  const admin = requireAdmin(actor);
  if (input.requestExpiryWarningDays >= input.requestExpiryDays) {
    throw new ValidationError("Please correct the highlighted fields.", { requestExpiryWarningDays: ["The warning must come before the request expires."] });
  }
  if (input.stalledAfterDays <= input.nudgeAfterDays) {
    throw new ValidationError("Please correct the highlighted fields.", { stalledAfterDays: ["A pair is shown as stalled only after it has been nudged: make this longer than the nudge interval."] });
  }
  await db().$transaction(async (tx) => {
    const before = await getProgrammeSettings(tx);
    await tx.programmeSettings.update({ where: { id: 1 }, data: input });
    await recordAudit(tx, { actorId: admin.id, action: "settings.updated", entityType: "ProgrammeSettings", entityId: "1", data: { before: pickNumbers(before), after: input } as Prisma.InputJsonValue });
  });
}

function pickNumbers(settings: ProgrammeSettingsDto): ProgrammeNumbers {
  const { matchingWeights: _weights, ...numbers } = settings;
  return numbers;
}

/** Saves new matching weights after the engine's own validation, or resets them to the defaults (null). */
export async function updateMatchingWeights(actor: Actor | null, input: { weights: unknown | null }) {
  const admin = requireAdmin(actor);
  let stored: Prisma.InputJsonValue = {};
  if (input.weights !== null) {
    const checked = validateWeights(input.weights);
    if (!checked.ok) throw new ValidationError("Some weights are not valid.", { weights: checked.errors });
    stored = checked.weights as unknown as Prisma.InputJsonValue;
  }
  await db().$transaction(async (tx) => {
    await getProgrammeSettings(tx);
    await tx.programmeSettings.update({ where: { id: 1 }, data: { matchingWeights: stored } });
    await recordAudit(tx, { actorId: admin.id, action: input.weights === null ? "weights.reset" : "weights.updated", entityType: "ProgrammeSettings", entityId: "1", data: { weights: stored } });
  });
}
