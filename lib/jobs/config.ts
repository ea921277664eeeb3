// The worker's tuning knobs, parsed once with zod like lib/env.ts (kept here because only the
// worker reads them). Every one has a production default; tests turn them down.
import { z } from "zod";

const schema = z.object({
  /** How long an idle delivery loop waits before looking for due mail again. */
  WORKER_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1_000),
  /** Set to "off" to run delivery only (e.g. a second instance that must not run sweeps). */
  WORKER_SCHEDULES: z.enum(["on", "off"]).default("on"),
  EMAIL_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(20),
  /** Parallel SMTP sends per worker; each holds a database connection while it sends. */
  EMAIL_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(4),
  /** How long a claimed batch is reserved for this worker; after that another worker may take it. */
  EMAIL_LEASE_SECONDS: z.coerce.number().min(1).max(3_600).default(300),
  EMAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(10),
  EMAIL_RETRY_BASE_SECONDS: z.coerce.number().min(0.01).max(3_600).default(30),
  EMAIL_RETRY_MAX_SECONDS: z.coerce.number().min(0.01).max(86_400).default(3_600),
  /** Upper bound for one send, including the wait for the SMTP server's answer. */
  EMAIL_SEND_TIMEOUT_SECONDS: z.coerce.number().min(1).max(600).default(120),
});

export type WorkerConfig = z.infer<typeof schema>;

export function parseWorkerConfig(source: Record<string, string | undefined>): WorkerConfig {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")} ${issue.message}`);
    throw new Error(`Invalid worker environment:\n${lines.join("\n")}`);
  }
  return result.data;
}
