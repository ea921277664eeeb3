import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

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
