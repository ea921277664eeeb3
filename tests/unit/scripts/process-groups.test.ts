import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { terminateGroup } from "../../../scripts/lib/process-groups";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls until `pid` has gone: an orphaned process stays a zombie until init reaps it (slowly here). */
async function waitUntilGone(pid: number): Promise<void> {
  for (let k = 0; k < 400 && alive(pid); k++) await new Promise((resolve) => setTimeout(resolve, 25));
}

/** A detached shell that starts a grandchild and reports its pid, like `next dev` starting its server. */
async function startGroupWithGrandchild(trapTerm: boolean): Promise<{ leader: number; grandchild: number }> {
  const script = trapTerm
    ? "trap '' TERM; sleep 60 & echo $!; wait"
    : "sleep 60 & echo $!; wait";
  const child = spawn("sh", ["-c", script], { detached: true, stdio: ["ignore", "pipe", "ignore"] });
  const grandchild = await new Promise<number>((resolve) => child.stdout.once("data", (chunk: Buffer) => resolve(Number(String(chunk).trim()))));
  return { leader: child.pid!, grandchild };
}

describe("terminateGroup", () => {
  it("waits until the grandchildren have gone too, not only the child it started", async () => {
    const { leader, grandchild } = await startGroupWithGrandchild(false);
    expect(alive(grandchild)).toBe(true);
    await terminateGroup(leader);
    expect(alive(leader)).toBe(false);
    expect(alive(grandchild)).toBe(false);
  });

  it("kills a group that ignores SIGTERM once the grace period is over", async () => {
    const { leader, grandchild } = await startGroupWithGrandchild(true);
    await terminateGroup(leader, 300);
    await waitUntilGone(grandchild);
    expect(alive(grandchild)).toBe(false);
  });

  it("does nothing for a group that has already exited", async () => {
    const { leader } = await startGroupWithGrandchild(false);
    process.kill(-leader, "SIGKILL");
    await waitUntilGone(leader);
    await expect(terminateGroup(leader)).resolves.toBeUndefined();
  });
});
