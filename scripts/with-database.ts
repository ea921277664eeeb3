// Runs a command with DATABASE_URL pointing at the development database (embedded when unset).
// Example: npm run with-db -- npx prisma migrate dev --name add-goals
import { spawn } from "node:child_process";
import { loadDotEnv, resolveDevelopmentDatabase } from "./lib/database-url";
import { FriendlyError } from "./lib/embedded-postgres";
import { prismaEnvironment } from "./lib/prisma-cli";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("Usage: npm run with-db -- <command> [args…]");
  process.exit(2);
}

loadDotEnv();
try {
  const db = await resolveDevelopmentDatabase();
  const child = spawn(command, args, {
    stdio: "inherit",
    env: { ...prismaEnvironment(), DATABASE_URL: db.url },
  });
  const code: number = await new Promise((resolve) => child.on("exit", (status) => resolve(status ?? 1)));
  await db.stop();
  process.exit(code);
} catch (error) {
  if (error instanceof FriendlyError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
