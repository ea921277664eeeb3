// Starts the database the integration tests run against: a fresh database per run, either on the
// server in TEST_DATABASE_URL or on an embedded PostgreSQL in a temporary folder. Migrations are
// applied exactly as in production (`prisma migrate deploy`).
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { prismaEnvironment, runPrisma } from "../../scripts/lib/prisma-cli";
import { startTemporaryEmbeddedDatabase } from "../../scripts/lib/temporary-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const { url, stop } = process.env.TEST_DATABASE_URL
    ? await createDatabaseOn(process.env.TEST_DATABASE_URL)
    : await startTemporaryEmbeddedDatabase("mentoring_test"); // in a child process: see scripts/lib/temporary-database.ts
  runPrisma(["migrate", "deploy"], { ...prismaEnvironment(), DATABASE_URL: url }, { quiet: true });
  project.provide("databaseUrl", url);
  return stop;
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
