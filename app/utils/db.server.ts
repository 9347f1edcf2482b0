import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "~/generated/prisma/client.ts";
import { getEnv } from "./env.server.ts";

type Global = typeof globalThis & { __prismaClient?: { forClass: typeof PrismaClient; client: PrismaClient } };

function createClient() {
  const env = getEnv();
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: 10 });
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
