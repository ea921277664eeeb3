// lib/log.ts has info and unexpected-error lines; the worker also needs a warning level for
// expected trouble (an SMTP server that is down, an email given up on), which must not page anyone
// as an unexpected error would. Same JSON-line shape.
export { logInfo, logUnexpectedError } from "@/lib/log";

export function logWarn(message: string, context: Record<string, unknown> = {}) {
  console.warn(JSON.stringify({ level: "warn", at: new Date().toISOString(), message, ...context }));
}
