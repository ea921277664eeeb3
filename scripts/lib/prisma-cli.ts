// Runs the Prisma CLI from node_modules with the environment it needs.
import { existsSync } from "node:fs";
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
// Where machines without access to Prisma's binary host keep the offline engine: next to the
// project, or in the workplace's shared folder when the project is cloned elsewhere (e.g. CI).
const OFFLINE_ENGINE_SETUP_CANDIDATES = [
  process.env.PRISMA_OFFLINE_ENGINE_SETUP,
  path.resolve(root, "../shared/tools/prisma-schema-engine-offline/setup"),
  "/work/shared/tools/prisma-schema-engine-offline/setup",
].filter((candidate): candidate is string => Boolean(candidate));

/**
 * Prisma 7's CLI downloads a native schema engine on first use. Machines without access to
 * Prisma's binary host have an offline stand-in next to the project; use it when it exists and
 * nothing else was configured. Machines with internet access need nothing.
 */
export function prismaEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const offlineEngineSetup = OFFLINE_ENGINE_SETUP_CANDIDATES.find((candidate) => existsSync(candidate));
  if (env.PRISMA_SCHEMA_ENGINE_BINARY || !offlineEngineSetup) return env;
  const binary = execFileSync(offlineEngineSetup, { cwd: root, encoding: "utf8" }).trim();
  return { ...env, PRISMA_SCHEMA_ENGINE_BINARY: binary };
}

export function runPrisma(args: string[], env: NodeJS.ProcessEnv, options: { quiet?: boolean } = {}) {
  const result = spawnSync(path.join(root, "node_modules/.bin/prisma"), args, {
    cwd: root,
    env,
    stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    encoding: "utf8",
  });
  if (result.status !== 0) {
    const output = options.quiet ? `\n${result.stdout}${result.stderr}` : "";
    throw new Error(`prisma ${args.join(" ")} failed (exit ${result.status})${output}`);
  }
}
