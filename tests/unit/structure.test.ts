// Structural rules of the codebase that a reviewer could miss (see ../shared/architecture.md).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const filesIn = (dir: string) => readdirSync(path.join(root, dir)).filter((f) => f.endsWith(".ts")).map((f) => path.join(dir, f));

describe("layout rules", () => {
  it("every lib/data module is server-only", () => {
    const missing = filesIn("lib/data").filter((file) => !/^import "server-only";/m.test(readFileSync(path.join(root, file), "utf8")));
    expect(missing).toEqual([]);
  });

  it('every lib/actions module is "use server" and goes through runAction', () => {
    const offenders = filesIn("lib/actions")
      .filter((file) => !["lib/actions/run-action.ts", "lib/actions/result.ts"].includes(file))
      .filter((file) => {
        const source = readFileSync(path.join(root, file), "utf8");
        const exported = [...source.matchAll(/export async function (\w+)[\s\S]*?\n}/g)];
        return !source.startsWith('"use server";') || exported.length === 0 || exported.some((m) => !m[0].includes("runAction("));
      });
    expect(offenders).toEqual([]);
  });

  it("pages do not query the database directly", () => {
    const walk = (dir: string): string[] =>
      readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const offenders = walk("app").filter((file) => /page\.tsx$/.test(file) && /from "@\/lib\/db"/.test(readFileSync(path.join(root, file), "utf8")));
    expect(offenders).toEqual([]);
  });
});
