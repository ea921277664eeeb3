import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, db } from "@/lib/db";
import { checkDatabase } from "@/lib/data/health";
import { GET } from "@/app/api/health/route";

describe("GET /api/health", () => {
  it("answers 200 ok when the database answers", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });
});

describe("checkDatabase when the database is unreachable", () => {
  let silent: net.Server;
  let silentPort: number;
  const sockets = new Set<net.Socket>();
  beforeAll(async () => {
    // A server that accepts connections and never answers: the worst case, a hang.
    silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    silentPort = (silent.address() as net.AddressInfo).port;
  });
  // Clients are made (and torn down) outside the timed tests: the health route's client lives as
  // long as the process, and disconnecting from a silent server waits for its connect timeout.
  let closed: ReturnType<typeof createPrismaClient>;
  let hung: ReturnType<typeof createPrismaClient>;
  beforeAll(() => {
    closed = createPrismaClient("postgresql://u:p@127.0.0.1:1/none");
    hung = createPrismaClient(`postgresql://u:p@127.0.0.1:${silentPort}/none`);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await Promise.all([closed.$disconnect(), hung.$disconnect()]);
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  }, 30_000);

  // The 3-second test timeout is the requirement itself ("never a hang"), not a benchmark.
  it("reports down when nothing listens", { timeout: 3_000 }, async () => {
    expect(await checkDatabase(closed)).toBe("down");
  });

  it("reports down when the server accepts but never answers", { timeout: 3_000 }, async () => {
    expect(await checkDatabase(hung)).toBe("down");
  });

  it("still reports ok for the real database", async () => {
    expect(await checkDatabase(db())).toBe("ok");
  });
});
