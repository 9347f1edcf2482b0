// Following: what a signed-in user hears about. One row per user and target; unfollowing mutes the row rather
// than deleting it, so that taking part again never re-follows someone who chose to stop.
import type { FollowTargetType, NotificationFrequency, Prisma } from "~/generated/prisma/client.ts";
import { writeAudit } from "~/kernel/audit/audit.server.ts";
import { prisma, type Db } from "~/kernel/db.server.ts";
import { publicChallengeStatuses } from "~/features/challenges/index.ts";
import type { Language } from "~/kernel/i18n/config.ts";

export type FollowTarget =
  | { type: "CHALLENGE"; challengeId: string }
  | { type: "INITIATIVE"; initiativeId: string }
  | { type: "STRATEGY"; strategyId: number }
  | { type: "FIELD"; fieldId: number }
  | { type: "AREA"; areaId: number };

export function followColumns(target: FollowTarget) {
  const columns: Pick<
    Prisma.FollowUncheckedCreateInput,
    "targetType" | "challengeId" | "initiativeId" | "strategyId" | "fieldId" | "areaId"
  > = {
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
export async function autoFollow(db: Pick<Db, "follow">, userIds: readonly string[], target: FollowTarget): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  const columns = followColumns(target);
  await db.follow.createMany({
    data: unique.map((userId) => ({ userId, ...columns, automatic: true })),
    skipDuplicates: true,
  });
}

/** The target's id as a form carries it: a UUID for challenges and initiatives, a number for the taxonomy. */
export function followTargetId(target: FollowTarget): string {
  if (target.type === "CHALLENGE") return target.challengeId;
  if (target.type === "INITIATIVE") return target.initiativeId;
  if (target.type === "STRATEGY") return String(target.strategyId);
  if (target.type === "FIELD") return String(target.fieldId);
  return String(target.areaId);
}

const targetKey = (target: FollowTarget) => `${target.type}:${followTargetId(target)}`;

function targetWhere(target: FollowTarget): Prisma.FollowWhereInput {
  return followColumns(target);
}

function uniqueWhere(userId: string, target: FollowTarget): Prisma.FollowWhereUniqueInput {
  if (target.type === "CHALLENGE") return { userId_challengeId: { userId, challengeId: target.challengeId } };
  if (target.type === "INITIATIVE") return { userId_initiativeId: { userId, initiativeId: target.initiativeId } };
  if (target.type === "STRATEGY") return { userId_strategyId: { userId, strategyId: target.strategyId } };
  if (target.type === "FIELD") return { userId_fieldId: { userId, fieldId: target.fieldId } };
  return { userId_areaId: { userId, areaId: target.areaId } };
}

/**
 * The target a follow form names, if it exists and its page is public (a draft challenge is not something a
 * visitor may learn exists). Null otherwise, which the route answers with 404.
 */
export async function resolveFollowTarget(type: FollowTargetType, id: string): Promise<FollowTarget | null> {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const integer = /^[1-9][0-9]{0,8}$/;
  if (type === "CHALLENGE") {
    if (!uuid.test(id)) return null;
    const challenge = await prisma.challenge.findFirst({
      where: { id, status: { in: [...publicChallengeStatuses] } },
      select: { id: true },
    });
    return challenge ? { type, challengeId: challenge.id } : null;
  }
  if (type === "INITIATIVE") {
    if (!uuid.test(id)) return null;
    const initiative = await prisma.initiative.findUnique({ where: { id }, select: { id: true } });
    return initiative ? { type, initiativeId: initiative.id } : null;
  }
  if (!integer.test(id)) return null;
  const numericId = Number(id);
  if (type === "STRATEGY")
    return (await prisma.strategy.findUnique({ where: { id: numericId }, select: { id: true } })) ? { type, strategyId: numericId } : null;
  if (type === "FIELD")
    return (await prisma.strategyField.findUnique({ where: { id: numericId }, select: { id: true } }))
      ? { type, fieldId: numericId }
      : null;
  return (await prisma.area.findUnique({ where: { id: numericId }, select: { id: true } })) ? { type, areaId: numericId } : null;
}

/** Follows by pressing the button: a muted row is unmuted, and an automatic one becomes the user's own choice. */
export async function follow(userId: string, target: FollowTarget): Promise<void> {
  await prisma.follow.upsert({
    where: uniqueWhere(userId, target),
    create: { userId, ...followColumns(target), automatic: false },
    update: { mutedAt: null, automatic: false },
  });
}

/** Stops hearing about the target. The row stays, muted, so that autoFollow never brings it back. */
export async function unfollow(userId: string, target: FollowTarget): Promise<void> {
  await prisma.follow.updateMany({ where: { userId, ...targetWhere(target), mutedAt: null }, data: { mutedAt: new Date() } });
}

/** What the follow button needs; see app/features/following/follow-button.tsx. */
export type FollowState = {
  targetType: FollowTargetType;
  targetId: string;
  signedIn: boolean;
  following: boolean;
  /** Followed because the user takes part, not by pressing the button. */
  automatic: boolean;
  followers: number;
};

export async function followerCount(target: FollowTarget): Promise<number> {
  return prisma.follow.count({ where: { ...targetWhere(target), mutedAt: null } });
}

/** One target's follow state for the page's loader. `userId` null: a visitor, who sees the count only. */
export async function followStateFor(userId: string | null, target: FollowTarget): Promise<FollowState> {
  const [followers, own] = await Promise.all([
    followerCount(target),
    userId ? prisma.follow.findUnique({ where: uniqueWhere(userId, target), select: { mutedAt: true, automatic: true } }) : null,
  ]);
  const following = Boolean(own && !own.mutedAt);
  return {
    targetType: target.type,
    targetId: followTargetId(target),
    signedIn: userId !== null,
    following,
    automatic: following && Boolean(own?.automatic),
    followers,
  };
}

const targetColumn = {
  CHALLENGE: "challengeId",
  INITIATIVE: "initiativeId",
  STRATEGY: "strategyId",
  FIELD: "fieldId",
  AREA: "areaId",
} as const satisfies Record<FollowTargetType, keyof Prisma.FollowUncheckedCreateInput>;

/**
 * Follow states of many targets for list pages: per target type present, one grouped count and one query for
 * the user's own rows, however long the list. Keyed by `followStateKey(target)`.
 */
export async function followStatesFor(userId: string | null, targets: readonly FollowTarget[]): Promise<Map<string, FollowState>> {
  const byType = new Map<FollowTargetType, FollowTarget[]>();
  for (const target of targets) byType.set(target.type, [...(byType.get(target.type) ?? []), target]);
  const counts = new Map<string, number>();
  const own = new Map<string, { automatic: boolean }>();
  await Promise.all(
    [...byType].map(async ([type, group]) => {
      const column = targetColumn[type];
      const ids = group.map((target) => followColumns(target)[column]);
      const where = { targetType: type, [column]: { in: ids } } as Prisma.FollowWhereInput;
      const [grouped, rows] = await Promise.all([
        prisma.follow.groupBy({ by: [column], where: { ...where, mutedAt: null }, _count: { _all: true } }),
        userId ? prisma.follow.findMany({ where: { ...where, userId, mutedAt: null }, select: { [column]: true, automatic: true } }) : [],
      ]);
      for (const row of grouped as Array<Record<string, unknown> & { _count: { _all: number } }>)
        counts.set(`${type}:${String(row[column])}`, row._count._all);
      for (const row of rows as Array<Record<string, unknown> & { automatic: boolean }>)
        own.set(`${type}:${String(row[column])}`, { automatic: row.automatic });
    }),
  );
  return new Map(
    targets.map((target) => {
      const key = targetKey(target);
      const mine = own.get(key);
      return [
        key,
        {
          targetType: target.type,
          targetId: followTargetId(target),
          signedIn: userId !== null,
          following: Boolean(mine),
          automatic: Boolean(mine?.automatic),
          followers: counts.get(key) ?? 0,
        },
      ];
    }),
  );
}

export const followStateKey = targetKey;

/** What the account page lists: everything the user follows now, newest first, with a name and a link. */
export async function listFollows(userId: string, language: Language) {
  const rows = await prisma.follow.findMany({
    where: { userId, mutedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      targetType: true,
      automatic: true,
      createdAt: true,
      challenge: { select: { id: true, number: true, titleJa: true, titleEn: true, status: true } },
      initiative: { select: { id: true, number: true, titleJa: true, titleEn: true } },
      strategy: { select: { id: true, code: true, nameJa: true, nameEn: true } },
      field: { select: { id: true, number: true, nameJa: true, nameEn: true } },
      area: { select: { id: true, slug: true, nameJa: true, nameEn: true } },
    },
  });
  const pick = (ja: string, en: string | null | undefined) => (language === "en" && en ? en : ja);
  return rows.flatMap((row) => {
    const base = { id: row.id, targetType: row.targetType, automatic: row.automatic, followedAt: row.createdAt.toISOString() };
    if (row.challenge) {
      // A challenge taken back to draft is not public any more: its name is not shown.
      if (!(publicChallengeStatuses as readonly string[]).includes(row.challenge.status)) return [];
      return [
        {
          ...base,
          targetId: row.challenge.id,
          name: pick(row.challenge.titleJa, row.challenge.titleEn),
          href: `/challenges/${row.challenge.number}`,
        },
      ];
    }
    if (row.initiative) {
      return [
        {
          ...base,
          targetId: row.initiative.id,
          name: pick(row.initiative.titleJa, row.initiative.titleEn),
          href: `/initiatives/${row.initiative.number}`,
        },
      ];
    }
    if (row.strategy) {
      return [
        {
          ...base,
          targetId: String(row.strategy.id),
          name: `${row.strategy.code} ${pick(row.strategy.nameJa, row.strategy.nameEn)}`,
          href: `/strategies/${row.strategy.code}`,
        },
      ];
    }
    if (row.field) {
      return [
        { ...base, targetId: String(row.field.id), name: pick(row.field.nameJa, row.field.nameEn), href: `/fields/${row.field.number}` },
      ];
    }
    if (row.area)
      return [{ ...base, targetId: String(row.area.id), name: pick(row.area.nameJa, row.area.nameEn), href: `/areas/${row.area.slug}` }];
    return [];
  });
}

/**
 * How often notifications are e-mailed (in-app ones always arrive). Audited with the old and new value in the
 * same transaction; saving the same choice again changes and records nothing.
 */
export async function setNotificationFrequency(
  user: { id: string; displayName: string },
  frequency: NotificationFrequency,
  ip: string | null,
): Promise<{ changed: boolean }> {
  return prisma.$transaction(async (tx) => {
    const current = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { notificationFrequency: true } });
    if (current.notificationFrequency === frequency) return { changed: false };
    await tx.user.update({ where: { id: user.id }, data: { notificationFrequency: frequency }, select: { id: true } });
    await writeAudit(tx, {
      actor: { id: user.id, label: user.displayName },
      action: "user.notifications_changed",
      targetType: "user",
      targetId: user.id,
      details: { from: current.notificationFrequency, to: frequency },
      ipAddress: ip,
    });
    return { changed: true };
  });
}

/** The account export: what the user follows or muted, by target, with the dates. */
export async function exportFollows(userId: string) {
  const rows = await prisma.follow.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      targetType: true,
      challengeId: true,
      initiativeId: true,
      strategyId: true,
      fieldId: true,
      areaId: true,
      automatic: true,
      mutedAt: true,
      createdAt: true,
    },
  });
  return rows.map((row) => ({
    targetType: row.targetType,
    targetId: row.challengeId ?? row.initiativeId ?? row.strategyId ?? row.fieldId ?? row.areaId,
    automatic: row.automatic,
    mutedAt: row.mutedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  }));
}
