// One-click unsubscribe tokens (RFC 8058): an HMAC over the member's id and the kind of email,
// so a link can turn off exactly that kind for exactly that person and nothing else. Tokens do
// not expire: an unsubscribe link in a year-old email must still work. Rotating NEXTAUTH_SECRET
// invalidates them all (the preferences page still works).
import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Used when NEXTAUTH_SECRET is absent, which lib/env.ts allows only outside production. Links made
 * with it are forgeable by anyone who reads this file, which is acceptable on a developer's machine
 * and nowhere else.
 */
export const DEVELOPMENT_UNSUBSCRIBE_KEY = "development-only-unsubscribe-key: set NEXTAUTH_SECRET in production";

export interface UnsubscribeClaim {
  userId: string;
  kind: string;
}

const toBase64Url = (value: Buffer | string) => Buffer.from(value).toString("base64url");

// A key for this purpose only, derived from the app secret, so a signature made here can never be
// replayed as some other signed value of the app.
function purposeKey(secret: string): Buffer {
  return createHmac("sha256", secret).update("email-unsubscribe/v1").digest();
}

function sign(payload: string, secret: string): Buffer {
  return createHmac("sha256", purposeKey(secret)).update(payload).digest();
}

export function createUnsubscribeToken(claim: UnsubscribeClaim, secret: string): string {
  const payload = toBase64Url(JSON.stringify([claim.userId, claim.kind]));
  return `${payload}.${toBase64Url(sign(payload, secret))}`;
}

/** The claim, or null for anything that is not a token we signed (tampered, truncated, other key). */
export function verifyUnsubscribeToken(token: string, secret: string): UnsubscribeClaim | null {
  if (typeof token !== "string" || token.length > 512) return null;
  const parts = token.split(".");
  if (parts.length !== 2) return null;
  const [payload, signature] = parts;
  if (!/^[A-Za-z0-9_-]+$/.test(payload) || !/^[A-Za-z0-9_-]+$/.test(signature)) return null;
  const expected = sign(payload, secret);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    if (!Array.isArray(decoded) || decoded.length !== 2) return null;
    const [userId, kind] = decoded;
    if (typeof userId !== "string" || typeof kind !== "string" || !userId || !kind) return null;
    return { userId, kind };
  } catch {
    return null;
  }
}

/** The key in use: NEXTAUTH_SECRET, or the development key when it is absent (never in production). */
export function unsubscribeSecret(env: { NEXTAUTH_SECRET?: string; NODE_ENV: string }): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.NODE_ENV === "production") throw new Error("NEXTAUTH_SECRET must be set in production.");
  return DEVELOPMENT_UNSUBSCRIBE_KEY;
}
