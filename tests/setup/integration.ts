// Each integration test starts from reference data only.
import { afterAll, beforeEach, inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");

const { resetDatabase, disconnectTestDatabase } = await import("../factories/database");

beforeEach(async () => {
  await resetDatabase();
});

afterAll(async () => {
  await disconnectTestDatabase();
});
