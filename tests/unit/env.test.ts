import { afterEach, describe, expect, it, vi } from "vitest";

const originalEnv = { ...process.env };

async function loadEnvModule() {
  vi.resetModules();
  return import("~/utils/env.server.ts");
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
});
