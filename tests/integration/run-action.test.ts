import { describe, expect, it } from "vitest";
import { z } from "zod";
import { setMemberRoleAction } from "@/lib/actions/account";
import { rejectProposalAction } from "@/lib/actions/matching";
import { runAction } from "@/lib/actions/run-action";

describe("runAction refuses hostile input before anything else runs", () => {
  it("refuses text PostgreSQL cannot store, in any action, as a validation error on that field", async () => {
    expect(await setMemberRoleAction({ userId: "abc\u0000def", role: "ADMIN" })).toMatchObject({ ok: false, error: { code: "VALIDATION", fieldErrors: { userId: [expect.any(String)] } } });
    expect(await rejectProposalAction({ proposalId: "p1", reason: "bad \ud800 surrogate" })).toMatchObject({ ok: false, error: { code: "VALIDATION", fieldErrors: { reason: [expect.any(String)] } } });
  });

  it("turns a schema that throws into a validation error, and never calls the handler", async () => {
    let called = false;
    const throwing = z.object({ n: z.number() }).transform(() => {
      throw new Error("boom");
    });
    const result = await runAction(throwing, { n: 1 }, async () => {
      called = true;
    });
    expect(result).toEqual({ ok: false, error: { code: "VALIDATION", message: "We could not read that input." } });
    expect(called).toBe(false);
  });
});
