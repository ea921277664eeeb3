import { db } from "@/lib/db";
import { deliverDueEmails, type DeliveryOptions, type DeliveryReport } from "@/lib/jobs/delivery";
import { FAST_DELIVERY } from "./env";

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs delivery rounds until no email is PENDING (or `rounds` runs out), waiting briefly when the
 * remaining ones are not due yet (backoff). Returns the summed report.
 */
export async function drainOutbox(options: DeliveryOptions = FAST_DELIVERY, rounds = 500): Promise<DeliveryReport> {
  const total: DeliveryReport = { claimed: 0, sent: 0, retried: 0, failed: 0, skipped: 0, released: 0, errors: 0 };
  for (let round = 0; round < rounds; round++) {
    const report = await deliverDueEmails(options);
    for (const key of Object.keys(total) as (keyof DeliveryReport)[]) total[key] += report[key];
    if (report.claimed === 0) {
      if ((await db().emailMessage.count({ where: { status: "PENDING" } })) === 0) return total;
      await sleep(20);
    }
  }
  return total;
}

/** Waits until `check` returns true, polling; the test's own timeout bounds the wait. */
export async function waitFor(check: () => Promise<boolean> | boolean, pollMs = 50): Promise<void> {
  while (!(await check())) await sleep(pollMs);
}
