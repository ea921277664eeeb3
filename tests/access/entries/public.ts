import { everyone, nobodyInProduction, type MatrixEntry } from "../types";

export const publicEntries: MatrixEntry[] = [
  { kind: "page", file: "app/(public)/page.tsx", expect: everyone },
  { kind: "page", file: "app/(public)/sign-in/page.tsx", expect: everyone },
  { kind: "page", file: "app/(public)/sign-in/check-email/page.tsx", expect: everyone },
  { kind: "page", file: "app/(public)/sign-in/error/page.tsx", searchParams: { error: "Verification" }, expect: everyone },
  // Development only: a production build answers 404 to everyone (checked with NODE_ENV=production).
  { kind: "page", file: "app/dev/mailbox/page.tsx", nodeEnv: "production", expect: nobodyInProduction },
  { kind: "route", file: "app/api/health/route.ts", method: "GET", request: () => ({ url: "http://localhost/api/health" }), expect: everyone },
  // POST (sign-in, callback, sign-out) is next-auth's; the browser tests drive it end to end.
  {
    kind: "route",
    file: "app/api/auth/[...nextauth]/route.ts",
    method: "GET",
    request: () => ({ url: "http://localhost/api/auth/csrf" }),
    params: () => ({ nextauth: ["csrf"] }),
    walkedBy: "tests/e2e/sign-in.spec.ts",
    expect: everyone,
  },
];
