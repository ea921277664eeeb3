// Calls a real server action as one of the world's callers and checks that what comes back is an
// ActionResult: ok with data, or an expected, typed error with a message. Never a throw, never the
// "unexpected" code (a 500 with a reference id).
import { expect } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { session } from "../../../support/next-request";
import type { Caller, ProfilesWorld } from "./world";

export const EXPECTED_CODES = ["VALIDATION", "CONFLICT", "NOT_FOUND", "FORBIDDEN", "NOT_AUTHENTICATED"] as const;

export function callerId(world: ProfilesWorld, caller: Caller): string | null {
  return caller === "anonymous" ? null : world.users[caller].id;
}

export function signInAs(world: ProfilesWorld, caller: Caller) {
  session.token = caller === "anonymous" ? undefined : world.tokens[caller];
}

export async function callAs<T>(world: ProfilesWorld, caller: Caller, action: (input: unknown) => Promise<ActionResult<T>>, input: unknown): Promise<ActionResult<T>> {
  signInAs(world, caller);
  let result: ActionResult<T>;
  try {
    result = await action(input);
  } catch (error) {
    throw new Error(`the action threw instead of returning an ActionResult: ${(error as Error)?.stack ?? String(error)}`);
  } finally {
    session.token = undefined;
  }
  expectActionResult(result);
  return result;
}

export function expectActionResult(result: unknown): asserts result is ActionResult<unknown> {
  expect(result).toEqual(expect.objectContaining({ ok: expect.any(Boolean) }));
  const r = result as ActionResult<unknown>;
  if (r.ok) return;
  expect(r.error.code, `an expected error, not: ${JSON.stringify(r.error)}`).toBeOneOf([...EXPECTED_CODES]);
  expect(r.error.message).toEqual(expect.any(String));
  expect(r.error.message.length).toBeGreaterThan(0);
  expect(r.error.referenceId).toBeUndefined();
}
