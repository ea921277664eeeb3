// The server the browser tests run against: the production build (`next start`) on a fresh
// embedded PostgreSQL with the demo data. Started and stopped by Playwright (playwright.config.ts).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";
import { startMailCapture } from "./lib/mail-capture";
import { prismaEnvironment, runPrisma } from "./lib/prisma-cli";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.E2E_PORT ?? 3100);
const mailPort = Number(process.env.E2E_MAIL_PORT ?? 3199);

if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.error("No production build found: run `npx next build` first (npm run test:e2e does).");
  process.exit(1);
}

const folder = mkdtempSync(path.join(tmpdir(), "mentoring-e2e-"));
chmodSync(folder, 0o755);
const database = await startEmbeddedPostgres({ dataDir: path.join(folder, "pg"), port: 0, database: "mentoring_e2e", persistent: false });
const mail = await startMailCapture(mailPort);
// The browser tests reach the database to arrange states no button creates (an expired link).
mkdirSync(path.join(root, ".data"), { recursive: true });
writeFileSync(path.join(root, ".data", "e2e-database-url"), database.url);
const env: NodeJS.ProcessEnv = {
  ...prismaEnvironment(),
  NODE_ENV: "production",
  DATABASE_URL: database.url,
  NEXTAUTH_URL: `http://localhost:${port}`,
  NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
  NEXT_TELEMETRY_DISABLED: "1",
  SMTP_URL: mail.smtpUrl,
  // Every browser test signs in from 127.0.0.1; the per-address limit is still the production one.
  SIGN_IN_LIMIT_PER_IP: "10000",
  EMAIL_FROM: "Coaching and Mentoring <mentoring@e2e.test>",
};
runPrisma(["migrate", "deploy"], env, { quiet: true });
runPrisma(["db", "seed"], env, { quiet: true });

const app = spawn(path.join(root, "node_modules/.bin/next"), ["start", "--port", String(port)], { cwd: root, env, stdio: "inherit" });
// The worker delivers notification emails from the outbox, as in production. Polling quickly
// keeps the browser tests from waiting on it.
const worker = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/worker.ts")], {
  cwd: root,
  env: { ...env, WORKER_POLL_MS: "300" },
  stdio: "inherit",
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  app.kill("SIGTERM");
  worker.kill("SIGTERM");
  await new Promise((resolve) => (worker.exitCode !== null ? resolve(null) : worker.once("exit", resolve)));
  await mail.close();
  await database.stop();
  rmSync(folder, { recursive: true, force: true });
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
app.on("exit", () => void stop());
