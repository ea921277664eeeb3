// The worker in-process: pg-boss schedules registered from the registry (cron in Europe/London),
// a fired job running its sweep once even with two instances up, and the delivery loop sending
// what domain code enqueued, then stopping cleanly.
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { schedules, type ScheduledJob } from "@/lib/jobs/schedules";
import { sweepExpiredRequests } from "@/lib/jobs/sweeps";
import { startWorker, type WorkerOptions } from "@/lib/jobs/worker";
import { createMember, createRequest } from "../../factories";
import { enqueueTestEmails } from "../../factories/email";
import { waitFor } from "./support/drain";
import { FAST_DELIVERY, startTestSmtp } from "./support/env";

const smtp = await startTestSmtp();

const options = (overrides: Partial<WorkerOptions> = {}): Partial<WorkerOptions> => ({
  databaseUrl: inject("databaseUrl"),
  delivery: FAST_DELIVERY,
  pollMs: 100,
  schedules,
  jobPollingSeconds: 0.5,
  stopTimeoutMs: 5_000,
  ...overrides,
});

describe("worker", () => {
  it("registers every schedule of the registry in pg-boss, with cron read in Europe/London", { timeout: 60_000 }, async () => {
    const worker = await startWorker(options());
    try {
      const registered = (await worker.boss!.getSchedules()) as unknown as { name: string; cron: string; timezone: string }[];
      expect(registered.map((s) => [s.name, s.cron, s.timezone]).sort()).toEqual(schedules.map((s) => [s.name, s.cron, "Europe/London"]).sort());
    } finally {
      await worker.stop();
    }
  });

  it("runs a fired job's sweep once with two instances up, then delivers its email", { timeout: 60_000 }, async () => {
    const mentee = await createMember();
    const request = await createRequest(mentee.id, { expiresAt: new Date(Date.now() - 60_000) });
    let runs = 0;
    // A cron that never fires during the test (1 January), so only our job runs the sweep.
    const registry: ScheduledJob[] = [
      { name: "test-expire-requests", cron: "0 0 1 1 *", description: "test", run: (now) => ((runs += 1), sweepExpiredRequests(now)) },
    ];
    const first = await startWorker(options({ schedules: registry }));
    const second = await startWorker(options({ schedules: registry }));
    try {
      expect((await first.boss!.getSchedules()).map((s) => s.name)).toEqual(["test-expire-requests"]);
      // What pg-boss's cron does at the scheduled minute: put one job on the queue.
      const jobId = (await first.boss!.send("test-expire-requests", {}))!;
      await waitFor(async () => (await first.boss!.getJobById("test-expire-requests", jobId))?.state === "completed");
      await waitFor(async () => (await db().emailMessage.count({ where: { status: "SENT" } })) === 1);
      expect(runs).toBe(1);
      expect(await db().mentoringRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "EXPIRED" });
      expect(await db().requestEvent.count({ where: { requestId: request.id } })).toBe(1);
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0].to).toEqual([mentee.email]);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });

  it("delivers the outbox in the background and stops cleanly", { timeout: 60_000 }, async () => {
    const worker = await startWorker(options({ schedules: false }));
    try {
      const ids = await enqueueTestEmails(15);
      await waitFor(async () => (await db().emailMessage.count({ where: { status: "SENT" } })) === 15);
      expect([...smtp.countsByMessageId().keys()].sort()).toEqual([...ids].sort());
    } finally {
      await worker.stop();
    }
    // Stopped means stopped: mail enqueued now stays in the outbox.
    await enqueueTestEmails(1, { prefix: "after-stop" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await db().emailMessage.count({ where: { status: "PENDING" } })).toBe(1);
    expect(smtp.received).toHaveLength(15);
  });
});
