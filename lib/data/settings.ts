import "server-only";
import { db } from "@/lib/db";

export interface ProgrammeSettingsDto {
  requestExpiryDays: number;
  requestExpiryWarningDays: number;
  mentorResponseDays: number;
  coachingSessionsDefault: number;
  coachingPeriodDays: number;
  nudgeAfterDays: number;
  stalledAfterDays: number;
  menteeShortlistEnabled: boolean;
  /** Overrides of the matching engine's default weights (merged over DEFAULT_WEIGHTS by the loader). */
  matchingWeights: Record<string, number>;
}

/** The programme's tunable numbers. The row is created with defaults on first use. */
export async function getProgrammeSettings(): Promise<ProgrammeSettingsDto> {
  const row = await db().programmeSettings.upsert({ where: { id: 1 }, create: { id: 1, matchingWeights: {} }, update: {} });
  const { id: _id, updatedAt: _updatedAt, matchingWeights, ...rest } = row;
  return { ...rest, matchingWeights: (matchingWeights ?? {}) as Record<string, number> };
}
