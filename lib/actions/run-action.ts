import "server-only";
import type { z } from "zod";
import { getActor } from "@/lib/auth";
import type { Actor } from "@/lib/authz";
import { isExpectedError } from "@/lib/errors";
import { logUnexpectedError } from "@/lib/log";
import { isStorableText } from "@/lib/validation/common";
import type { ActionResult } from "./result";

/**
 * A server action is a public POST endpoint. This wrapper makes every one of them do the same
 * three things: find out who is calling, parse the input with the shared zod schema, and turn
 * errors into an ActionResult. Authorization itself happens in the lib/data function it calls.
 */
export async function runAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  handler: (actor: Actor | null, data: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  let parsed: z.ZodSafeParseResult<z.output<S>>;
  try {
    parsed = schema.safeParse(input) as z.ZodSafeParseResult<z.output<S>>;
  } catch {
    // A schema's own code (a transform or refinement) can throw on hostile input.
    return { ok: false, error: { code: "VALIDATION", message: "We could not read that input." } };
  }
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.join(".") || "form";
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return { ok: false, error: { code: "VALIDATION", message: "Please correct the highlighted fields.", fieldErrors } };
  }
  // Text PostgreSQL would refuse (a NUL byte, a lone surrogate) is refused here for every action,
  // whatever its schema says, so it can never surface as a server error. Schemas give the nicer
  // field message first; this is the net under them.
  const unstorable = unstorablePaths(parsed.data);
  if (unstorable.length) {
    const fieldErrors = Object.fromEntries(unstorable.map((key) => [key, ["This contains a character that is not allowed."]]));
    return { ok: false, error: { code: "VALIDATION", message: "Your input contains a character that is not allowed.", fieldErrors } };
  }
  try {
    const actor = await getActor();
    return { ok: true, data: await handler(actor, parsed.data) };
  } catch (error) {
    if (isExpectedError(error)) {
      return { ok: false, error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } };
    }
    const referenceId = logUnexpectedError(error, { where: "server action" });
    return { ok: false, error: { code: "UNEXPECTED", message: `Something went wrong on our side. Reference: ${referenceId}`, referenceId } };
  }
}

function unstorablePaths(value: unknown, path: string[] = []): string[] {
  if (typeof value === "string") return isStorableText(value) ? [] : [path.join(".") || "form"];
  if (path.length > 20 || value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => (isStorableText(key) ? unstorablePaths(inner, [...path, key]) : [[...path, "?"].join(".")]));
}
