// A console.error during a test is a bug somewhere: fail the test that caused it.
import { afterEach, vi } from "vitest";

const errors: unknown[][] = [];
vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
  errors.push(args);
});

afterEach(() => {
  if (errors.length === 0) return;
  const logged = errors.splice(0).map((args) => args.map(String).join(" ")).join("\n");
  throw new Error(`console.error was called during this test:\n${logged}`);
});
