import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is required: a postgresql:// URL (npm run dev starts an embedded database and sets it)" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://"),
  APP_ORIGIN: z.url({ error: "APP_ORIGIN must be the public origin, like https://hub.example.jp" }).optional(),
});

export type Env = z.infer<typeof envSchema>;

let cachedEnv: Env | undefined;

/** Validates process.env once, at boot; a wrong value stops the server with every problem listed. */
export function getEnv(): Env {
  if (cachedEnv) return cachedEnv;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment variables (see .env.example):\n${problems}`);
  }
  cachedEnv = parsed.data;
  return cachedEnv;
}
