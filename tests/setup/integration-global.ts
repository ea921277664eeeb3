// Starts the database the integration tests run against: a fresh database per run, either on the
// server in TEST_DATABASE_URL or on an embedded PostgreSQL in a temporary folder. Migrations are
// applied exactly as in production (`prisma migrate deploy`).
import type { TestProject } from "vitest/node";
import { prismaEnvironment, runPrisma } from "../../scripts/lib/prisma-cli";
import { createTemporaryDatabaseOn, startTemporaryEmbeddedDatabase } from "../../scripts/lib/temporary-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const { url, stop } = process.env.TEST_DATABASE_URL
    ? await createTemporaryDatabaseOn(process.env.TEST_DATABASE_URL, "mentoring_test")
    : await startTemporaryEmbeddedDatabase("mentoring_test"); // in a child process: see scripts/lib/temporary-database.ts
  runPrisma(["migrate", "deploy"], { ...prismaEnvironment(), DATABASE_URL: url }, { quiet: true });
  project.provide("databaseUrl", url);
  return stop;
}

