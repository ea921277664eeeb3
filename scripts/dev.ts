// `npm run dev`: everything a newcomer needs, in one command.
// Starts the embedded PostgreSQL (unless DATABASE_URL is set), applies migrations, seeds the demo
// data, then runs the Next.js dev server and the background worker until Ctrl-C, which stops all
// of them cleanly (the database last, so nothing is lost). Each runs in a process group of its own,
// so a signal to this script alone (an editor's stop button, `kill`) stops them as cleanly as a
// terminal's Ctrl-C: every group is waited for, grandchildren included, before the database stops.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startDatabaseProcess } from "./lib/database-process";
import { loadDotEnv } from "./lib/database-url";
import { terminateGroup } from "./lib/process-groups";
import { FriendlyError, isPortFree } from "./lib/embedded-postgres";
import { prismaEnvironment, runPrisma } from "./lib/prisma-cli";

const root = path.resolve(import.meta.dirname, "..");

async function main() {
  loadDotEnv();
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new FriendlyError(`PORT must be a port number, not "${process.env.PORT}".`);
  if (!(await isPortFree(port, "0.0.0.0"))) {
    throw new FriendlyError(`Port ${port} is already in use. Stop what is using it, or run with PORT=3001 npm run dev.`);
  }

  const baseEnv = prismaEnvironment();
  step("Generating the Prisma client");
  runPrisma(["generate"], baseEnv, { quiet: true });

  step(process.env.DATABASE_URL ? "Using DATABASE_URL" : "Starting the embedded PostgreSQL (data in .data/postgres)");
  const database = await startDatabaseProcess();
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    DATABASE_URL: database.url,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? developmentSecret(),
    PORT: String(port),
  };

  /** Process groups of the app and the worker (each is spawned detached, leading its own group). */
  const groups: number[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping…");
    await Promise.all(groups.map((pid) => terminateGroup(pid)));
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    step("Applying migrations");
    runPrisma(["migrate", "deploy"], env, { quiet: true });
    step("Seeding demo data");
    runPrisma(["db", "seed"], env, { quiet: true });
  } catch (error) {
    await database.stop();
    throw error;
  }

  step("Starting the app and the worker");
  const next = spawn(path.join(root, "node_modules/.bin/next"), ["dev", "--port", String(port)], { cwd: root, env, stdio: "inherit", detached: true });
  if (next.pid !== undefined) groups.push(next.pid);
  next.on("exit", (code) => void stop(code ?? 1));
  // The worker delivers email and runs the reminder sweeps (see README, "The worker").
  const worker = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/worker.ts")], {
    cwd: root,
    env,
    stdio: "inherit",
    detached: true,
  });
  if (worker.pid !== undefined) groups.push(worker.pid);
  worker.on("exit", (code) => {
    if (!stopping) console.error(`The worker stopped (exit ${code}); email will wait in the outbox until it runs again.`);
  });

  // Should this script be killed outright, the database helper stops these groups, then the database.
  database.guard?.(groups);

  console.log(`\n  The app is starting at http://localhost:${port}`);
  console.log(`  Sign in as trainee@demo.example, mentor@demo.example or lead@demo.example;`);
  console.log(`  without SMTP_URL the sign-in link appears at http://localhost:${port}/dev/mailbox\n`);
}

function step(message: string) {
  console.log(`• ${message}`);
}

/** A stable secret for development, so sessions survive restarts. Production must set NEXTAUTH_SECRET. */
function developmentSecret(): string {
  const file = path.join(root, ".data", "dev-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

main().catch((error: unknown) => {
  console.error(error instanceof FriendlyError ? `\n${error.message}\n` : error);
  process.exit(1);
});
