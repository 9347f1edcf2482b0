// Reminders that must go out once, however many worker processes run the job that finds them due: the first
// transaction to insert the reminder's key (DeadlineReminder's primary key) sends it; the others find the key taken.
import type { Db } from "~/kernel/db.server.ts";

/**
 * Claims a reminder inside the caller's transaction: true when this transaction is the first to claim `key` (queue
 * the mails with the same `tx`, so a rollback frees the key again), false when it was claimed before. A concurrent
 * claim of the same key waits for the other transaction and then returns false.
 */
export async function claimReminder(tx: Pick<Db, "$executeRaw">, key: string, now: Date = new Date()): Promise<boolean> {
  const inserted =
    await tx.$executeRaw`INSERT INTO "DeadlineReminder" ("key", "sentAt") VALUES (${key}, ${now}) ON CONFLICT ("key") DO NOTHING`;
  return inserted === 1;
}
