// lib/data/email.ts: who may do what. The lead sees and resends failed mail; members see and change
// only their own preferences; nobody can turn off essential mail.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz";
import { getEmailPreferences, listFailedEmails, resendEmail, updateEmailPreferences } from "@/lib/data/email";
import { db } from "@/lib/db";
import { EMAIL_KINDS, OPTIONAL_KINDS } from "@/lib/email/kinds";
import { emailPreferencesSchema } from "@/lib/email/preferences";
import { createAdmin, createMember } from "../../factories";

const actorFor = (user: { id: string; email: string; name: string | null; role: "MEMBER" | "ADMIN" }): Actor => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  profileCompleted: true,
});

async function failedEmail(key: string, status: "FAILED" | "SENT" | "PENDING" = "FAILED") {
  return db().emailMessage.create({
    data: { key, kind: EMAIL_KINDS.checkInDue, toAddress: "x@test.example", subject: "s", text: "t", html: "h", messageId: `<${key}@test>`, status, attempts: 10, lastError: "SMTP 451: later" },
  });
}

describe("failed mail for the programme lead", () => {
  it("is listed and resent only by an admin", async () => {
    const lead = actorFor(await createAdmin());
    const member = actorFor(await createMember());
    const email = await failedEmail("f1");
    await failedEmail("s1", "SENT");

    await expect(listFailedEmails(null)).rejects.toMatchObject({ code: "NOT_AUTHENTICATED" });
    await expect(listFailedEmails(member)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(resendEmail(member, email.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await listFailedEmails(lead)).map((e) => e.id)).toEqual([email.id]);

    await resendEmail(lead, email.id);
    expect(await db().emailMessage.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: "PENDING", attempts: 0, lockedUntil: null });
    expect(await db().auditLog.count({ where: { action: "email.resend", actorId: lead.id, entityId: email.id } })).toBe(1);
  });

  it("refuses to resend what is not failed, or does not exist, and writes no audit row", async () => {
    const lead = actorFor(await createAdmin());
    const sent = await failedEmail("s2", "SENT");
    const pending = await failedEmail("p2", "PENDING");
    await expect(resendEmail(lead, sent.id)).rejects.toMatchObject({ code: "CONFLICT", message: "That email has already been delivered." });
    await expect(resendEmail(lead, pending.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(resendEmail(lead, "no-such-email")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(resendEmail(lead, "")).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db().auditLog.count()).toBe(0);
    expect(await db().emailMessage.findUniqueOrThrow({ where: { id: sent.id } })).toMatchObject({ status: "SENT" });
  });
});

describe("email preferences", () => {
  it("shows and changes the member's own opt-outs only", async () => {
    const member = actorFor(await createMember());
    const other = await createMember({ emailOptOuts: [EMAIL_KINDS.weeklyDigest] });
    await expect(getEmailPreferences(null)).rejects.toMatchObject({ code: "NOT_AUTHENTICATED" });

    const before = await getEmailPreferences(member);
    expect(before.map((p) => p.kind)).toEqual([...OPTIONAL_KINDS]);
    expect(before.every((p) => p.enabled && !p.essential)).toBe(true);

    const after = await updateEmailPreferences(member, { optOuts: [EMAIL_KINDS.mentoringNudge, EMAIL_KINDS.checkInDue, EMAIL_KINDS.mentoringNudge] });
    expect(after.filter((p) => !p.enabled).map((p) => p.kind).sort()).toEqual([EMAIL_KINDS.checkInDue, EMAIL_KINDS.mentoringNudge].sort());
    expect((await db().user.findUniqueOrThrow({ where: { id: member.id } })).emailOptOuts.sort()).toEqual([EMAIL_KINDS.checkInDue, EMAIL_KINDS.mentoringNudge].sort());
    expect((await db().user.findUniqueOrThrow({ where: { id: other.id } })).emailOptOuts).toEqual([EMAIL_KINDS.weeklyDigest]);
    expect(await db().auditLog.count({ where: { action: "email.preferences.update", actorId: member.id } })).toBe(1);

    await updateEmailPreferences(member, { optOuts: [] });
    expect((await db().user.findUniqueOrThrow({ where: { id: member.id } })).emailOptOuts).toEqual([]);
  });

  it("refuses essential and unknown kinds", async () => {
    const member = actorFor(await createMember());
    await expect(updateEmailPreferences(member, { optOuts: [EMAIL_KINDS.matchConfirmed] })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { optOuts: ["This email is essential and cannot be turned off."] },
    });
    await expect(updateEmailPreferences(member, { optOuts: ["newsletter"] })).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await db().user.findUniqueOrThrow({ where: { id: member.id } })).emailOptOuts).toEqual([]);
    expect(emailPreferencesSchema.safeParse({ optOuts: [EMAIL_KINDS.signIn] }).success).toBe(false);
  });
});
