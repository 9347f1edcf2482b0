// Demo initiatives: built from the demo's AGREED, ACTIVE and COMPLETED matches (a few join an initiative another
// match started), with participants (some named publicly), local counterparts, progress updates in Japanese and
// some in English, milestones and events in the past and the future, outcomes, cheers from demo accounts and a
// status mix (mostly active, some completed, one paused). Their history is recorded as Activity rows so the feeds
// and notifications have something to show. Seeded once, after the matches.
import type { PrismaClient } from "../../app/generated/prisma/client.ts";
import { addTokyoDays, startOfTokyoDay, todayInTokyo, tokyoDateTime, utcMidnight } from "../../app/kernel/japan-time.ts";
import {
  createInitiativeFromMatch,
  createInitiativeMilestone,
  createInitiativeOutcome,
  createInitiativeUpdate,
  joinInitiativeWithMatch,
} from "./factories.ts";

const day = 24 * 60 * 60 * 1000;

const counterpartSets = [
  [
    { nameJa: "塩尻市 企画政策課", nameEn: "Shiojiri City Planning Division", roleJa: "事業の取りまとめ", roleEn: "Coordination" },
    { nameJa: "広丘地区区長会", nameEn: "Hirooka District Association", roleJa: "地域の調整", roleEn: "Local liaison" },
  ],
  [{ nameJa: "塩尻市 観光課", nameEn: "Shiojiri City Tourism Division", roleJa: "広報と会場手配", roleEn: "Publicity and venues" }],
  [
    { nameJa: "奈良井宿 保存会", nameEn: "Narai-juku Preservation Society", roleJa: "現地の案内", roleEn: "Local guidance" },
    { nameJa: "塩尻市 地域おこし協力隊", nameEn: "Shiojiri Regional Revitalisation Corps", roleJa: "運営支援", roleEn: "Operations" },
  ],
  [
    {
      nameJa: "塩尻市 子育て支援センター",
      nameEn: "Shiojiri Childcare Support Centre",
      roleJa: "参加者の募集",
      roleEn: "Recruiting participants",
    },
  ],
];

const updateTemplates: { title: string; body: string; language: "ja" | "en" }[] = [
  {
    title: "キックオフを行いました",
    body: "関係者が集まり、**目標と役割分担**を確認しました。\n\n- 月1回の定例会\n- 共有フォルダでの進捗管理",
    language: "ja",
  },
  {
    title: "現地を視察しました",
    body: "地域の皆さんに案内していただき、課題の現場を見て回りました。次回までに改善案をまとめます。",
    language: "ja",
  },
  {
    title: "Remote workshop held",
    body: "We ran an online workshop with **12 participants** from Tokyo and overseas.\n\nNext: a prototype in the district.",
    language: "en",
  },
  {
    title: "試行版を公開しました",
    body: "第1段階の試行版を公開しました。ご意見は[お問い合わせ](/about)からお寄せください。",
    language: "ja",
  },
  {
    title: "アンケート結果のまとめ",
    body: "参加者アンケートでは、8割の方が「また参加したい」と回答しました。\n\n> 地元の人と話せたのが良かった",
    language: "ja",
  },
  {
    title: "Progress in numbers",
    body: "Three sessions done, two more planned before March. Thank you to everyone who cheered!",
    language: "en",
  },
];

const outcomeTemplates = [
  { labelJa: "参加者数", labelEn: "Participants", unitJa: "人", unitEn: "people" },
  { labelJa: "開催回数", labelEn: "Sessions held", unitJa: "回", unitEn: "sessions" },
  { labelJa: "関わった事業者", labelEn: "Businesses involved", unitJa: "社", unitEn: "businesses" },
  { labelJa: "オンライン閲覧数", labelEn: "Online views", unitJa: "回", unitEn: "views" },
];

