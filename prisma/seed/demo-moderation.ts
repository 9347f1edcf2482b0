// Demo moderation (docs/decisions/0018-moderation.md): a few reports waiting in the queue — one profile reported
// twice, an initiative update — and one update already hidden, its owner told. Seeded once, after initiatives.
import type { PrismaClient } from "../../app/generated/prisma/client.ts";

export async function seedDemoModeration(
  prisma: PrismaClient,
  input: { residentEmail: string; coordinatorEmail: string; moderatorEmail: string },
) {
  if ((await prisma.moderationReport.count()) > 0) return;
  const [resident, coordinator, moderator] = await Promise.all(
    [input.residentEmail, input.coordinatorEmail, input.moderatorEmail].map((email) =>
      prisma.user.findUnique({ where: { email }, select: { id: true } }),
    ),
  );
  if (!resident || !coordinator || !moderator) return;
  const [profile, updates] = await Promise.all([
    prisma.partnerProfile.findFirst({
      where: { isPublic: true, kind: "INDIVIDUAL" },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    }),
    prisma.initiativeUpdate.findMany({
      where: { authorId: { not: null } },
      orderBy: { createdAt: "desc" },
      take: 2,
      select: { id: true, title: true, authorId: true },
    }),
  ]);
  const [reportedUpdate, hiddenUpdate] = updates;
  if (!profile || !reportedUpdate || !hiddenUpdate) return;
  await prisma.$transaction(async (tx) => {
    await tx.moderationReport.createMany({
      data: [
        {
          reporterId: resident.id,
          targetType: "PARTNER_PROFILE",
          targetId: profile.id,
          reason: "SPAM",
          details: "同じ宣伝の文章が何度も書かれています。",
        },
        {
          reporterId: coordinator.id,
          targetType: "PARTNER_PROFILE",
          targetId: profile.id,
          reason: "MISLEADING",
          details: "所属として書かれている団体に確認が取れません。",
        },
        { reporterId: resident.id, targetType: "INITIATIVE_UPDATE", targetId: reportedUpdate.id, reason: "INAPPROPRIATE", details: "" },
        {
          reporterId: coordinator.id,
          targetType: "INITIATIVE_UPDATE",
          targetId: hiddenUpdate.id,
          reason: "PERSONAL_DATA",
          details: "写真に写っている子どもの名前が本文にあります。",
          resolvedAt: new Date(),
          resolution: "HIDDEN",
          resolvedById: moderator.id,
        },
      ],
    });
    await tx.initiativeUpdate.update({ where: { id: hiddenUpdate.id }, data: { hiddenAt: new Date() }, select: { id: true } });
    await tx.moderationNotice.create({
      data: {
        userId: hiddenUpdate.authorId!,
        kind: "CONTENT_HIDDEN",
        targetType: "INITIATIVE_UPDATE",
        targetId: hiddenUpdate.id,
        targetLabel: hiddenUpdate.title,
        reason: "PERSONAL_DATA",
        note: "お子さんの名前を消して、もう一度投稿してください。",
      },
    });
  });
}
