// Stopping a child together with everything it started. Children spawned with `detached: true`
// lead a process group of their own; signalling -pid reaches the whole group.

/** Whether any process of the group led by `pid` is still alive. */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the group led by `pid`, then wait until none of it is left; SIGKILL what remains after `graceMs`. */
export async function terminateGroup(pid: number, graceMs = 10_000): Promise<void> {
  if (!groupAlive(pid)) return;
  process.kill(-pid, "SIGTERM");
  for (const deadline = Date.now() + graceMs; groupAlive(pid); ) {
    if (Date.now() > deadline) {
      process.kill(-pid, "SIGKILL");
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
