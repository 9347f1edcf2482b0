import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  test: {
    include: ["tests/{unit,integration}/**/*.test.ts"],
    environment: "node",
    // No-op unless HUB_TEST_NOW is set: then the app clock (Date) starts at that time (see the file).
    setupFiles: ["tests/support/fixed-clock.ts"],
    env: { HUB_TEST_RUN_STARTED_AT: String(Date.now()) },
    // Integration tests share the run's database; files run one after another so counts stay predictable.
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
