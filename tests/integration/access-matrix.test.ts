// Walks the access matrix (tests/access/): every page, route handler and server action, called
// as each kind of caller with a real session row in PostgreSQL. Only Next's request-scoped
// accessors are replaced (there is no HTTP request in a vitest process): `cookies()` returns the
// caller's session cookie, `revalidatePath` does nothing. Pages are called without their layouts,
// so this proves that the data layer itself refuses, whatever the proxy and layouts do.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MATRIX } from "../access/matrix";
import { ROLES, type MatrixEntry, type Outcome, type Role } from "../access/types";
import { buildWorld, type World } from "../access/world";
import { resetDatabase } from "../factories/database";
import { classifyThrown, session } from "../support/next-request";
import { databaseReset } from "../setup/integration";

vi.mock("next/headers", async () => (await import("../support/next-request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("../support/next-request")).nextCacheMock);

const root = path.resolve(import.meta.dirname, "../..");

async function callEntry(entry: MatrixEntry, world: World): Promise<{ outcome: Outcome | "error"; detail: string }> {
  const mod = await import(/* @vite-ignore */ path.join(root, entry.file));
  if (entry.kind === "page") {
    const previous = process.env.NODE_ENV;
    if (entry.nodeEnv) (process.env as Record<string, string>).NODE_ENV = entry.nodeEnv;
    try {
      await mod.default({ params: Promise.resolve(entry.params?.(world) ?? {}), searchParams: Promise.resolve(entry.searchParams ?? {}) });
      return { outcome: "allow", detail: "rendered" };
    } catch (error) {
      return { outcome: classifyThrown(error), detail: String((error as Error)?.message ?? error) };
    } finally {
      (process.env as Record<string, string | undefined>).NODE_ENV = previous;
    }
  }
  if (entry.kind === "action") {
    const result = await mod[entry.name](entry.input(world));
    if (result.ok) return { outcome: "allow", detail: "ok" };
    const code: string = result.error.code;
    const outcome: Outcome | "error" =
      code === "NOT_AUTHENTICATED" ? "sign-in" : code === "FORBIDDEN" || code === "NOT_FOUND" ? "deny" : code === "VALIDATION" || code === "CONFLICT" ? "invalid" : "error";
    return { outcome, detail: `${code}: ${result.error.message} ${JSON.stringify(result.error.fieldErrors ?? {})}` };
  }
  const spec = entry.request(world);
  const request = new NextRequest(spec.url, {
    method: entry.method,
    body: spec.body,
    headers: { ...(spec.headers ?? {}), ...(session.token ? { cookie: `next-auth.session-token=${session.token}` } : {}) },
  });
  const response: Response = await mod[entry.method](request, { params: Promise.resolve(entry.params?.(world) ?? {}) });
  const status = response.status;
  const outcome: Outcome | "error" =
    status < 400 ? "allow" : status === 401 ? "sign-in" : status === 403 || status === 404 ? "deny" : status === 400 || status === 409 ? "invalid" : "error";
  return { outcome, detail: `HTTP ${status}` };
}

function label(entry: MatrixEntry) {
  return entry.kind === "action" ? `${entry.file} ${entry.name}` : entry.kind === "route" ? `${entry.method} ${entry.file}` : entry.file;
}

afterEach(() => {
  session.token = undefined;
});

// This file resets the database itself, before each world it builds.
databaseReset.beforeEachTest = false;

/** Pages and GET handlers change nothing, so one world serves all seven callers. */
function isReadOnly(entry: MatrixEntry) {
  return entry.kind === "page" || (entry.kind === "route" && entry.method === "GET");
}

describe("access matrix", () => {
  for (const entry of MATRIX) {
    describe(label(entry), () => {
      let shared: World | undefined;
      for (const role of ROLES) {
        const skip = entry.kind === "route" && entry.walkedBy !== undefined;
        it.skipIf(skip)(`${role} → ${entry.expect[role]}`, async () => {
          let world = isReadOnly(entry) ? shared : undefined;
          if (!world) {
            await resetDatabase();
            world = await buildWorld();
            if (isReadOnly(entry)) shared = world;
          }
          session.token = role === "anonymous" ? undefined : world.tokens[role as Exclude<Role, "anonymous">];
          const { outcome, detail } = await callEntry(entry, world);
          expect({ outcome, detail }).toMatchObject({ outcome: entry.expect[role] });
        });
      }
    });
  }
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

describe("the matrix lists everything", () => {
  const files = walk(path.join(root, "app")).map((file) => path.relative(root, file));

  it("names an existing browser test for every entry walked there", () => {
    const missing = MATRIX.flatMap((e) => (e.kind === "route" && e.walkedBy && !files.concat(walk(path.join(root, "tests/e2e")).map((f) => path.relative(root, f))).includes(e.walkedBy) ? [e.walkedBy] : []));
    expect(missing).toEqual([]);
  });

  it("lists every page", () => {
    const pages = files.filter((file) => /\/page\.tsx?$/.test(file)).sort();
    const listed = new Set(MATRIX.filter((e) => e.kind === "page").map((e) => e.file));
    expect(pages.filter((file) => !listed.has(file))).toEqual([]);
  });

  it("lists every route handler method", () => {
    const missing: string[] = [];
    for (const file of files.filter((f) => /\/route\.ts$/.test(f))) {
      const source = readFileSync(path.join(root, file), "utf8");
      const methods = [...source.matchAll(/export (?:async function|const|function) (GET|POST|PUT|PATCH|DELETE)\b|export \{([^}]+)\}/g)].flatMap((m) =>
        m[1] ? [m[1]] : [...m[2].matchAll(/as (GET|POST|PUT|PATCH|DELETE)\b/g)].map((x) => x[1]),
      );
      for (const method of methods) {
        if (!MATRIX.some((e) => e.kind === "route" && e.file === file && (e.method === method || file.includes("[...nextauth]")))) missing.push(`${method} ${file}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('lists every "use server" export', () => {
    const missing: string[] = [];
    const serverFiles = walk(path.join(root, "lib")).concat(walk(path.join(root, "app"))).filter((file) => /\.tsx?$/.test(file));
    for (const full of serverFiles) {
      const source = readFileSync(full, "utf8");
      if (!/^["']use server["'];?/m.test(source.trimStart().split("\n")[0] ?? "")) continue;
      const file = path.relative(root, full);
      for (const match of source.matchAll(/export async function (\w+)/g)) {
        if (!MATRIX.some((e) => e.kind === "action" && e.file === file && e.name === match[1])) missing.push(`${file} ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
