import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

export function createPrismaClient(url: string, poolMax = 10) {
  // A bounded wait (for a connection, or for a free one in the pool): a database that is down
  // surfaces as an error, never a hang. The health check answers sooner on its own timer.
  const adapter = new PrismaPg({ connectionString: url, max: poolMax, connectionTimeoutMillis: 10_000 });
  return new PrismaClient({ adapter });
}

export type Db = ReturnType<typeof createPrismaClient>;

const globalForDb = globalThis as unknown as { prisma?: Db };

/** One client per process (kept on globalThis so hot reload in development does not leak pools). */
export function db(): Db {
  if (!globalForDb.prisma) {
    const { DATABASE_URL, DATABASE_POOL_MAX } = env();
    globalForDb.prisma = createPrismaClient(DATABASE_URL, DATABASE_POOL_MAX);
  }
  return globalForDb.prisma;
}
