import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    // Playwright fixtures call their callback `use`, which is not React's hook.
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // The matching engine is pure: plain data in, proposals and explanations out.
    files: ["lib/matching/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@prisma/*", "**/generated/prisma/**", "@/lib/generated/**"], message: "lib/matching must not touch the database." },
            { group: ["next", "next/*", "next-auth", "next-auth/*"], message: "lib/matching must not depend on Next.js." },
            { group: ["@/lib/data/**", "**/lib/data/**", "../data/**", "@/lib/db", "**/lib/db"], message: "lib/matching takes plain data; the loader lives in lib/data." },
            { group: ["pino", "winston", "@/lib/log*", "**/lib/log*"], message: "lib/matching does not log." },
          ],
        },
      ],
    },
  },
  globalIgnores([".next/**", "out/**", "build/**", "next-env.d.ts", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**"]),
]);
