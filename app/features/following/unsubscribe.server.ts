// One-click unsubscribe from a notification e-mail, without signing in: the signed token (signed-token.server.ts)
// is the authorisation. "all" turns notification e-mails off (in-app notifications stay); "follow:<id>" stops one
// follow. Applying it twice changes nothing the second time.
import type { FollowTargetType, NotificationFrequency } from "~/generated/prisma/client.ts";
import { writeAudit } from "~/kernel/audit/audit.server.ts";
import { prisma } from "~/kernel/db.server.ts";
import { verifyLinkToken, type LinkPayload } from "~/kernel/signed-token.server.ts";

export type UnsubscribeTarget = {
  userId: string;
  language: "ja" | "en";
  scope: "all" | "follow";
  /** For "follow": what the follow is of, in both languages. */
  follow: { type: FollowTargetType; nameJa: string; nameEn: string } | null;
  /** Already stopped: the page says so instead of offering the button. */
  done: boolean;
};

async function targetOf(payload: LinkPayload): Promise<UnsubscribeTarget | null> {
  // An introduction's answer link is signed with the same key but unsubscribes from nothing.
  if (payload.s.startsWith("answer:")) return null;
  const user = await prisma.user.findUnique({ where: { id: payload.u }, select: { language: true, notificationFrequency: true } });
  if (!user) return null;
  const language = user.language === "en" ? "en" : "ja";
  if (payload.s === "all") return { userId: payload.u, language, scope: "all", follow: null, done: user.notificationFrequency === "OFF" };
  const follow = await prisma.follow.findFirst({
    where: { id: payload.s.slice("follow:".length), userId: payload.u },
    select: {
      targetType: true,
      mutedAt: true,
      challenge: { select: { titleJa: true, titleEn: true } },
      initiative: { select: { titleJa: true, titleEn: true } },
      strategy: { select: { nameJa: true, nameEn: true } },
      field: { select: { nameJa: true, nameEn: true } },
      area: { select: { nameJa: true, nameEn: true } },
    },
  });
  if (!follow) return null;
  const titled = follow.challenge ?? follow.initiative;
  const named = follow.strategy ?? follow.field ?? follow.area;
  const nameJa = titled?.titleJa ?? named?.nameJa ?? "";
  const nameEn = titled ? (titled.titleEn ?? titled.titleJa) : (named?.nameEn ?? "");
  return {
    userId: payload.u,
    language,
    scope: "follow",
    follow: { type: follow.targetType, nameJa, nameEn },
    done: follow.mutedAt !== null,
  };
}

/** What the token would stop, or null when the token is not one of ours or its account or follow is gone. */
export async function loadUnsubscribe(token: string | undefined): Promise<UnsubscribeTarget | null> {
  const payload = await verifyLinkToken(token);
  return payload ? targetOf(payload) : null;
}

/** Stops what the token names, audit-logged in the same transaction; null for an invalid token. */
export async function applyUnsubscribe(token: string | undefined, context: { ipAddress?: string | null; oneClick?: boolean }) {
  const payload = await verifyLinkToken(token);
  if (!payload || payload.s.startsWith("answer:")) return null;
  return prisma.$transaction(async (tx) => {
    const account = await tx.user.findUnique({ where: { id: payload.u }, select: { displayName: true, email: true } });
    if (!account) return null;
    let changed: boolean;
    let previous: NotificationFrequency | null = null;
    if (payload.s === "all") {
      const [before] = await tx.$queryRaw<{ notificationFrequency: NotificationFrequency }[]>`
        SELECT "notificationFrequency" FROM "User" WHERE "id" = ${payload.u}::uuid FOR UPDATE`;
      if (!before) return null;
      previous = before.notificationFrequency;
      changed = previous !== "OFF";
      if (changed) await tx.user.update({ where: { id: payload.u }, data: { notificationFrequency: "OFF" }, select: { id: true } });
    } else {
      const followId = payload.s.slice("follow:".length);
      const muted = await tx.follow.updateMany({
        where: { id: followId, userId: payload.u, mutedAt: null },
        data: { mutedAt: new Date() },
      });
      changed = muted.count > 0;
      if (!changed && !(await tx.follow.findFirst({ where: { id: followId, userId: payload.u }, select: { id: true } }))) return null;
    }
    if (changed) {
      await writeAudit(tx, {
        actor: { id: payload.u, label: account.displayName || account.email },
        action: "user.unsubscribed",
        targetType: "user",
        targetId: payload.u,
        details: { scope: payload.s, ...(previous ? { previousFrequency: previous } : {}), oneClick: context.oneClick === true },
        ipAddress: context.ipAddress ?? null,
      });
    }
    return { changed };
  });
}
