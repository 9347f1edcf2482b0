// Following: what a signed-in user hears about. One row per user and target; unfollowing mutes the row rather
// than deleting it, so that taking part again never re-follows someone who chose to stop.
import type { FollowTargetType, Prisma } from "~/generated/prisma/client.ts";

type Db = Pick<Prisma.TransactionClient, "follow">;

export type FollowTarget =
  | { type: "CHALLENGE"; challengeId: string }
  | { type: "INITIATIVE"; initiativeId: string }
  | { type: "STRATEGY"; strategyId: number }
  | { type: "FIELD"; fieldId: number }
  | { type: "AREA"; areaId: number };

export function followColumns(target: FollowTarget) {
  const columns: Pick<Prisma.FollowUncheckedCreateInput, "targetType" | "challengeId" | "initiativeId" | "strategyId" | "fieldId" | "areaId"> = {
    targetType: target.type satisfies FollowTargetType,
  };
  if (target.type === "CHALLENGE") columns.challengeId = target.challengeId;
  if (target.type === "INITIATIVE") columns.initiativeId = target.initiativeId;
  if (target.type === "STRATEGY") columns.strategyId = target.strategyId;
  if (target.type === "FIELD") columns.fieldId = target.fieldId;
  if (target.type === "AREA") columns.areaId = target.areaId;
  return columns;
}

/**
 * Makes the users follow the target because they take part in it (proposers, participants' members). Someone
 * already following keeps their row, and someone who unfollowed stays unfollowed. Pass the transaction client so
 * the follow commits with the change that caused it.
 */
export async function autoFollow(db: Db, userIds: readonly string[], target: FollowTarget): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  const columns = followColumns(target);
  await db.follow.createMany({
    data: unique.map((userId) => ({ userId, ...columns, automatic: true })),
    skipDuplicates: true,
  });
}
