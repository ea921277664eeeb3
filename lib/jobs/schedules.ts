import "server-only";
// The registry of scheduled jobs. The worker (lib/jobs/worker.ts) gives each entry a pg-boss queue
// and a cron schedule in Europe/London; pg-boss makes sure that however many worker instances
// run, each firing runs once. To add a domain sweep (e.g. expiring mentor proposals), write
// `sweepX(now)` so that running it twice, or late, is harmless (use an email key or a conditional
// update as the marker) and add an entry here. Removing an entry unschedules it on the next start.
import {
  sweepCheckInsDue,
  sweepExpiredRequests,
  sweepExpiringRequests,
  sweepMentoringNudges,
  sweepOverdueCheckIns,
  sweepWeeklyDigest,
} from "./sweeps";
import { expireUnansweredProposals } from "@/lib/data/proposals";

export interface ScheduledJob {
  /** Also the pg-boss queue name: letters, digits, hyphens. */
  name: string;
  /** Five-field cron, read in SCHEDULE_TIME_ZONE. */
  cron: string;
  description: string;
  run(now: Date): Promise<unknown>;
}

export const SCHEDULE_TIME_ZONE = "Europe/London";

// Hourly sweeps, staggered through the hour so they do not all start at once. Hourly rather than
// once a day so that a worker that was down at the usual time catches up within the hour.
export const schedules: ScheduledJob[] = [
  { name: "sweep-weekly-digest", cron: "0 * * * *", description: "Programme lead digest, from Monday 08:00", run: sweepWeeklyDigest },
  { name: "sweep-check-ins-due", cron: "5 * * * *", description: "Reminders the day before a check-in", run: sweepCheckInsDue },
  { name: "sweep-overdue-check-ins", cron: "15 * * * *", description: "Prompts for check-ins not logged", run: sweepOverdueCheckIns },
  { name: "sweep-mentoring-nudges", cron: "25 * * * *", description: "Nudges for quiet mentoring pairs", run: sweepMentoringNudges },
  { name: "sweep-expiring-requests", cron: "35 * * * *", description: "Warnings before a request expires", run: sweepExpiringRequests },
  { name: "sweep-expired-requests", cron: "*/15 * * * *", description: "Close requests past their expiry", run: sweepExpiredRequests },
  { name: "sweep-unanswered-proposals", cron: "*/15 * * * *", description: "Lapse proposals the mentor did not answer in time", run: expireUnansweredProposals },
];
