import { afterEach, describe, expect, it, vi } from "vitest";
import { formatDuration, greeting, subjectLine } from "../../emails/strings.ts";

const originalEnv = { ...process.env };
afterEach(() => {
  process.env = { ...originalEnv };
});

async function loadEnv(overrides: Record<string, string | undefined>) {
  process.env = { ...originalEnv, DATABASE_URL: "postgresql://user@localhost:5432/hub", ...overrides };
  for (const [key, value] of Object.entries(overrides)) if (value === undefined) delete process.env[key];
  vi.resetModules();
  return (await import("../../app/kernel/env.server.ts")).getEnv;
}

describe("e-mail settings", () => {
  it("refuse to boot in production without RESEND_API_KEY, saying why", async () => {
    const getEnv = await loadEnv({ NODE_ENV: "production", RESEND_API_KEY: "" });
    expect(() => getEnv()).toThrow(/RESEND_API_KEY is required in production/);
  });

  it("need no key in development, and default the sender and the worker", async () => {
    const getEnv = await loadEnv({ NODE_ENV: "development", RESEND_API_KEY: undefined, EMAIL_FROM: undefined, JOBS_WORKER: undefined });
    expect(getEnv().RESEND_API_KEY).toBeUndefined();
    expect(getEnv()).toMatchObject({ EMAIL_FROM: "しおじり共創ハブ <no-reply@hub.shiojiri.example>", JOBS_WORKER: "on" });
  });

  it("reject a malformed sender, base URL or worker switch together", async () => {
    const getEnv = await loadEnv({ NODE_ENV: "test", EMAIL_FROM: "nobody", RESEND_BASE_URL: "not a url", JOBS_WORKER: "maybe" });
    expect(() => getEnv()).toThrow(/RESEND_BASE_URL[\s\S]*EMAIL_FROM[\s\S]*JOBS_WORKER|EMAIL_FROM[\s\S]*RESEND_BASE_URL/);
  });
});

describe("e-mail wording", () => {
  it("says how long a link lasts as people say it", () => {
    expect(formatDuration("ja", 30)).toBe("30分");
    expect(formatDuration("ja", 60 * 24)).toBe("24時間");
    expect(formatDuration("ja", 90)).toBe("1時間30分");
    expect(formatDuration("en", 1)).toBe("1 minute");
    expect(formatDuration("en", 60)).toBe("1 hour");
    expect(formatDuration("en", 150)).toBe("2 hours 30 minutes");
  });

  it("greets by name, politely without one", () => {
    expect(greeting("ja", "山田 花子")).toBe("山田 花子 様");
    expect(greeting("ja", "  ")).toBe("こんにちは。");
    expect(greeting("en", "Alex")).toBe("Hello Alex,");
  });

  it("brands every subject the same way in each language", () => {
    expect(subjectLine("ja", "パスワードの再設定")).toBe("【しおじり共創ハブ】パスワードの再設定");
    expect(subjectLine("en", "Reset your password")).toBe("Reset your password — Shiojiri Co-creation Hub");
  });
});
