// Each integration test starts from reference data only.
import { afterAll, beforeEach, inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");

const { resetDatabase, disconnectTestDatabase } = await import("../factories/database");

/** A test file that manages resets itself (the access matrix reuses a world across tests) turns this off. */
export const databaseReset = { beforeEachTest: true };

beforeEach(async () => {
  if (databaseReset.beforeEachTest) await resetDatabase();
});

afterAll(async () => {
  await disconnectTestDatabase();
});
