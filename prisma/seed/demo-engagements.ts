// Demo engagements in every state (a scope waiting for confirmation, work on track, at risk, with two missed
// check-ins, reflections half in, completed with both reflections, ended early) and contribution records, the demo
// partner account's first. Seeded once, after the matches and initiatives.
import type { PrismaClient } from "../../app/generated/prisma/client.ts";
import { addTokyoDays, todayInTokyo } from "../../app/kernel/japan-time.ts";
import { createEngagement, type EngagementSeed } from "./factories.ts";

export async function seedDemoEngagements(prisma: PrismaClient, options: { coordinatorEmail: string; partnerAccountEmail: string }) {
  if ((await prisma.engagement.count()) > 0) return;
  const [coordinator, partnerAccount] = await Promise.all([
    prisma.user.findUnique({ where: { email: options.coordinatorEmail }, select: { id: true } }),
    prisma.user.findUnique({ where: { email: options.partnerAccountEmail }, select: { id: true } }),
  ]);
  const matches = await prisma.match.findMany({
    where: { stage: { in: ["AGREED", "ACTIVE", "COMPLETED"] }, engagement: null },
    orderBy: { number: "asc" },
    select: {
      id: true,
      stage: true,
      partner: { select: { displayName: true, members: { select: { userId: true } } } },
      challenge: { select: { titleJa: true } },
    },
  });
  // The demo partner account's matches first, so signing in as it shows engagements.
  matches.sort(
    (a, b) =>
      Number(b.partner.members.some((m) => m.userId === partnerAccount?.id)) -
      Number(a.partner.members.some((m) => m.userId === partnerAccount?.id)),
  );
  const today = todayInTokyo();
  const day = (offset: number) => addTokyoDays(today, offset);
  const host = (index: number) => ({
    name: ["企画政策課 木曽", "観光課 奈良井", "農政課 桔梗"][index % 3]!,
    email: `host-${index}@demo.shiojiri-hub.example`,
  });
  type Answer = "ON_TRACK" | "AT_RISK" | "BLOCKED" | null;
  const both = (dueOn: string, partner: Answer, hostAnswer: Answer, note = "") => [
    { dueOn, side: "PARTNER" as const, answer: partner, note },
    { dueOn, side: "HOST" as const, answer: hostAnswer },
  ];
  const plans: Array<Omit<EngagementSeed, "matchId" | "ownerId" | "partnerName" | "title" | "host">> = [
    {
      kind: "PRO_BONO_PROJECT",
      status: "ACTIVE",
      deliverable: "在庫ダッシュボードの試作",
      startsOn: day(-30),
      endsOn: day(60),
      checkIns: [...both(day(-16), "ON_TRACK", "ON_TRACK", "データの受け渡しが済みました"), ...both(day(-2), "ON_TRACK", "ON_TRACK")],
    },
    { kind: "PRO_BONO_PROJECT", status: "SCOPING", deliverable: "空き家活用の提案書", startsOn: day(3), endsOn: day(94) },
    {
      kind: "PAID_SIDE_JOB",
      status: "ACTIVE",
      deliverable: "予約サイトの改修",
      startsOn: day(-45),
      endsOn: day(135),
      checkIns: [
        ...both(day(-31), "ON_TRACK", "ON_TRACK"),
        ...both(day(-17), "ON_TRACK", "AT_RISK"),
        ...both(day(-3), "AT_RISK", null, "必要なアカウントがまだ届いていません"),
      ],
    },
    {
      kind: "RESEARCH",
      status: "ACTIVE",
      deliverable: "担い手の聞き取り調査",
      startsOn: day(-60),
      endsOn: day(120),
      checkInEveryDays: 14,
      checkIns: [
        ...both(day(-46), "ON_TRACK", "ON_TRACK"),
        ...both(day(-32), null, null),
        ...both(day(-18), null, null),
        ...both(day(-4), null, null),
      ],
    },
    {
      kind: "CONSULTATION",
      status: "REFLECTING",
      deliverable: "広報の進め方について1時間の助言",
      startsOn: day(-35),
      endsOn: day(-5),
      checkIns: both(day(-21), "ON_TRACK", "ON_TRACK"),
      reflections: [
        { side: "PARTNER", delivered: "助言のまとめを1枚にして渡しました", hoursSpent: 3, wouldWorkAgain: true, rating: 5, authorName: "" },
      ],
    },
    {
      kind: "PRO_BONO_PROJECT",
      status: "COMPLETED",
      deliverable: "ワインツーリズムの導線調査",
      startsOn: day(-120),
      endsOn: day(-20),
      checkIns: [
        ...both(day(-106), "ON_TRACK", "ON_TRACK"),
        ...both(day(-92), "AT_RISK", "ON_TRACK"),
        ...both(day(-78), "ON_TRACK", "ON_TRACK"),
      ],
      reflections: [
        { side: "PARTNER", delivered: "導線の調査報告書と改善案", hoursSpent: 34.5, wouldWorkAgain: true, rating: 5, authorName: "" },
        {
          side: "HOST",
          delivered: "来年度の事業計画に反映します",
          hoursSpent: 8,
          wouldWorkAgain: true,
          rating: 4,
          authorName: "観光課 奈良井",
        },
      ],
    },
    { kind: "COMPANY_PARTNERSHIP", status: "ENDED_EARLY", deliverable: "社員研修としての地域体験", startsOn: day(-50), endsOn: day(100) },
  ];
  for (const [index, plan] of plans.entries()) {
    const match = matches[index];
    if (!match) break;
    const partnerName = match.partner.displayName;
    await createEngagement(prisma, {
      ...plan,
      matchId: match.id,
      ownerId: coordinator?.id ?? null,
      partnerName,
      title: match.challenge.titleJa,
      host: host(index),
      reflections: plan.reflections?.map((reflection) => ({ ...reflection, authorName: reflection.authorName || partnerName })),
    });
  }
  // Activities a coordinator verified, for the demo partner's own record (this fiscal year and the last).
  const own = partnerAccount
    ? await prisma.partnerProfile.findUnique({ where: { personalUserId: partnerAccount.id }, select: { id: true } })
    : null;
  const strategy = await prisma.strategy.findUnique({ where: { code: "B" }, select: { id: true } });
  if (own && strategy) {
    await prisma.contributionRecord.createMany({
      data: [
        { kind: "WORKSHOP_VISIT" as const, title: "スナバのワークショップに参加", occurredOn: day(-40), hours: 2 },
        { kind: "TALK" as const, title: "市民講座「関係人口のはじめ方」で講演", occurredOn: day(-200), hours: 1.5 },
        { kind: "EVENT_SHIFT" as const, title: "塩尻ワイナリーフェスタの受付", occurredOn: day(-400), hours: 6 },
      ].map((record) => ({
        ...record,
        partnerId: own.id,
        occurredOn: new Date(`${record.occurredOn}T00:00:00Z`),
        strategyId: strategy.id,
        hostName: "地方創生推進課",
        confirmedById: coordinator?.id ?? null,
        confirmedByName: "スナバ コーディネーター（デモ）",
      })),
    });
  }
}
