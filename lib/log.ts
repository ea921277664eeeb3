import { randomUUID } from "node:crypto";

/** Logs an unexpected error as one JSON line and returns the reference id shown to the user. */
export function logUnexpectedError(error: unknown, context: Record<string, unknown> = {}): string {
  const referenceId = randomUUID().slice(0, 8);
  const detail = error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
  console.error(JSON.stringify({ level: "error", at: new Date().toISOString(), referenceId, ...context, ...detail }));
  return referenceId;
}

export function logInfo(message: string, context: Record<string, unknown> = {}) {
  console.log(JSON.stringify({ level: "info", at: new Date().toISOString(), message, ...context }));
}
