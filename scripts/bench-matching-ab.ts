/**
 * Paired comparison of the matching engine at another git commit (A) with the
 * working tree (B), on the benchmark's generated instances.
 *
 *   npm run bench:matching:ab -- HEAD~1
 *   tsx scripts/bench-matching-ab.ts main --only national,national-launch --pairs 21 --part solve
 *
 * Why paired: this 2-core machine is shared, and the same run can take 30%
 * longer from one minute to the next, far more than most changes are worth.
 * Both versions are loaded into one process (separate module copies, so V8
 * optimises each on its own), warmed up, then called alternately, A B / B A,
 * so that both meet the same conditions. It prints one JSON line per instance:
 * medians and minima of each side, the median of the paired differences B − A,
 * and in how many pairs B was faster. --part propose (default) times
 * proposeMatches from the raw inputs, as bench:matching does; --part solve
 * times solveCompiled alone on each version's own compiled round.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateInstance, INSTANCES, median, readOption } from "./bench-matching";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));

type Timer = () => number;

interface Engine {
  proposeMatches: typeof import("../lib/matching/index").proposeMatches;
  compileInstance: typeof import("../lib/matching/compile").compileInstance;
  sortMentees: typeof import("../lib/matching/compile").sortMentees;
  sortMentors: typeof import("../lib/matching/compile").sortMentors;
  solveCompiled: typeof import("../lib/matching/assign").solveCompiled;
  DEFAULT_WEIGHTS: typeof import("../lib/matching/weights").DEFAULT_WEIGHTS;
}

async function loadEngine(dir: string): Promise<Engine> {
  const at = (file: string) => pathToFileURL(join(dir, "lib/matching", file)).href;
  const [index, compile, assign, weights] = await Promise.all([import(at("index.ts")), import(at("compile.ts")), import(at("assign.ts")), import(at("weights.ts"))]);
  return { ...index, ...compile, ...assign, ...weights };
}

function timerFor(engine: Engine, part: string, instance: ReturnType<typeof generateInstance>): Timer {
  const input = { mentees: instance.mentees, mentors: instance.mentors, weights: engine.DEFAULT_WEIGHTS, now: instance.now };
  if (part === "solve") {
    const compiled = engine.compileInstance(engine.sortMentees(input.mentees), engine.sortMentors(input.mentors), input.weights, input.now);
    return () => {
      const t = performance.now();
      engine.solveCompiled(compiled);
      return performance.now() - t;
    };
  }
  return () => {
    const t = performance.now();
    engine.proposeMatches(input);
    return performance.now() - t;
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const ref = args[0];
  if (!ref || ref.startsWith("--")) throw new Error("Usage: bench-matching-ab <git-ref> [--only a,b] [--pairs N] [--part propose|solve]");
  const only = (readOption(args, "--only") ?? "national").split(",");
  const pairs = Math.max(5, Number(readOption(args, "--pairs") ?? 15));
  const part = readOption(args, "--part") ?? "propose";
  if (part !== "propose" && part !== "solve") throw new Error("--part must be propose or solve");
  const specs = INSTANCES.filter((s) => only.includes(s.name));
  if (specs.length === 0) throw new Error(`No instance named ${only.join(", ")}; known: ${INSTANCES.map((s) => s.name).join(", ")}`);

  const dir = mkdtempSync(join(tmpdir(), "bench-ab-"));
  const worktree = join(dir, "a");
  execFileSync("git", ["worktree", "add", "--detach", worktree, ref], { cwd: root, stdio: "ignore" });
  try {
    symlinkSync(join(root, "node_modules"), join(worktree, "node_modules"));
    const commit = execFileSync("git", ["rev-parse", "--short", ref], { cwd: root }).toString().trim();
    const a = await loadEngine(worktree);
    const b = await loadEngine(root);
    for (const spec of specs) {
      const instance = generateInstance(spec);
      const timeA = timerFor(a, part, instance);
      const timeB = timerFor(b, part, instance);
      for (let k = 0; k < 3; k++) {
        timeA();
        timeB();
      }
      const ta: number[] = [];
      const tb: number[] = [];
      for (let k = 0; k < pairs; k++) {
        if (k % 2 === 0) {
          ta.push(timeA());
          tb.push(timeB());
        } else {
          tb.push(timeB());
          ta.push(timeA());
        }
      }
      const diff = tb.map((t, k) => t - ta[k]);
      console.log(
        JSON.stringify({
          instance: spec.name,
          part,
          a: commit,
          b: "working tree",
          pairs,
          a_median_ms: round(median(ta)),
          b_median_ms: round(median(tb)),
          a_min_ms: round(Math.min(...ta)),
          b_min_ms: round(Math.min(...tb)),
          median_b_minus_a_ms: round(median(diff)),
          b_faster_in: diff.filter((d) => d < 0).length,
        }),
      );
    }
  } finally {
    execFileSync("git", ["worktree", "remove", "--force", worktree], { cwd: root, stdio: "ignore" });
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
