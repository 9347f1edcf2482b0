import { prisma } from "~/kernel/db.server.ts";

const databaseTimeoutMs = 2_000;

export async function checkDatabase(): Promise<{ ok: boolean; latencyMs: number }> {
  const started = performance.now();
  try {
    await Promise.race([
      prisma.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("database timeout")), databaseTimeoutMs).unref()),
    ]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    console.error("healthz: database check failed", error);
    return { ok: false, latencyMs: Math.round(performance.now() - started) };
  }
}
