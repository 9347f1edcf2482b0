import { afterEach, describe, expect, it, vi } from "vitest";

const originalEnv = { ...process.env };

async function loadEnvModule() {
  vi.resetModules();
  return import("../../app/kernel/env.server.ts");
}

afterEach(() => {
  process.env = { ...originalEnv };
});

describe("getEnv", () => {
  it("accepts a PostgreSQL URL", async () => {
    process.env.DATABASE_URL = "postgresql://user@localhost:5432/hub";
    const { getEnv } = await loadEnvModule();
    expect(getEnv().DATABASE_URL).toBe("postgresql://user@localhost:5432/hub");
  });

  it("explains a missing DATABASE_URL instead of failing later", async () => {
    delete process.env.DATABASE_URL;
    const { getEnv } = await loadEnvModule();
    expect(() => getEnv()).toThrow(/DATABASE_URL is required/);
  });

  it("lists every wrong variable at once", async () => {
    process.env.DATABASE_URL = "mysql://localhost/hub";
    process.env.APP_ORIGIN = "not a url";
    const { getEnv } = await loadEnvModule();
    expect(() => getEnv()).toThrow(/DATABASE_URL must start with postgresql:\/\/[\s\S]*APP_ORIGIN/);
  });

  it("insists on APP_ORIGIN and a mail key in production, where links must not follow the Host header", async () => {
    process.env.DATABASE_URL = "postgresql://user@localhost:5432/hub";
    process.env.NODE_ENV = "production";
    delete process.env.APP_ORIGIN;
    delete process.env.RESEND_API_KEY;
    let { getEnv } = await loadEnvModule();
    expect(() => getEnv()).toThrow(/RESEND_API_KEY is required in production[\s\S]*APP_ORIGIN is required in production/);

    process.env.APP_ORIGIN = "https://hub.shiojiri.example";
    process.env.RESEND_API_KEY = "re_live";
    ({ getEnv } = await loadEnvModule());
    expect(getEnv().APP_ORIGIN).toBe("https://hub.shiojiri.example");
  });
});

describe("shouldUseSecureCookies", () => {
  async function secureFor(appOrigin: string) {
    process.env.DATABASE_URL = "postgresql://user@localhost:5432/hub";
    process.env.NODE_ENV = "production";
    process.env.RESEND_API_KEY = "re_live";
    process.env.APP_ORIGIN = appOrigin;
    vi.resetModules();
    const { shouldUseSecureCookies } = await import("../../app/kernel/cookies.server.ts");
    return shouldUseSecureCookies();
  }

  it("is on for https and for a local build on http://localhost, off for plain http elsewhere", async () => {
    expect(await secureFor("https://hub.shiojiri.example")).toBe(true);
    expect(await secureFor("http://localhost:3000")).toBe(true);
    expect(await secureFor("http://10.0.0.5:3000")).toBe(false);
  });
});
