import "server-only";
import type { Db } from "@/lib/db";

export type DatabaseHealth = "ok" | "down";

/** Answers within `timeoutMs` whatever the database does: a hung connection counts as down. */
export async function checkDatabase(client: Db, timeoutMs = 2_000): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DatabaseHealth>((resolve) => {
    timer = setTimeout(() => resolve("down"), timeoutMs);
  });
  const query = client.$queryRaw`SELECT 1`.then(
    () => "ok" as const,
    () => "down" as const,
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
