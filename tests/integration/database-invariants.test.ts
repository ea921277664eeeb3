import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, createRequest } from "../factories";

describe("invariants the database enforces", () => {
  it("allows one open request per person per mode", async () => {
    const mentee = await createMember();
    await createRequest(mentee.id, { mode: "MENTORING" });
    await expect(createRequest(mentee.id, { mode: "MENTORING" })).rejects.toThrow(/Unique constraint/);
    // A coaching request alongside is fine, and so is a new request once the old one is closed.
    await createRequest(mentee.id, { mode: "COACHING" });
    await db().mentoringRequest.updateMany({ where: { menteeId: mentee.id, mode: "MENTORING" }, data: { status: "WITHDRAWN" } });
    await expect(createRequest(mentee.id, { mode: "MENTORING" })).resolves.toMatchObject({ status: "OPEN" });
  });

  it("keeps the audit log append-only", async () => {
    const row = await db().auditLog.create({ data: { action: "test.created", entityType: "Test" } });
    await expect(db().auditLog.update({ where: { id: row.id }, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(db().auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    expect(await db().auditLog.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ action: "test.created" });
  });

  it("rejects a GMC number that is not 7 digits", async () => {
    await expect(createMember({ gmcNumber: "12345" })).rejects.toThrow();
    await expect(createMember({ gmcNumber: "1234567" })).resolves.toMatchObject({ gmcNumber: "1234567" });
  });
});
