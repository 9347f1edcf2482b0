// What followers hear about. Domain code records an Activity in the same transaction as the change that caused
// it (so a notification exists if and only if the change committed), then hands the ids to dispatchActivities
// after the commit; the fan-out job (app/jobs/notification-worker.server.ts) turns each into a Notification per
// follower and queues e-mails. The Atom feeds read the same rows.
import type { ActivityKind, Prisma } from "~/generated/prisma/client.ts";

type Db = Pick<Prisma.TransactionClient, "activity" | "initiative" | "challenge">;

export type ActivitySubject =
  | { initiativeId: string; updateId?: string | null }
  | { challengeId: string };

export type RecordActivityInput = ActivitySubject & {
  kind: ActivityKind;
  /** Whose action it was; they are not notified of it. */
  actorId?: string | null;
  /** What a notification or feed entry needs beyond the subject: { from, to } for status changes, a milestone's or
   * outcome's id and title, … Only JSON-safe values. */
  details?: Prisma.InputJsonObject;
};

/**
 * Writes the Activity with `db` (pass the transaction client), copying the subject's strategy, fields and area
 * so that followers of any of them are found without joins. Returns its id for dispatchActivities.
 */
export async function recordActivity(db: Db, input: RecordActivityInput): Promise<{ id: bigint }> {
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
      details: input.details ?? {},
    },
    select: { id: true },
  });
}
