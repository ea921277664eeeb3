// The account (programme lead's member management), member search and matching schemas.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { setDisabledSchema, setRoleSchema } from "@/lib/validation/account";
import { MODES } from "@/lib/validation/common";
import {
  declineProposalSchema,
  overrideProposalSchema,
  proposalIdSchema,
  proposeMentorSchema,
  rejectProposalSchema,
  roundIdSchema,
  runRoundSchema,
  shortlistSchema,
} from "@/lib/validation/matching";
import { memberSearchSchema } from "@/lib/validation/members";
import { anyValue, checkProperty, isTrimmed, modelOf, nearlyValid, typedText } from "./property";

const RUNS = 1000;
const someId = fc.oneof(fc.constantFrom("cm1abcdefgh", "round-1234-abcd", "", " ", "x".repeat(65)), fc.string({ maxLength: 70 }));
const inBounds = (value: string, min: number, max: number) => value.length >= min && value.length <= max && isTrimmed(value);

describe("account and member search schemas (property)", () => {
  it(`setRoleSchema / setDisabledSchema: never throw; a role is MEMBER or ADMIN, disabled a boolean, the id 1–64 trimmed (${RUNS} runs)`, () => {
    const input = fc.oneof(anyValue, nearlyValid(modelOf({ userId: someId, role: fc.constantFrom("MEMBER", "ADMIN", "admin", "OWNER"), disabled: fc.oneof(fc.boolean(), fc.constantFrom("true", 1)) })));
    checkProperty("setRoleSchema+setDisabledSchema", RUNS, fc.property(input, (value) => {
      const role = setRoleSchema.safeParse(value);
      if (role.success) expect(["MEMBER", "ADMIN"]).toContain(role.data.role);
      if (role.success) expect(inBounds(role.data.userId, 1, 64)).toBe(true);
      const disabled = setDisabledSchema.safeParse(value);
      if (disabled.success) expect(typeof disabled.data.disabled).toBe("boolean");
    }));
  });

  it(`memberSearchSchema: never throws; page is an integer 1–10000 or absent, search at most 100 trimmed (${RUNS} runs)`, () => {
    const input = fc.oneof(anyValue, nearlyValid(modelOf({ search: typedText(0, 110), page: fc.oneof(fc.integer({ min: -1, max: 10_001 }), fc.integer({ min: 0, max: 20 }).map(String), fc.constantFrom("", "2.5")) })));
    checkProperty("memberSearchSchema", RUNS, fc.property(input, (value) => {
      const result = memberSearchSchema.safeParse(value);
      if (!result.success) return;
      const { page, search } = result.data;
      expect(page === undefined || (Number.isInteger(page) && page >= 1 && page <= 10_000)).toBe(true);
      expect(search === undefined || inBounds(search, 0, 100)).toBe(true);
    }));
  });
});

describe("matching schemas (property)", () => {
  it(`runRoundSchema: never throws; a round id matches its pattern, the mode is known, ≤20 grade ids (${RUNS} runs)`, () => {
    const input = fc.oneof(anyValue, nearlyValid(modelOf({ roundId: fc.oneof(fc.uuid(), someId, fc.constant(undefined)), mode: fc.constantFrom(...MODES, null, undefined, "x"), regionId: fc.constantFrom("region-wales", "", null), careerGradeIds: fc.array(someId, { maxLength: 22 }) })));
    checkProperty("runRoundSchema", RUNS, fc.property(input, (value) => {
      const result = runRoundSchema.safeParse(value);
      if (!result.success) return;
      expect(result.data.roundId === undefined || /^[a-z0-9-]{8,64}$/i.test(result.data.roundId)).toBe(true);
      expect(result.data.mode === undefined || (MODES as readonly string[]).includes(result.data.mode)).toBe(true);
      expect(result.data.regionId === undefined || result.data.regionId.length >= 1).toBe(true);
      expect(result.data.careerGradeIds.length).toBeLessThanOrEqual(20);
      for (const id of result.data.careerGradeIds) expect(inBounds(id, 1, 64)).toBe(true);
    }));
  });

  it(`id-only schemas (round, proposal, shortlist): never throw; ids 1–64 trimmed (${RUNS} runs)`, () => {
    const input = fc.oneof(anyValue, nearlyValid(modelOf({ roundId: someId, proposalId: someId, requestId: someId })));
    checkProperty("roundIdSchema+proposalIdSchema+shortlistSchema", RUNS, fc.property(input, (value) => {
      const round = roundIdSchema.safeParse(value);
      if (round.success) expect(inBounds(round.data.roundId, 1, 64)).toBe(true);
      const proposal = proposalIdSchema.safeParse(value);
      if (proposal.success) expect(inBounds(proposal.data.proposalId, 1, 64)).toBe(true);
      const shortlist = shortlistSchema.safeParse(value);
      if (shortlist.success) expect(inBounds(shortlist.data.requestId, 1, 64)).toBe(true);
    }));
  });

  it(`reject / override / propose / decline: never throw; a reason is 3–500, a justification null or 20–1000, a mentor named (${RUNS} runs)`, () => {
    const input = fc.oneof(anyValue, nearlyValid(modelOf({ proposalId: someId, requestId: someId, mentorId: someId, reason: fc.option(typedText(0, 520)), justification: fc.option(typedText(0, 1020)) })));
    checkProperty("rejectProposalSchema+overrideProposalSchema+proposeMentorSchema+declineProposalSchema", RUNS, fc.property(input, (value) => {
      const reject = rejectProposalSchema.safeParse(value);
      if (reject.success) expect(inBounds(reject.data.reason, 3, 500)).toBe(true);
      for (const result of [overrideProposalSchema.safeParse(value), proposeMentorSchema.safeParse(value)]) {
        if (!result.success) continue;
        expect(inBounds(result.data.mentorId, 1, 64)).toBe(true);
        expect(result.data.justification === null || inBounds(result.data.justification, 20, 1000)).toBe(true);
      }
      const decline = declineProposalSchema.safeParse(value);
      if (decline.success) expect(decline.data.reason === null || inBounds(decline.data.reason, 1, 500)).toBe(true);
    }));
  });
});

describe("account, member search and matching schemas (examples)", () => {
  it("refuses unknown roles and non-boolean flags", () => {
    expect(setRoleSchema.safeParse({ userId: "u1", role: "OWNER" }).success).toBe(false);
    expect(setDisabledSchema.safeParse({ userId: "u1", disabled: "true" }).success).toBe(false);
    expect(setRoleSchema.parse({ userId: " u1 ", role: "ADMIN" })).toEqual({ userId: "u1", role: "ADMIN" });
  });

  it("member search pages are whole numbers from 1", () => {
    expect(memberSearchSchema.parse({ page: "3" }).page).toBe(3);
    expect(memberSearchSchema.safeParse({ page: 0 }).success).toBe(false);
    expect(memberSearchSchema.safeParse({ page: "2.5" }).success).toBe(false);
  });

  it("a rejection needs a reason; an override justification is blank or at least 20 characters", () => {
    expect(rejectProposalSchema.safeParse({ proposalId: "p1", reason: " no" }).error?.issues[0].message).toBe("Give a reason (at least 3 characters).");
    expect(overrideProposalSchema.parse({ proposalId: "p1", mentorId: "m1", justification: "  " }).justification).toBeNull();
    expect(overrideProposalSchema.safeParse({ proposalId: "p1", mentorId: "m1", justification: "too short" }).error?.issues[0].message).toBe("A justification needs at least 20 characters.");
    expect(runRoundSchema.safeParse({ roundId: "short" }).error?.issues[0].message).toBe("Invalid round id.");
  });
});
