import "dotenv/config";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { createMigrationAdapter } from "./prisma/migration-adapter.ts";

// `prisma generate` needs a DATABASE_URL to read the schema but never connects. Without one (a fresh clone
// running `npm ci`) it ignores engineType = "client" and tries to download a query engine.
process.env.DATABASE_URL ??= "postgresql://placeholder@localhost:5432/placeholder";

// The WASM schema engine leaves timers of 10 s behind that keep the CLI alive after its work is done.
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) => {
  const timer = originalSetTimeout(handler as () => void, timeout, ...rest) as unknown as { unref?: () => void };
  if ((timeout ?? 0) >= 10_000) timer.unref?.();
  return timer;
}) as typeof setTimeout;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  async adapter() {
    return createMigrationAdapter(process.env.DATABASE_URL!);
  },
});
