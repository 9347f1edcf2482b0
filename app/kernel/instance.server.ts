// Which of the hub's processes this is, as the database sees it: every connection the process opens carries its
// id in application_name, so other processes can tell whether it is still alive (see the e-mail worker's claims).
import { randomBytes } from "node:crypto";
import os from "node:os";

type Global = typeof globalThis & { __hubInstanceId?: string };

/**
 * This process among all the hub's processes: host, pid and a random part (a pid is reused after a restart).
 * Its database connections carry it in their application_name (`shiojiri-hub-web@<id>`, `shiojiri-hub-worker@<id>`), so a claim it holds (an
 * e-mail being sent) is known to be abandoned as soon as no connection of its process is left (processIsConnectedSql).
 */
export function workerInstanceId(): string {
  const global = globalThis as Global;
  global.__hubInstanceId ??= `${os
    .hostname()
    .replace(/[^A-Za-z0-9.-]/g, "-")
    .slice(0, 24)}:${process.pid}:${randomBytes(3).toString("hex")}`;
  return global.__hubInstanceId;
}

/** The application_name of this process's connections (PostgreSQL keeps 63 bytes of it). */
export function connectionName(role: "web" | "worker"): string {
  return `shiojiri-hub-${role}@${workerInstanceId()}`;
}

/**
 * SQL: whether the process named by the text column or expression `claimant` still has a connection to the
 * database. This process counts as alive whatever its pool holds at the moment.
 */
export function processIsConnectedSql(claimant: string): string {
  return `(${claimant} = '${workerInstanceId()}' OR EXISTS (SELECT 1 FROM pg_stat_activity WHERE split_part(application_name, '@', 2) = ${claimant}))`;
}
