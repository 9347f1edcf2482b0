import { prisma } from "../../app/kernel/db.server.ts";

type QueryEvent = { query: string };
type QueryEmitter = { $on(event: "query", listener: (event: QueryEvent) => void): void };

const statements: string[] = [];
let listening = false;

/** Runs `work` and returns the SQL statements Prisma sent meanwhile (the client logs them when NODE_ENV=test). */
export async function recordQueries<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  if (!listening) {
    (prisma as unknown as QueryEmitter).$on("query", (event) => statements.push(event.query));
    listening = true;
  }
  statements.length = 0;
  const result = await work();
  return { result, statements: [...statements] };
}