export async function seedDemoInitiatives(prisma: PrismaClient, options: { coordinatorEmail: string; residentEmail: string }) {
  if ((await prisma.initiativeParticipant.count()) > 0) return;
  const coordinator = await prisma.user.findUnique({ where: { email: options.coordinatorEmail }, select: { id: true } });
  const coordinatorId = coordinator?.id ?? null;
  const [matches, cheerers] = await Promise.all([
    prisma.match.findMany({
      where: { stage: { in: ["AGREED", "ACTIVE", "COMPLETED"] } },
      orderBy: { number: "asc" },
      select: {
        id: true,
        stage: true,
        agreedAt: true,
        partnerId: true,
        challengeId: true,
        partner: { select: { members: { select: { userId: true }, take: 1 } } },
      },
    }),
    prisma.user.findMany({
      where: { OR: [{ email: options.residentEmail }, { partnerMemberships: { some: {} } }] },
      orderBy: { createdAt: "asc" },
      take: 40,
      select: { id: true },
    }),
  ]);
  if (matches.length === 0) return;
  const now = Date.now();
  const today = todayInTokyo(new Date(now));
  await prisma.$transaction(
    async (tx) => {
      const started: { id: string; challengeId: string }[] = [];
      for (const [index, match] of matches.entries()) {
        // Every sixth ready match joins an initiative already started (a second partner on the same work).
        if (index % 6 === 5 && started.length) {
          const target = started[index % started.length]!;
          await joinInitiativeWithMatch(tx, {
            initiativeId: target.id,
            matchId: match.id,
            showPublicly: index % 2 === 0,
            joinedAt: new Date(now - 20 * day),
          });
          continue;
        }
        if (started.length >= 14) break;
        const startedAt = new Date((match.agreedAt?.getTime() ?? now - 90 * day) + 2 * day);
        const status =
          match.stage === "COMPLETED" ? ("COMPLETED" as const) : started.length === 3 ? ("PAUSED" as const) : ("ACTIVE" as const);
        const initiative = await createInitiativeFromMatch(tx, {
          matchId: match.id,
          actorId: coordinatorId,
          startedAt,
          status,
          statusReason:
            status === "PAUSED"
              ? "冬季の積雪のため、現地作業を春まで休止します。"
              : status === "COMPLETED"
                ? "予定していた取り組みをすべて終えました。"
                : undefined,
          showPublicly: index % 3 !== 1,
          storyJa:
            "## きっかけ\n\n地域課題への提案から生まれた取り組みです。地域の担い手とパートナーが一緒に進めています。\n\n## これから\n\n進み具合はこのページの進捗報告でお知らせします。",
          storyEn:
            index % 2 === 0
              ? "An initiative that grew from a proposal on a local challenge, run together by local people and a partner."
              : null,
        });
        started.push({ id: initiative.id, challengeId: match.challengeId });
        await tx.initiativeCounterpart.createMany({
          data: counterpartSets[index % counterpartSets.length]!.map((counterpart, position) => ({
            ...counterpart,
            initiativeId: initiative.id,
            position,
          })),
        });
        const partnerAuthor = match.partner.members[0]?.userId ?? null;
        const updateCount = 2 + (index % 5);
        const elapsed = Math.max(day, now - startedAt.getTime());
        for (let step = 0; step < updateCount; step++) {
          const template = updateTemplates[(index + step) % updateTemplates.length]!;
          const byPartner = step % 2 === 1 && partnerAuthor;
          await createInitiativeUpdate(tx, {
            initiativeId: initiative.id,
            authorId: byPartner ? partnerAuthor : coordinatorId,
            partnerId: byPartner ? match.partnerId : null,
            title: template.title,
            body: template.body,
            language: template.language,
            createdAt: new Date(startedAt.getTime() + ((step + 1) * elapsed) / (updateCount + 1)),
          });
        }
        await createInitiativeMilestone(tx, {
          initiativeId: initiative.id,
          actorId: coordinatorId,
          titleJa: "関係者の顔合わせ",
          titleEn: "Kick-off meeting",
          startsAt: new Date(startedAt.getTime() + 7 * day),
          achievedAt: new Date(startedAt.getTime() + 7 * day),
          addedAt: startedAt,
        });
        const eventOffsetDays = status === "COMPLETED" ? -30 - index : 5 + ((index * 9) % 60);
        await createInitiativeMilestone(tx, {
          initiativeId: initiative.id,
          actorId: coordinatorId,
          kind: "EVENT",
          titleJa: "地域説明会",
          titleEn: "Community briefing",
          descriptionJa: "どなたでも参加できます。",
          // 13:30–15:00 Japan time, some weeks ahead (or behind, for completed ones).
          startsAt: tokyoDateTime(addTokyoDays(today, eventOffsetDays), "13:30"),
          endsAt: tokyoDateTime(addTokyoDays(today, eventOffsetDays), "15:00"),
          allDay: false,
          locationJa: ["えんぱーく 多目的ホール", "広丘公民館", "奈良井宿 観光案内所", "オンライン（Zoom）"][index % 4],
          locationEn: ["Enpark multipurpose hall", "Hirooka Community Hall", "Narai-juku Tourist Information", "Online (Zoom)"][index % 4],
          addedAt: new Date(startedAt.getTime() + day),
        });
        if (status !== "COMPLETED") {
          await createInitiativeMilestone(tx, {
            initiativeId: initiative.id,
            actorId: coordinatorId,
            titleJa: "年度末の成果報告",
            titleEn: "Year-end report",
            startsAt: startOfTokyoDay("2027-03-20"), // a whole day starts at midnight in Shiojiri, as the app stores it
            addedAt: new Date(startedAt.getTime() + day),
          });
        }
        for (let step = 0; step < 1 + (index % 3); step++) {
          const template = outcomeTemplates[(index + step) % outcomeTemplates.length]!;
          await createInitiativeOutcome(tx, {
            initiativeId: initiative.id,
            actorId: coordinatorId,
            ...template,
            value: 5 + ((index * 17 + step * 31) % 120),
            achievedOn: utcMidnight(addTokyoDays("2026-01-01", ((index + step) * 23) % 300)),
          });
        }
        const cheerCount = (index * 7) % Math.max(1, cheerers.length);
        if (cheerCount) {
          await tx.initiativeCheer.createMany({
            data: cheerers.slice(0, cheerCount).map((user) => ({ initiativeId: initiative.id, userId: user.id })),
            skipDuplicates: true,
          });
        }
      }
    },
    { timeout: 60_000 },
  );
  await seedDemoResidentFollows(prisma, options.residentEmail);
}

