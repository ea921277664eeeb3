import { describe, expect, it } from "vitest";
import { createUnsubscribeToken, DEVELOPMENT_UNSUBSCRIBE_KEY, unsubscribeSecret, verifyUnsubscribeToken } from "@/lib/email/unsubscribe-token";

const SECRET = "a-production-secret-of-at-least-32-characters";
const claim = { userId: "cm0user123", kind: "mentoring-nudge" };

describe("unsubscribe tokens", () => {
  it("round-trips the member and the kind", () => {
    const token = createUnsubscribeToken(claim, SECRET);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(verifyUnsubscribeToken(token, SECRET)).toEqual(claim);
    expect(createUnsubscribeToken(claim, SECRET)).toBe(token); // deterministic: the same link in every email
  });

  it("rejects any tampering", () => {
    const token = createUnsubscribeToken(claim, SECRET);
    const [payload, signature] = token.split(".");
    const otherUser = Buffer.from(JSON.stringify(["cm0someoneelse", claim.kind])).toString("base64url");
    const otherKind = Buffer.from(JSON.stringify([claim.userId, "weekly-digest"])).toString("base64url");
    const flipped = signature.slice(0, -1) + (signature.endsWith("A") ? "B" : "A");
    for (const bad of [
      `${otherUser}.${signature}`,
      `${otherKind}.${signature}`,
      `${payload}.${flipped}`,
      `${payload}.`,
      payload,
      `${payload}.${signature}.extra`,
      `${payload}x.${signature}`,
      "",
      "a".repeat(600),
    ]) {
      expect(verifyUnsubscribeToken(bad, SECRET), bad).toBeNull();
    }
  });

  it("rejects a token signed with another secret", () => {
    expect(verifyUnsubscribeToken(createUnsubscribeToken(claim, "another-secret-another-secret-123"), SECRET)).toBeNull();
  });

  it("uses NEXTAUTH_SECRET, a fixed development key only outside production, and never guesses in production", () => {
    expect(unsubscribeSecret({ NEXTAUTH_SECRET: SECRET, NODE_ENV: "production" })).toBe(SECRET);
    expect(unsubscribeSecret({ NODE_ENV: "development" })).toBe(DEVELOPMENT_UNSUBSCRIBE_KEY);
    expect(() => unsubscribeSecret({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET/);
  });
});
