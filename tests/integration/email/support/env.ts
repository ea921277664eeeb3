// Test environment for the email tests: a real SMTP server, a public app URL and a secret, set
// before lib/env.ts first reads process.env (it caches), and put back afterwards so other test
// files keep their own environment.
import { afterAll, beforeEach } from "vitest";
import type { DeliveryOptions } from "@/lib/jobs/delivery";
import { TestSmtpServer } from "./smtp";

export const APP_URL = "https://mentoring.test.example";
export const SECRET = "test-secret-for-unsubscribe-tokens-0123456789";

/** Quick retries so a test can walk an email through every attempt in milliseconds. */
export const FAST_DELIVERY: DeliveryOptions = {
  batchSize: 50,
  concurrency: 4,
  leaseSeconds: 30,
  maxAttempts: 4,
  retryBaseSeconds: 0.02,
  retryMaxSeconds: 0.1,
  sendTimeoutMs: 10_000,
};

export function setEnv(values: Record<string, string | undefined>): () => void {
  const previous = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  return () => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}

/** Call at the top level of a test file, before anything reads the environment. */
export async function startTestSmtp(): Promise<TestSmtpServer> {
  const smtp = new TestSmtpServer();
  await smtp.start();
  const restore = setEnv({ SMTP_URL: smtp.url, NEXTAUTH_URL: APP_URL, NEXTAUTH_SECRET: SECRET });
  beforeEach(async () => {
    await smtp.start();
    smtp.received = [];
    smtp.rejected = 0;
    smtp.mode = "accept";
    smtp.delayMs = 0;
    smtp.beforeAnswer = undefined;
    smtp.afterAccept = undefined;
  });
  afterAll(async () => {
    restore();
    await smtp.stop();
  });
  return smtp;
}
