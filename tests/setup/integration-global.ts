// Starts the database the integration tests run against: a fresh database per run, either on the
// server in TEST_DATABASE_URL or on an embedded PostgreSQL in a temporary folder. Migrations are
// applied exactly as in production (`prisma migrate deploy`).
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { prismaEnvironment, runPrisma } from "../../scripts/lib/prisma-cli";

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

async function startTemporaryEmbeddedDatabase() {
  const folder = mkdtempSync(path.join(tmpdir(), "mentoring-test-"));
  chmodSync(folder, 0o755); // when run as root, PostgreSQL runs as `postgres` and must enter it
  const database = await startEmbeddedPostgres({ dataDir: path.join(folder, "pg"), port: 0, database: "mentoring_test", persistent: false });
  return {
    url: database.url,
    stop: async () => {
      await database.stop();
      rmSync(folder, { recursive: true, force: true });
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
