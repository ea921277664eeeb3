import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

const valid = { DATABASE_URL: "postgresql://u:p@localhost:5432/db" };

describe("parseEnv", () => {
  it("accepts a minimal development environment and fills defaults", () => {
    const env = parseEnv(valid);
    expect(env.NEXTAUTH_URL).toBe("http://localhost:3000");
    expect(env.DATABASE_POOL_MAX).toBe(10);
    expect(env.SMTP_URL).toBeUndefined();
  });

  it("names DATABASE_URL when it is missing", () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL is not set/);
  });

  it("names a malformed variable", () => {
    expect(() => parseEnv({ ...valid, DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must start with postgresql/);
    expect(() => parseEnv({ ...valid, SMTP_URL: "http://mail" })).toThrow(/SMTP_URL must start with smtp:\/\//);
    expect(() => parseEnv({ ...valid, DATABASE_POOL_MAX: "lots" })).toThrow(/DATABASE_POOL_MAX/);
    expect(() => parseEnv({ ...valid, NEXTAUTH_URL: "not a url" })).toThrow(/NEXTAUTH_URL/);
  });

  it("refuses production without a strong NEXTAUTH_SECRET", () => {
    expect(() => parseEnv({ ...valid, NODE_ENV: "production" })).toThrow(EnvError);
    expect(() => parseEnv({ ...valid, NODE_ENV: "production", NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET/);
    const production = { ...valid, NODE_ENV: "production", SMTP_URL: "smtp://mail.example:587" };
    expect(() => parseEnv({ ...production, NEXTAUTH_SECRET: undefined })).toThrow(/NEXTAUTH_SECRET/);
    expect(parseEnv({ ...production, NEXTAUTH_SECRET: "x".repeat(32) }).NODE_ENV).toBe("production");
  });

  it("refuses production without SMTP_URL, since sign-in needs email", () => {
    expect(() => parseEnv({ ...valid, NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32) })).toThrow(/SMTP_URL must be set in production/);
  });
});
