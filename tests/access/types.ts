// The role × resource access matrix: every page, route handler and server action, and what each
// kind of caller gets. Walked by tests/integration/access-matrix.test.ts; a page, route handler or
// "use server" export missing from it fails that test.

export const ROLES = ["anonymous", "member", "mentee", "mentor", "other", "admin", "disabled"] as const;
export type Role = (typeof ROLES)[number];
// anonymous: no session · member: signed in, profile complete, in no pair · mentee / mentor: the two
// people of the pair in the world (tests/access/world.ts) · other: a member with their own, different
// pair · admin: the programme lead · disabled: a member whose account was disabled, still holding
// their old session cookie.

/**
 * allow: the page renders / the action succeeds / the handler answers 2xx.
 * sign-in: sent to sign in (page redirect; action NOT_AUTHENTICATED; handler 401).
 * deny: refused without revealing anything (page 404; action FORBIDDEN or NOT_FOUND; handler 403/404).
 * invalid: accepted caller, but the request is refused for its content or state (action VALIDATION or
 *   CONFLICT; handler 400/409) — used where the fixture input cannot apply to that caller.
 */
export type Outcome = "allow" | "sign-in" | "deny" | "invalid";

export type Expectations = Record<Role, Outcome>;

export interface PageEntry {
  kind: "page";
  /** The file under app/, e.g. "app/(member)/requests/[id]/page.tsx". */
  file: string;
  params?: (world: import("./world").World) => Record<string, string>;
  searchParams?: Record<string, string>;
  /** Run with this NODE_ENV (for development-only pages). */
  nodeEnv?: "production";
  expect: Expectations;
}

export interface ActionEntry {
  kind: "action";
  /** The "use server" module, e.g. "lib/actions/requests.ts", and the exported function. */
  file: string;
  name: string;
  input: (world: import("./world").World) => unknown;
  expect: Expectations;
}

export interface RouteEntry {
  kind: "route";
  file: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  request: (world: import("./world").World) => { url: string; body?: string; headers?: Record<string, string> };
  params?: (world: import("./world").World) => Record<string, string | string[]>;
  /**
   * next-auth's own handler reads the request through Next internals that only exist in a real
   * server, so it is walked by the browser tests instead (named here) rather than in vitest.
   */
  walkedBy?: string;
  expect: Expectations;
}

export type MatrixEntry = PageEntry | ActionEntry | RouteEntry;

/** Shorthands for common rows. */
export const everyone: Expectations = { anonymous: "allow", member: "allow", mentee: "allow", mentor: "allow", other: "allow", admin: "allow", disabled: "allow" };
export const signedIn: Expectations = { anonymous: "sign-in", member: "allow", mentee: "allow", mentor: "allow", other: "allow", admin: "allow", disabled: "sign-in" };
export const adminOnly: Expectations = { anonymous: "sign-in", member: "deny", mentee: "deny", mentor: "deny", other: "deny", admin: "allow", disabled: "sign-in" };
export const pairOnly: Expectations = { anonymous: "sign-in", member: "deny", mentee: "allow", mentor: "allow", other: "deny", admin: "deny", disabled: "sign-in" };
export const pairAndAdmin: Expectations = { ...pairOnly, admin: "allow" };
export const menteeOnly: Expectations = { ...pairOnly, mentor: "deny" };
export const mentorOnly: Expectations = { ...pairOnly, mentee: "deny" };
export const nobodyInProduction: Expectations = { anonymous: "deny", member: "deny", mentee: "deny", mentor: "deny", other: "deny", admin: "deny", disabled: "deny" };

export function expectations(base: Expectations, overrides: Partial<Expectations>): Expectations {
  return { ...base, ...overrides };
}
