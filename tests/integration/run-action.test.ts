import { describe, expect, it } from "vitest";
import { z } from "zod";
import { setMemberRoleAction } from "@/lib/actions/account";
import { rejectProposalAction } from "@/lib/actions/matching";
import { runAction } from "@/lib/actions/run-action";

describe("runAction refuses hostile input before anything else runs", () => {
  it("refuses text PostgreSQL cannot store, in any action, as a validation error", async () => {
    for (const result of [
      await setMemberRoleAction({ userId: "abc\u0000def", role: "ADMIN" }),
      await rejectProposalAction({ proposalId: "p1", reason: "bad \ud800 surrogate" }),
      await setMemberRoleAction({ ["key\u0000"]: "x", userId: "u1", role: "MEMBER" }),
    ]) {
      expect(result).toEqual({ ok: false, error: { code: "VALIDATION", message: "Your input contains a character that is not allowed." } });
    }
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
