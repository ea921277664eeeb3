// `npm run prisma -- <args>`: the Prisma CLI with the schema engine resolved (see lib/prisma-cli.ts).
import { prismaEnvironment, runPrisma } from "./lib/prisma-cli";

try {
  runPrisma(process.argv.slice(2), prismaEnvironment());
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
