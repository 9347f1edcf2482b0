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

/** For load balancers and uptime checks (/healthz): 200 when the database answers, 503 when it does not. */
export async function healthResponse(): Promise<Response> {
  const database = await checkDatabase();
  return Response.json(
    { status: database.ok ? "ok" : "unavailable", database },
    { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
