// The development database in a process of its own, for `npm run dev`.
//
// Why: the embedded PostgreSQL is a child of whatever process starts it, so it shares that
// process's group, and a terminal's Ctrl-C reaches every process in the group at once. PostgreSQL
// takes SIGINT as "fast shutdown" and drops its clients' connections while the app and the worker
// are still closing them. Started from this helper, in a process group of its own, PostgreSQL hears
// only the orchestrator, which stops it after everything using it has exited. If the orchestrator
// dies without stopping it (killed outright), the IPC channel closes and the helper stops the
// process groups it was asked to guard, then PostgreSQL.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { resolveDevelopmentDatabase, type ResolvedDatabase } from "./database-url";
import { FriendlyError } from "./embedded-postgres";
import { terminateGroup } from "./process-groups";

/** The development database, and (embedded only) a way to name the process groups that use it. */
export type DatabaseProcess = ResolvedDatabase & { guard?: (groups: number[]) => void };

type HelperMessage = { kind: "ready"; url: string; embedded: boolean } | { kind: "failed"; message: string; friendly: boolean };

/** Starts the development database (DATABASE_URL, else the embedded one) in a detached helper. */
export async function startDatabaseProcess(): Promise<DatabaseProcess> {
  if (process.env.DATABASE_URL) return resolveDevelopmentDatabase();
  const helper = fork(fileURLToPath(import.meta.url), [], { detached: true, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const exited = new Promise<void>((resolve) => helper.once("exit", () => resolve()));
  const first = await new Promise<HelperMessage>((resolve) => {
    helper.once("message", (message) => resolve(message as HelperMessage));
    helper.once("exit", (code) => resolve({ kind: "failed", message: `The database helper exited (${code}) before the database started.`, friendly: false }));
  });
  if (first.kind === "failed") {
    await exited;
    throw first.friendly ? new FriendlyError(first.message) : new Error(first.message);
  }
  return {
    url: first.url,
    embedded: first.embedded,
    stop: async () => {
      if (helper.exitCode === null && helper.signalCode === null) helper.send("stop");
      await exited;
    },
    guard: (groups) => helper.send({ guard: groups }),
  };
}

async function runHelper(): Promise<void> {
  // Only the orchestrator stops this process (it is in a group of its own; this is belt and braces).
  process.on("SIGINT", () => {});
  let database: ResolvedDatabase;
  try {
    database = await resolveDevelopmentDatabase();
  } catch (error) {
    const friendly = error instanceof FriendlyError;
    process.send!({ kind: "failed", message: error instanceof Error ? error.message : String(error), friendly } satisfies HelperMessage);
    process.disconnect();
    return;
  }
  let stopping = false;
  let guarded: number[] = [];
  const stop = async (groups: number[]) => {
    if (stopping) return;
    stopping = true;
    await Promise.all(groups.map((pid) => terminateGroup(pid)));
    await database.stop();
    process.exit(0);
  };
  process.on("message", (message) => {
    if (message === "stop") void stop([]);
    else if (typeof message === "object" && message !== null && "guard" in message) guarded = (message as { guard: number[] }).guard;
  });
  // The orchestrator is gone (killed, crashed): stop what it started, then PostgreSQL.
  process.on("disconnect", () => void stop(guarded));
  process.on("SIGTERM", () => void stop(guarded));
  process.send!({ kind: "ready", url: database.url, embedded: database.embedded } satisfies HelperMessage);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) void runHelper();
