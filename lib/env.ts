// The environment, parsed once. A missing or malformed variable stops the process at start with
// a message naming it. Every variable is documented in .env.example and the README.
import { z } from "zod";

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === "" ? undefined : value))
    .refine((value) => value === undefined || protocols.some((p) => value.startsWith(`${p}://`)), {
      message: `must start with ${protocols.map((p) => `${p}://`).join(" or ")}`,
    });

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string({ error: "is not set. `npm run dev` sets it to the embedded database; in production set it to your PostgreSQL" })
      .refine((v) => /^postgres(ql)?:\/\//.test(v), { message: "must start with postgresql://" }),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    NEXTAUTH_URL: z.url({ error: "must be the app's public URL, e.g. https://mentoring.example.org" }).default("http://localhost:3000"),
    NEXTAUTH_SECRET: z.string().optional(),
    SMTP_URL: optionalUrl(["smtp", "smtps"]),
    EMAIL_FROM: z.string().min(3).default("RCPsych Mentoring <mentoring@localhost>"),
    SIGN_IN_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).max(1000).default(5),
    SIGN_IN_LIMIT_PER_IP: z.coerce.number().int().min(1).max(100_000).default(20),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && (!env.NEXTAUTH_SECRET || env.NEXTAUTH_SECRET.length < 32)) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "must be set to at least 32 random characters in production (openssl rand -base64 32)",
      });
    }
    if (env.NODE_ENV === "production" && !env.SMTP_URL) {
      ctx.addIssue({ code: "custom", path: ["SMTP_URL"], message: "must be set in production: sign-in links and notifications go out by email" });
    }
  });

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "environment"} ${issue.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
