import "server-only";
// The background worker (`npm run worker`, see scripts/worker.ts). Two things run in it:
// - the delivery loop, polling the outbox table directly (the table is the queue: claiming with
//   SKIP LOCKED there needs no second queue to keep in step with it);
// - pg-boss for the schedules: cron in Europe/London, and one run per firing however many worker
//   instances there are (pg-boss elects one instance per cron tick and dedupes the job).
// Stopping (SIGTERM/SIGINT) finishes the sends in progress, hands back the rest of the claim,
// lets a running sweep finish (or times out; sweeps are safe to cut short), then closes pools.
import PgBoss from "pg-boss";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { parseWorkerConfig, type WorkerConfig } from "./config";
import { deliverDueEmails, deliveryOptionsFrom, type DeliveryOptions } from "./delivery";
import { logInfo, logUnexpectedError } from "./log";
import { SCHEDULE_TIME_ZONE, schedules as registry, type ScheduledJob } from "./schedules";

export interface WorkerOptions {
  databaseUrl: string;
  delivery: DeliveryOptions;
  pollMs: number;
  /** The scheduled jobs to run; false runs delivery only. */
  schedules: ScheduledJob[] | false;
  /** pg-boss polling interval for schedule queues (seconds, ≥ 0.5). */
  jobPollingSeconds: number;
  /** How long stop() waits for a running sweep before giving up on it. */
  stopTimeoutMs: number;
}

export interface RunningWorker {
  boss: PgBoss | null;
  /** Resolves when the worker has stopped cleanly. Safe to call more than once. */
  stop(): Promise<void>;
}

export function workerOptionsFromEnv(source: Record<string, string | undefined> = process.env): WorkerOptions {
  const config: WorkerConfig = parseWorkerConfig(source);
  return {
    databaseUrl: env().DATABASE_URL,
    delivery: deliveryOptionsFrom(config),
    pollMs: config.WORKER_POLL_MS,
    schedules: config.WORKER_SCHEDULES === "on" ? registry : false,
    jobPollingSeconds: 2,
    stopTimeoutMs: 20_000,
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done);
  });
}

/** Polls the outbox until stopped; backs off while the database is unreachable. */
function startDeliveryLoop(options: WorkerOptions) {
  const controller = new AbortController();
  const done = (async () => {
    let failures = 0;
    while (!controller.signal.aborted) {
      let fullBatch = false;
      try {
        const report = await deliverDueEmails(options.delivery, controller.signal, (error, emailId) =>
          logUnexpectedError(error, { where: "email delivery", emailId }),
        );
        failures = 0;
        if (report.claimed > 0) logInfo("email batch", { ...report });
        fullBatch = report.claimed === options.delivery.batchSize && !controller.signal.aborted;
      } catch (error) {
        failures++;
        logUnexpectedError(error, { where: "email delivery loop", failures });
      }
      if (!fullBatch) await sleep(failures > 0 ? Math.min(30_000, options.pollMs * 2 ** failures) : options.pollMs, controller.signal);
    }
  })();
  return {
    stop: async () => {
      controller.abort();
      await done;
    },
  };
}

/** Makes pg-boss's schedules match the registry: creates queues, (re)schedules, drops stale ones. */
async function startSchedules(boss: PgBoss, jobs: ScheduledJob[], options: WorkerOptions) {
  const names = new Set(jobs.map((job) => job.name));
  for (const existing of await boss.getSchedules()) {
    if (!names.has(existing.name)) await boss.unschedule(existing.name);
  }
  for (const job of jobs) {
    // stately: at most one queued and one running per sweep, so a slow sweep never piles up.
    await boss.createQueue(job.name, { name: job.name, policy: "stately", retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 15 * 60 });
    await boss.schedule(job.name, job.cron, {}, { tz: SCHEDULE_TIME_ZONE, singletonKey: job.name });
    await boss.work(job.name, { pollingIntervalSeconds: options.jobPollingSeconds, batchSize: 1 }, async ([pgJob]) => {
      const started = new Date();
      try {
        const result = await job.run(started);
        logInfo("scheduled job done", { job: job.name, jobId: pgJob?.id, ms: Date.now() - started.getTime(), result });
        return result;
      } catch (error) {
        logUnexpectedError(error, { where: "scheduled job", job: job.name, jobId: pgJob?.id });
        throw error; // pg-boss retries it (retryLimit above)
      }
    });
  }
}

export async function startWorker(overrides: Partial<WorkerOptions> = {}): Promise<RunningWorker> {
  const options: WorkerOptions = { ...workerOptionsFromEnv(), ...overrides };
  let boss: PgBoss | null = null;
  if (options.schedules) {
    boss = new PgBoss({ connectionString: options.databaseUrl, max: 4, application_name: "mentoring-worker" });
    boss.on("error", (error) => logUnexpectedError(error, { where: "pg-boss" }));
    await boss.start();
    await startSchedules(boss, options.schedules, options);
  }
  const loop = startDeliveryLoop(options);
  logInfo("worker started", { pid: process.pid, schedules: options.schedules ? options.schedules.map((job) => job.name) : [], ...options.delivery });

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      logInfo("worker stopping", { pid: process.pid });
      await loop.stop();
      if (boss) await boss.stop({ graceful: true, wait: true, timeout: options.stopTimeoutMs });
      logInfo("worker stopped", { pid: process.pid });
    })());
  return { boss, stop };
}

/**
 * The process around the worker: stop cleanly on SIGTERM or SIGINT (a second signal, or a stop
 * that hangs, exits at once; unfinished work is safe either way, see docs/decisions/0008).
 */
export async function runWorkerProcess(): Promise<void> {
  const worker = await startWorker();
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) {
      logInfo("second signal: exiting now", { signal });
      process.exit(1);
    }
    signalled = true;
    logInfo("signal received", { signal });
    const hardStop = setTimeout(() => {
      logInfo("stop took too long: exiting", { signal });
      process.exit(1);
    }, 30_000);
    hardStop.unref();
    worker
      .stop()
      .then(() => db().$disconnect())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logUnexpectedError(error, { where: "worker stop" });
        process.exit(1);
      });
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
