import { describe, expect, it } from "vitest";
import { isQuietHour } from "@/lib/jobs/sweeps";
import { parseWorkerConfig } from "@/lib/jobs/config";
import { DEFAULT_DELIVERY_OPTIONS, deliveryOptionsFrom, isPermanentSmtpError, retryDelaySeconds } from "@/lib/jobs/delivery";

describe("retry policy", () => {
  const options = { retryBaseSeconds: 30, retryMaxSeconds: 3_600 };

  it("doubles the delay each attempt, within ±20% jitter, and caps it", () => {
    expect(retryDelaySeconds(1, options, () => 0.5)).toBe(30);
    expect(retryDelaySeconds(2, options, () => 0.5)).toBe(60);
    expect(retryDelaySeconds(5, options, () => 0.5)).toBe(480);
    expect(retryDelaySeconds(1, options, () => 0)).toBeCloseTo(24);
    expect(retryDelaySeconds(1, options, () => 1)).toBeCloseTo(36);
    expect(retryDelaySeconds(9, options, () => 1)).toBe(3_600);
    expect(retryDelaySeconds(30, options, () => 0)).toBe(2_880);
  });

  it("spreads the default ten attempts over roughly three hours", () => {
    let total = 0;
    for (let attempt = 1; attempt < DEFAULT_DELIVERY_OPTIONS.maxAttempts; attempt++) total += retryDelaySeconds(attempt, DEFAULT_DELIVERY_OPTIONS, () => 0.5);
    expect(total / 3_600).toBeGreaterThan(2);
    expect(total / 3_600).toBeLessThan(4);
  });

  it("gives up at once only on permanent rejections of the message or recipient", () => {
    expect(isPermanentSmtpError(Object.assign(new Error("no such user"), { responseCode: 550 }))).toBe(true);
    expect(isPermanentSmtpError(Object.assign(new Error("mailbox full"), { responseCode: 552 }))).toBe(true);
    expect(isPermanentSmtpError(Object.assign(new Error("try later"), { responseCode: 451 }))).toBe(false);
    expect(isPermanentSmtpError(Object.assign(new Error("auth required"), { responseCode: 530 }))).toBe(false); // our configuration, not the mail
    expect(isPermanentSmtpError(Object.assign(new Error("refused"), { code: "ECONNREFUSED" }))).toBe(false);
    expect(isPermanentSmtpError("weird")).toBe(false);
  });
});

describe("worker configuration", () => {
  it("has production defaults and accepts overrides", () => {
    const config = parseWorkerConfig({});
    expect(deliveryOptionsFrom(config)).toEqual(DEFAULT_DELIVERY_OPTIONS);
    expect(config).toMatchObject({ WORKER_POLL_MS: 1_000, WORKER_SCHEDULES: "on" });
    expect(parseWorkerConfig({ EMAIL_LEASE_SECONDS: "2", WORKER_SCHEDULES: "off" })).toMatchObject({ EMAIL_LEASE_SECONDS: 2, WORKER_SCHEDULES: "off" });
  });

  it("names the variable that is wrong", () => {
    expect(() => parseWorkerConfig({ EMAIL_CONCURRENCY: "0" })).toThrow(/EMAIL_CONCURRENCY/);
    expect(() => parseWorkerConfig({ WORKER_SCHEDULES: "maybe" })).toThrow(/WORKER_SCHEDULES/);
  });
});

describe("quiet hours", () => {
  it("are 22:00–07:00 London time, whatever the UTC offset", () => {
    expect(isQuietHour(new Date("2026-01-15T06:59:00Z"))).toBe(true); // 06:59 GMT
    expect(isQuietHour(new Date("2026-01-15T07:00:00Z"))).toBe(false); // 07:00 GMT
    expect(isQuietHour(new Date("2026-07-15T06:00:00Z"))).toBe(false); // 07:00 BST
    expect(isQuietHour(new Date("2026-07-15T21:00:00Z"))).toBe(true); // 22:00 BST
    expect(isQuietHour(new Date("2026-01-15T21:59:00Z"))).toBe(false); // 21:59 GMT
  });
});
