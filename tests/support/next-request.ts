// Next's request-scoped accessors, for calling real pages, route handlers and server actions in a
// vitest process (which has no HTTP request). Only these stand in; the session lookup behind them
// is real: `cookies()` hands over `session.token`, which must be a real Session row's token.
//
// In a test file:
//   vi.mock("next/headers", async () => (await import("../support/next-request")).nextHeadersMock);
//   vi.mock("next/cache", async () => (await import("../support/next-request")).nextCacheMock);
// then set `session.token` before each call.
import path from "node:path";
import type { Outcome } from "../access/types";

export const session = { token: undefined as string | undefined };

const COOKIE = "next-auth.session-token";

export const nextHeadersMock = {
  cookies: async () => ({
    get: (name: string) => (name.endsWith(COOKIE) && session.token ? { name, value: session.token } : undefined),
    has: (name: string) => name.endsWith(COOKIE) && Boolean(session.token),
    getAll: () => (session.token ? [{ name: COOKIE, value: session.token }] : []),
    delete: () => undefined,
  }),
  headers: async () => new Headers(),
};

export const nextCacheMock = { revalidatePath: () => undefined, revalidateTag: () => undefined };

const root = path.resolve(import.meta.dirname, "../..");

/** What a page's thrown navigation means: a redirect to sign in, another redirect, or a 404. */
export function classifyThrown(error: unknown): Outcome | "error" {
  const digest = (error as { digest?: unknown })?.digest;
  if (typeof digest === "string") {
    if (digest.startsWith("NEXT_REDIRECT")) return digest.includes(";/sign-in") ? "sign-in" : "allow";
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return "deny";
  }
  return "error";
}

/**
 * Everything a rendered page would carry: the element tree with every prop (server components pass
 * their DTOs down as props, so any text a page loaded is in it), as one string.
 */
export function visibleText(value: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(value, (key, v) => {
    if (key.startsWith("_")) return undefined;
    // An element's `type` names the component (a function, or an object for client references), not data.
    if (key === "type" && typeof v !== "string") return undefined;
    if (typeof v === "symbol" || typeof v === "function") return undefined;
    if (v && typeof v === "object") {
      if (seen.has(v)) return undefined;
      seen.add(v);
    }
    return v;
  });
}

/** Calls a page's server component without its layouts and returns everything it would send. */
export async function renderPage(file: string, params: Record<string, string> = {}, searchParams: Record<string, string> = {}): Promise<string> {
  const mod = await import(/* @vite-ignore */ path.join(root, file));
  const tree = await mod.default({ params: Promise.resolve(params), searchParams: Promise.resolve(searchParams) });
  return visibleText(tree);
}
