// One place that decides which PostgreSQL the scripts use: DATABASE_URL when set, else the embedded one.
import path from "node:path";
import { FriendlyError, startEmbeddedPostgres } from "./embedded-postgres";

const root = path.resolve(import.meta.dirname, "../..");

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

export async function resolveDevelopmentDatabase(env = process.env): Promise<ResolvedDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  const portText = env.EMBEDDED_DATABASE_PORT ?? "5433";
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new FriendlyError(`EMBEDDED_DATABASE_PORT must be a port number (1–65535), not "${portText}".`);
  }
  const db = await startEmbeddedPostgres({
    dataDir: path.join(root, ".data", "postgres"),
    port,
    database: "mentoring",
    persistent: true,
  });
  return { url: db.url, embedded: true, stop: db.stop };
}

/** Loads .env when present, without overriding variables already set in the shell. */
export function loadDotEnv() {
  try {
    process.loadEnvFile(path.join(root, ".env"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}
