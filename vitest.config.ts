import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  test: {
    include: ["tests/{unit,integration}/**/*.test.ts"],
    environment: "node",
    // Integration tests share the run's database; files run one after another so counts stay predictable.
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
