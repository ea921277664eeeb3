import "server-only";
import { recordAudit } from "@/lib/audit";
import { requireUser, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { z } from "zod";
import type { equalitySchema } from "@/lib/validation/equality";

export interface EqualityDto {
  consentedAt: Date;
  gender: string | null;
  ethnicity: string | null;
  ethnicMinority: boolean | null;
  imgStatus: boolean | null;
  disability: boolean | null;
}

/** Only the member themselves reads their own equality data; reports use aggregates only. */
export async function getMyEquality(actor: Actor | null): Promise<EqualityDto | null> {
  const user = requireUser(actor);
  return db().equalityData.findUnique({
    where: { userId: user.id },
    select: { consentedAt: true, gender: true, ethnicity: true, ethnicMinority: true, imgStatus: true, disability: true },
  });
}

export async function saveMyEquality(actor: Actor | null, input: z.output<typeof equalitySchema>) {
  const user = requireUser(actor);
  const { consent: _consent, ...answers } = input;
  await db().$transaction(async (tx) => {
    const existing = await tx.equalityData.findUnique({ where: { userId: user.id }, select: { consentedAt: true } });
    await tx.equalityData.upsert({
      where: { userId: user.id },
      create: { userId: user.id, consentedAt: new Date(), ...answers },
      update: answers,
    });
    // The audit row records that consent was given, never the answers.
    if (!existing) await recordAudit(tx, { actorId: user.id, action: "equality.consented", entityType: "User", entityId: user.id });
  });
}

/** Withdrawing consent deletes the data. */
export async function withdrawMyEquality(actor: Actor | null) {
  const user = requireUser(actor);
  await db().$transaction(async (tx) => {
    const { count } = await tx.equalityData.deleteMany({ where: { userId: user.id } });
    if (count > 0) await recordAudit(tx, { actorId: user.id, action: "equality.withdrawn", entityType: "User", entityId: user.id });
  });
}
