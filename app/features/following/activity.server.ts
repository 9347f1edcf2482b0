// What followers hear about. Domain code records an Activity in the same transaction as the change that caused
// it (so a notification exists if and only if the change committed), then hands the ids to dispatchActivities
// after the commit; the fan-out job (app/features/following/notification-worker.server.ts) turns each into a Notification per
// follower and queues e-mails. The Atom feeds read the same rows.
import type { ActivityKind, Prisma } from "~/generated/prisma/client.ts";
import { getBoss, getStartedBoss } from "~/kernel/jobs.server.ts";
import type { Db } from "~/kernel/db.server.ts";

export type ActivitySubject = { initiativeId: string; updateId?: string | null } | { challengeId: string };

export type RecordActivityInput = ActivitySubject & {
  kind: ActivityKind;
  /** Whose action it was; they are not notified of it. */
  actorId?: string | null;
  /** What a notification or feed entry needs beyond the subject: { from, to } for status changes, a milestone's or
   * outcome's id and title, … Only JSON-safe values. */
  details?: Prisma.InputJsonObject;
  /** The public origin of the request that caused it (see mailOrigin): links in the e-mails the fan-out job
   * sends point there, since a job has no request of its own. Stored as details.origin. */
  origin?: string | null;
};

/**
 * Writes the Activity with `db` (pass the transaction client), copying the subject's strategy, fields and area
 * so that followers of any of them are found without joins. Returns its id for dispatchActivities.
 */
export async function recordActivity(
  db: Pick<Db, "activity" | "initiative" | "challenge">,
  input: RecordActivityInput,
): Promise<{ id: bigint }> {
  const placement =
    "initiativeId" in input
      ? await db.initiative.findUniqueOrThrow({
          where: { id: input.initiativeId },
          select: { strategyId: true, areaId: true, challengeId: true, fields: { select: { fieldId: true } } },
        })
      : await db.challenge.findUniqueOrThrow({
          where: { id: input.challengeId },
          select: { strategyId: true, areaId: true, fields: { select: { fieldId: true } } },
        });
  return db.activity.create({
    data: {
      kind: input.kind,
      initiativeId: "initiativeId" in input ? input.initiativeId : null,
      updateId: "initiativeId" in input ? (input.updateId ?? null) : null,
      challengeId: "challengeId" in input ? input.challengeId : null,
      strategyId: placement.strategyId,
      areaId: placement.areaId,
      fieldIds: placement.fields.map((field) => field.fieldId),
      actorId: input.actorId ?? null,
      details: { ...(input.details ?? {}), ...(input.origin ? { origin: input.origin } : {}) },
    },
    select: { id: true },
  });
}

/** The pg-boss queue whose jobs fan one Activity out to its followers (worker: app/features/following/notification-worker.server.ts). */
export const ACTIVITY_FAN_OUT_QUEUE = "activity.fan-out";

export type ActivityFanOutJob = { activityId: string };

/**
 * After the transaction commits: one fan-out job per activity, so followers hear within seconds. Never throws —
 * the rows are committed, and the worker's sweeper picks up any activity not fanned out after a minute.
 */
export async function dispatchActivities(ids: ReadonlyArray<bigint | { id: bigint }>): Promise<void> {
  if (ids.length === 0) return;
  try {
    // Under Vitest a job queue exists only if the test started one; otherwise the sweeper or the test fans out.
    const boss = await (process.env.VITEST ? getStartedBoss() : getBoss());
    if (!boss) return;
    await boss.createQueue(ACTIVITY_FAN_OUT_QUEUE, { name: ACTIVITY_FAN_OUT_QUEUE, retryLimit: 5, retryDelay: 5, retryBackoff: true });
    await boss.insert(
      ids.map((entry) => ({
        name: ACTIVITY_FAN_OUT_QUEUE,
        data: { activityId: String(typeof entry === "bigint" ? entry : entry.id) } satisfies ActivityFanOutJob,
      })),
    );
  } catch (error) {
    console.error(`[activity] dispatch of ${ids.length} activit(ies) failed; the sweeper will fan them out`, error);
  }
}
