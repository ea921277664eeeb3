// Expected errors: shown to the user with their message. Anything else is unexpected, logged with a
// reference id, and shown as a generic message (see lib/actions/run-action.ts).

export type ExpectedErrorCode = "NOT_AUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "VALIDATION" | "RATE_LIMITED";

export class ExpectedError extends Error {
  constructor(
    readonly code: ExpectedErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "ExpectedError";
  }
}

export class NotAuthenticatedError extends ExpectedError {
  constructor(message = "Please sign in to continue.") {
    super("NOT_AUTHENTICATED", message);
  }
}

export class ForbiddenError extends ExpectedError {
  constructor(message = "You do not have permission to do that.") {
    super("FORBIDDEN", message);
  }
}

/** Also used instead of ForbiddenError where saying "forbidden" would reveal that a row exists. */
export class NotFoundError extends ExpectedError {
  constructor(message = "We could not find that.") {
    super("NOT_FOUND", message);
  }
}

export class ConflictError extends ExpectedError {
  constructor(message: string) {
    super("CONFLICT", message);
  }
}

export class ValidationError extends ExpectedError {
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super("VALIDATION", message, fieldErrors);
  }
}

export function isExpectedError(error: unknown): error is ExpectedError {
  return error instanceof ExpectedError;
}
