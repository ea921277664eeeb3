// Calls pages, route handlers and server actions the way tests/integration/access-matrix.test.ts
// does, and reports what came back: the outcome and everything the caller could see.
import path from "node:path";
import { NextRequest } from "next/server";
import type { Outcome } from "../../../access/types";
import { classifyThrown, session, visibleText } from "../../../support/next-request";

const root = path.resolve(import.meta.dirname, "../../../..");

export interface Called {
  outcome: Outcome | "error";
  detail: string;
  /** What the caller received: the page's element tree, the action's result or the response body. */
  text: string;
}

export async function callPage(file: string, params: Record<string, string>, searchParams: Record<string, string> = {}): Promise<Called> {
  const mod = await import(/* @vite-ignore */ path.join(root, file));
  try {
    const tree = await mod.default({ params: Promise.resolve(params), searchParams: Promise.resolve(searchParams) });
    return { outcome: "allow", detail: "rendered", text: visibleText(tree) };
  } catch (error) {
    return { outcome: classifyThrown(error), detail: String((error as Error)?.message ?? error), text: "" };
  }
}

export async function callAction(file: string, name: string, input: unknown): Promise<Called> {
  const mod = await import(/* @vite-ignore */ path.join(root, file));
  const result = await mod[name](input);
  const text = JSON.stringify(result);
  if (result.ok) return { outcome: "allow", detail: "ok", text };
  const code: string = result.error.code;
  const outcome: Outcome | "error" =
    code === "NOT_AUTHENTICATED" ? "sign-in" : code === "FORBIDDEN" || code === "NOT_FOUND" ? "deny" : code === "VALIDATION" || code === "CONFLICT" ? "invalid" : "error";
  return { outcome, detail: `${code}: ${result.error.message} ${JSON.stringify(result.error.fieldErrors ?? {})}`, text };
}

export async function callRoute(file: string, url: string, params: Record<string, string>): Promise<Called & { response: Response }> {
  const mod = await import(/* @vite-ignore */ path.join(root, file));
  const request = new NextRequest(url, { method: "GET", headers: session.token ? { cookie: `next-auth.session-token=${session.token}` } : {} });
  const response: Response = await mod.GET(request, { params: Promise.resolve(params) });
  const text = await response.clone().text();
  const status = response.status;
  const outcome: Outcome | "error" =
    status < 400 ? "allow" : status === 401 ? "sign-in" : status === 403 || status === 404 ? "deny" : status === 400 || status === 409 ? "invalid" : "error";
  return { outcome, detail: `HTTP ${status}`, text, response };
}
