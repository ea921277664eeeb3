import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hitRateLimit } from "@/lib/data/rate-limit";
import { sendSignInLink } from "@/lib/email/sign-in";
import { normalizeEmail } from "@/lib/validation/email";
import { logUnexpectedError } from "@/lib/log";

export const SIGN_IN_LINK_MINUTES = 10;
const SESSION_DAYS = 30;
const SIGN_IN_WINDOW_SECONDS = 15 * 60;

/** Secure cookies in production (and with the `__Secure-` prefix), plain ones on http in development. */
export function secureCookies(): boolean {
  return env().NODE_ENV === "production";
}

export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

/**
 * The signed-in member for a session token, or null. Expired sessions and disabled members get
 * null: disabling a member also deletes their sessions, and this check refuses any that remain.
 */
export async function actorFromSessionToken(sessionToken: string | undefined): Promise<Actor | null> {
  if (!sessionToken) return null;
  const session = await db().session.findUnique({
    where: { sessionToken },
    select: {
      expires: true,
      user: { select: { id: true, email: true, name: true, role: true, disabledAt: true, profileCompletedAt: true } },
    },
  });
  if (!session || session.expires <= new Date() || session.user.disabledAt) return null;
  const { user } = session;
  return { id: user.id, email: user.email, name: user.name, role: user.role, profileCompleted: user.profileCompletedAt !== null };
}

/** Who is calling, looked up once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const store = await cookies();
  return actorFromSessionToken(store.get(sessionCookieName())?.value);
});

/**
 * The caller's address as our own proxy saw it: the last X-Forwarded-For entry, the one the
 * load balancer appended. Earlier entries come from the client and could be anything.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean);
  return forwarded?.at(-1) || headers.get("x-real-ip") || "unknown";
}

/**
 * next-auth's configuration, built per request so that the sign-in rate limit knows the caller's address.
 * Sign-in is by email magic link only: links last 10 minutes, work once (the token row is deleted
 * when used) and only for the address they were sent to.
 */
export function authOptions(request: { ip: string }): NextAuthOptions {
  const { NEXTAUTH_SECRET, NEXTAUTH_URL, SIGN_IN_LIMIT_PER_ADDRESS, SIGN_IN_LIMIT_PER_IP } = env();
  // next-auth's client parses the redirect with new URL(), so it must be absolute.
  const absolute = (pathname: string) => new URL(pathname, NEXTAUTH_URL).toString();
  return {
    secret: NEXTAUTH_SECRET,
    adapter: PrismaAdapter(db() as never),
    session: { strategy: "database", maxAge: SESSION_DAYS * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    useSecureCookies: secureCookies(),
    pages: {
      signIn: "/sign-in",
      verifyRequest: "/sign-in/check-email",
      error: "/sign-in/error",
      newUser: "/onboarding",
    },
    providers: [
      EmailProvider({
        maxAge: SIGN_IN_LINK_MINUTES * 60,
        normalizeIdentifier(identifier) {
          const email = normalizeEmail(identifier);
          if (!email) throw new Error("Invalid email address");
          return email;
        },
        sendVerificationRequest: ({ identifier, url, expires }) => sendSignInLink({ to: identifier, url, expires }),
      }),
    ],
    callbacks: {
      async signIn({ user, email }) {
        const disabled = "disabledAt" in user && user.disabledAt !== null && user.disabledAt !== undefined;
        if (email?.verificationRequest) {
          // The same answer whether or not the address is known; a disabled member gets no link.
          const address = user.email ?? "";
          const [byAddress, byIp] = await Promise.all([
            hitRateLimit(`sign-in:address:${address}`, SIGN_IN_LIMIT_PER_ADDRESS, SIGN_IN_WINDOW_SECONDS),
            hitRateLimit(`sign-in:ip:${request.ip}`, SIGN_IN_LIMIT_PER_IP, SIGN_IN_WINDOW_SECONDS),
          ]);
          if (!byAddress.allowed || !byIp.allowed) {
            const wait = Math.max(byAddress.allowed ? 0 : byAddress.retryAfterSeconds, byIp.allowed ? 0 : byIp.retryAfterSeconds);
            return absolute(`/sign-in?error=RateLimited&retryAfter=${wait}`);
          }
          if (disabled) return absolute("/sign-in/check-email");
          return true;
        }
        return !disabled;
      },
    },
    logger: {
      error(code, metadata) {
        // An invalid address typed into a form is not a server fault.
        if (code === "SIGNIN_EMAIL_ERROR" && String((metadata as { error?: Error })?.error?.message).includes("Invalid email address")) return;
        logUnexpectedError(metadata instanceof Error ? metadata : new Error(code), { where: "next-auth", code });
      },
      warn() {},
      debug() {},
    },
  };
}
