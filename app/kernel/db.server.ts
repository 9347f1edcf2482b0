import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "~/generated/prisma/client.ts";
import { getEnv } from "./env.server.ts";
import { connectionName } from "./instance.server.ts";

type Global = typeof globalThis & { __prismaClient?: { forClass: typeof PrismaClient; client: PrismaClient } };

/**
 * Limits for every connection the hub opens (Prisma's pool, the rate limiter's, pg-boss's): a database that is
 * down, restarting or frozen (SIGSTOP, a hung disk) makes a request fail within seconds — a 503 page, see
 * unavailable.server.ts — instead of hanging it. `query_timeout` is the client's own limit, the one that still
 * fires when the server cannot answer at all; the server-side ones end a slow statement or a lock wait cleanly.
 */
export const connectionLimits = {
  connectionTimeoutMillis: 4_000,
  statement_timeout: 8_000,
  lock_timeout: 4_000,
  idle_in_transaction_session_timeout: 30_000,
  query_timeout: 9_000,
  keepAlive: true,
} as const;

function createClient() {
  const env = getEnv();
  const adapter = new PrismaPg(
    { connectionString: env.DATABASE_URL, max: 10, application_name: connectionName("web"), ...connectionLimits },
    // A pooled connection the server closes (a restart: "terminating connection due to administrator command")
    // is dropped and replaced on the next query; without a listener its error event would end the process.
    { onPoolError: (error) => console.error(`[db] pooled connection lost: ${error.message}`) },
  );
  // Tests count the statements a page makes (no N+1); nothing listens in development or production.
  return new PrismaClient({ adapter, log: env.NODE_ENV === "test" ? [{ emit: "event", level: "query" }] : [] });
}

// One client per process. Keyed on the PrismaClient class so that, in development, a migration that
// regenerates the client also replaces the cached instance instead of keeping a stale one across HMR.
function getClient() {
  const global = globalThis as Global;
  if (global.__prismaClient?.forClass !== PrismaClient) {
    global.__prismaClient = { forClass: PrismaClient, client: createClient() };
  }
  return global.__prismaClient.client;
}

export const prisma = getClient();

/**
 * What a query runs on: the client or a transaction's. Functions that take one can run inside their caller's
 * transaction; `Pick<Db, "user" | ...>` says which tables they touch.
 */
export type Db = Prisma.TransactionClient;

/**
 * PostgreSQL's "could not serialize" (40001) or a deadlock: P2034 when a statement hits it, but a bare
 * DriverAdapterError (cause.kind TransactionWriteConflict) when it surfaces at COMMIT.
 */
function isSerializationConflict(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, cause } = error as { code?: unknown; cause?: { kind?: unknown } };
  return code === "P2034" || cause?.kind === "TransactionWriteConflict";
}

/**
 * A serializable transaction, retried when PostgreSQL aborts it for a conflicting concurrent one (P2034):
 * the checks inside (say, "is there another admin?") then hold however many requests race.
 */
export async function serializableTransaction<T>(work: (tx: Db) => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma.$transaction(work, { isolationLevel: "Serializable" });
    } catch (error) {
      if (!isSerializationConflict(error) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
    }
  }
}
