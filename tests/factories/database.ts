import { db } from "@/lib/db";
import { seedReferenceData } from "@/prisma/seed";

/** Empties every table (the audit log's append-only trigger is bypassed for this session only) and reloads reference data. */
export async function resetDatabase() {
  const client = db();
  const tables = await client.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  const list = tables.map((t) => `"${t.tablename}"`).join(", ");
  await client.$transaction([
    client.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`),
    client.$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY CASCADE`),
  ]);
  await seedReferenceData(client);
}

export async function disconnectTestDatabase() {
  await db().$disconnect();
}