/**
 * The demo resident follows strategy C, the 楢川 district and the two initiatives with the latest news, and has the last month of
 * those initiatives' activity as notifications (the past week unread), so /notifications and the header badge
 * show what a follower sees. Marked e-mailed: the demo sends no mail for history.
 */
async function seedDemoResidentFollows(prisma: PrismaClient, residentEmail: string) {
  const resident = await prisma.user.findUnique({ where: { email: residentEmail }, select: { id: true } });
  if (!resident) return;
  const [strategy, area, initiatives] = await Promise.all([
    prisma.strategy.findUniqueOrThrow({ where: { code: "C" }, select: { id: true } }),
    prisma.area.findUnique({ where: { slug: "narakawa" }, select: { id: true } }),
    // The two initiatives with the latest news: the follower has something recent to read.
    prisma.activity
      .findMany({
        where: { initiativeId: { not: null } },
        orderBy: { createdAt: "desc" },
        distinct: ["initiativeId"],
        take: 2,
        select: { initiativeId: true },
      })
      .then((rows) => rows.flatMap((row) => (row.initiativeId ? [{ id: row.initiativeId }] : []))),
  ]);
  await prisma.follow.createMany({
    data: [
      { userId: resident.id, targetType: "STRATEGY" as const, strategyId: strategy.id },
      ...(area ? [{ userId: resident.id, targetType: "AREA" as const, areaId: area.id }] : []),
      ...initiatives.map((initiative) => ({ userId: resident.id, targetType: "INITIATIVE" as const, initiativeId: initiative.id })),
    ],
    skipDuplicates: true,
  });
  const monthAgo = new Date(Date.now() - 30 * day);
  const weekAgo = new Date(Date.now() - 7 * day);
  const activities = await prisma.activity.findMany({
    where: { initiativeId: { in: initiatives.map((initiative) => initiative.id) }, createdAt: { gte: monthAgo } },
    select: { id: true, createdAt: true },
  });
  await prisma.notification.createMany({
    data: activities.map((activity) => ({
      userId: resident.id,
      activityId: activity.id,
      createdAt: activity.createdAt,
      emailedAt: activity.createdAt,
      readAt: activity.createdAt < weekAgo ? activity.createdAt : null,
    })),
    skipDuplicates: true,
  });
}
