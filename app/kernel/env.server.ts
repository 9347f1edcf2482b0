import { z } from "zod";

function emptyAsUnset(value: unknown) {
  return value === "" ? undefined : value;
}

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string({ error: "DATABASE_URL is required: a postgresql:// URL (npm run dev starts an embedded database and sets it)" })
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://"),
    APP_ORIGIN: z.url({ error: "APP_ORIGIN must be the public origin, like https://hub.example.jp" }).optional(),
    // E-mail (see app/kernel/email/outbox.server.ts). An empty value in .env counts as unset.
    RESEND_API_KEY: z.preprocess(emptyAsUnset, z.string().optional()),
    RESEND_BASE_URL: z.preprocess(emptyAsUnset, z.url({ error: "RESEND_BASE_URL must be a URL, like http://127.0.0.1:3211" }).optional()),
    EMAIL_FROM: z.preprocess(
      emptyAsUnset,
      z
        .string()
        .regex(
          /^(.+<[^<>\s]+@[^<>\s]+>|[^<>\s]+@[^<>\s]+)$/,
          "EMAIL_FROM must be an address, optionally with a name: Name <no-reply@example.jp>",
        )
        .default("しおじり共創ハブ <no-reply@hub.shiojiri.example>"),
    ),
    // Signs the one-click unsubscribe links in e-mails. Unset: a random key is generated once and kept in the
    // database (AppSecret), shared by every process; set it to rotate the key or to keep it out of the database.
    LINK_SIGNING_SECRET: z.preprocess(emptyAsUnset, z.string().min(32, "LINK_SIGNING_SECRET must have at least 32 characters").optional()),
    // Whether this process runs the background job workers. Several web processes can share one worker process.
    JOBS_WORKER: z.preprocess(emptyAsUnset, z.enum(["on", "off"], { error: "JOBS_WORKER must be on or off" }).default("on")),
    // Response deadlines (decision 0019): business days for a proposal's first response and for an introduced
    // partner's answer, calendar days of silence after which a proposal waiting on its partner is closed.
    RESPONSE_DEADLINE_BUSINESS_DAYS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(60).default(3)),
    INTRODUCTION_ANSWER_BUSINESS_DAYS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(60).default(5)),
    NEEDS_INFO_CLOSE_DAYS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(4).max(365).default(14)),
  })
  .superRefine(
    (env, context) => {
      // Without a key, mail stays in the local mailbox: right for development, silent loss in production.
      if (env.NODE_ENV === "production" && !env.RESEND_API_KEY) {
        context.addIssue({
          code: "custom",
          path: ["RESEND_API_KEY"],
          message: "RESEND_API_KEY is required in production: without it no e-mail (sign-up, sign-in, password reset) is delivered",
        });
      }
      // Without it, links in e-mails (password reset, sign-in) and the Origin check would follow the request's Host
      // header, which anyone can set: a reset link mailed to a real user could point at another site.
      if (env.NODE_ENV === "production" && !env.APP_ORIGIN) {
        context.addIssue({
          code: "custom",
          path: ["APP_ORIGIN"],
          message:
            "APP_ORIGIN is required in production: the public origin (https://hub.example.jp) that e-mailed links and the Origin check use",
        });
      }
      // Checked even when another variable is wrong, so the boot error lists every problem at once.
    },
    { when: () => true },
  );

export type Env = z.infer<typeof envSchema>;

let cachedEnv: Env | undefined;

/** Validates process.env once, at boot; a wrong value stops the server with every problem listed. */
export function getEnv(): Env {
  if (cachedEnv) return cachedEnv;
  // zod's own English messages for operators (forms answer with translation keys instead: forms/zod-messages.ts).
  const parsed = envSchema.safeParse(process.env, { error: (issue) => z.locales.en().localeError(issue) });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment variables (see .env.example):\n${problems}`);
  }
  cachedEnv = parsed.data;
  return cachedEnv;
}
