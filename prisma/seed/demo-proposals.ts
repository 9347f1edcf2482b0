// Demo proposals (協働提案): about a hundred, in every status, on demo challenges and free under a strategy, from
// the demo partners (individuals and organisations). Each walks the lifecycle through createProposal, so the
// history, dates and the review queue's "days waiting" look like real use. The demo partner account gets a few
// of its own (one waiting for its answer), so trying the partner pages shows something at once.
import type { PrismaClient } from "../../app/generated/prisma/client.ts";
import type { ProposalStatusName } from "../../app/features/proposals/proposal-lifecycle.ts";
import { generator } from "./demo-partners.ts";
import { createProposal, type ProposalSeed } from "./factories.ts";

const approaches = [
  {
    title: "学生チームで伴走します",
    offer: ["大学のゼミ生5名が月2回現地に入ります", "聞き取りと記録をまとめて報告します"],
    team: "大学教員1名と学生5名",
  },
  {
    title: "週末の現地ワークショップを企画・運営します",
    offer: ["参加型ワークショップの設計と進行", "当日の記録と振り返りレポート"],
    team: "ファシリテーター2名",
  },
  {
    title: "データを見える化するダッシュボードを作ります",
    offer: ["既存データの整理とオープンデータ化", "誰でも見られるダッシュボードの構築"],
    team: "データアナリスト1名、エンジニア1名",
  },
  { title: "多言語での発信を手伝います", offer: ["英語・中国語への翻訳", "外国人向けの案内の監修"], team: "翻訳者2名" },
  {
    title: "利用者の声を聞いてサービスを設計し直します",
    offer: ["利用者インタビュー（10名程度）", "改善案のプロトタイプ"],
    team: "UXデザイナー1名",
  },
  {
    title: "企業の社会貢献として人と資金で参加します",
    offer: ["社員ボランティアの派遣（延べ20人日）", "活動費の一部負担"],
    team: "CSR担当2名と社員有志",
  },
  {
    title: "オンラインで運営事務を支えます",
    offer: ["申込受付や連絡調整の仕組みづくり", "月次の運営ミーティングへの参加"],
    team: "1名（リモート）",
  },
  { title: "写真と動画で魅力を伝えます", offer: ["取材・撮影・編集", "SNS向けの短い動画の制作"], team: "カメラマン1名、編集者1名" },
  { title: "アプリの試作で仕組みを検証します", offer: ["3か月での試作と実証", "運用マニュアルの作成"], team: "エンジニア2名" },
  { title: "地域の聞き取り調査を行います", offer: ["地区の住民への聞き取り（30件程度）", "調査結果の報告会"], team: "調査員2名" },
];

const needsList = [
  "地区の区長さんや関係者の紹介をお願いしたいです。",
  "活動場所（公民館など）を月に2回お借りしたいです。",
  "既存の統計データや資料を共有していただきたいです。",
  "交通費の一部補助があると継続しやすいです。",
  "市の広報での告知に協力していただきたいです。",
  "現地見学の機会をいただきたいです。",
];

const timelines = [
  "来月から半年間、月2回程度。",
  "今年度中に試行し、来年度から本格実施。",
  "3か月の短期プロジェクトとして実施。",
  "夏休み期間に集中して活動します。",
  "まずは1年間、月1回の現地訪問で。",
];

const freeIdeas: Record<string, { title: string; field: number }[]> = {
  A: [
    { title: "放課後のプログラミング教室を地区ごとに開きます", field: 2 },
    { title: "祭りと伝統行事を記録する映像アーカイブ", field: 3 },
    { title: "父親向けの子育てオンラインコミュニティ", field: 1 },
    { title: "図書館で外国ルーツの子どもの学習支援", field: 2 },
  ],
  B: [
    { title: "ワイナリー巡りの多言語ガイドを作ります", field: 4 },
    { title: "空き店舗を使ったチャレンジショップ", field: 4 },
    { title: "森林資源を使った薪ストーブの共同購入", field: 5 },
    { title: "市民参加型の予算ワークショップ", field: 6 },
  ],
  C: [
    { title: "高齢者向けのスマホ相談会", field: 7 },
    { title: "通院の送迎を地域で支え合う仕組み", field: 8 },
    { title: "防災マップをオープンデータで作り直します", field: 9 },
    { title: "見守りを兼ねた買い物支援", field: 7 },
  ],
};

/** How many proposals end in each status (about 100 in all), in the order they are handed out. */
const statusPlan: [ProposalStatusName, number][] = [
  ["DRAFT", 12],
  ["SUBMITTED", 18],
  ["UNDER_REVIEW", 16],
  ["NEEDS_INFO", 12],
  ["ACCEPTED", 18],
  ["DECLINED", 12],
  ["WITHDRAWN", 8],
];

const coordinatorMessages = {
  NEEDS_INFO: "ご提案ありがとうございます。審査にあたり、依頼事項をご確認ください。追記いただければ再提出をお待ちしています。",
  ACCEPTED: "採択おめでとうございます。担当課との顔合わせの候補日を、来週中にこちらからご連絡します。",
  UNDER_REVIEW: "ご提案を拝見しています。担当課の意見を聞いてから、改めてご連絡します。",
};
const partnerReplies = {
  NEEDS_INFO: "承知しました。来週までに追記して再提出します。",
  ACCEPTED: "ありがとうございます。顔合わせを楽しみにしています。",
  UNDER_REVIEW: "よろしくお願いします。補足が必要でしたらいつでもご連絡ください。",
};

/**
 * Demo proposals, once: a database that already has proposals is left as it is. Needs the demo partners and
 * challenges; without partners it does nothing.
 */
export async function seedDemoProposals(prisma: PrismaClient, options: { coordinatorEmail: string; partnerAccountEmail: string }) {
  if ((await prisma.proposal.count()) > 0) return;
  const [partners, challenges, coordinator, demoPartner] = await Promise.all([
    prisma.partnerProfile.findMany({
      where: { members: { some: {} } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, kind: true, members: { orderBy: [{ role: "asc" }, { joinedAt: "asc" }], select: { userId: true }, take: 1 } },
    }),
    prisma.challenge.findMany({
      where: { status: { in: ["OPEN", "MATCHING", "IN_PROGRESS", "COMPLETED"] } },
      orderBy: { number: "asc" },
      select: { id: true, status: true },
    }),
    prisma.user.findUnique({ where: { email: options.coordinatorEmail }, select: { id: true } }),
    prisma.user.findUnique({ where: { email: options.partnerAccountEmail }, select: { id: true } }),
  ]);
  if (partners.length === 0) return;
  const random = generator(20261124);
  const day = 24 * 60 * 60 * 1000;
  const now = Date.now();
  const open = challenges.filter((challenge) => challenge.status === "OPEN");
  const underway = challenges.filter((challenge) => challenge.status !== "OPEN");
  const coordinatorId = coordinator?.id ?? null;

  const seeds: ProposalSeed[] = [];
  const demoPartnerIds = demoPartner
    ? (await prisma.partnerMember.findMany({ where: { userId: demoPartner.id }, select: { partnerId: true } })).map((row) => row.partnerId)
    : [];
  const others = partners.filter((partner) => !demoPartnerIds.includes(partner.id));
  let index = 0;
  for (const [status, count] of statusPlan) {
    for (let n = 0; n < count; n++, index++) {
      const partner = others[(index * 7) % others.length]!;
      const approach = random.pick(approaches);
      // Decisions were made on challenges that moved on; everything else waits on open ones. A third are free.
      const free = random.chance(0.3) || open.length === 0;
      const challenge = free ? null : status === "ACCEPTED" && underway.length > 0 ? random.pick(underway) : random.pick(open);
      const strategyCode = random.pick(["A", "B", "C"]);
      const idea = random.pick(freeIdeas[strategyCode]!);
      const reviewed = status !== "DRAFT" && status !== "SUBMITTED" && !(status === "WITHDRAWN" && n % 2 === 0);
      const messages: ProposalSeed["messages"] = [];
      const authorId = partner.members[0]!.userId;
      if ((status === "NEEDS_INFO" || status === "ACCEPTED" || status === "UNDER_REVIEW") && random.chance(0.6)) {
        messages.push({ side: "COORDINATOR", authorId: coordinatorId, body: coordinatorMessages[status] });
        if (random.chance(0.7)) messages.push({ side: "PARTNER", authorId, body: partnerReplies[status] });
      }
      seeds.push({
        partnerId: partner.id,
        authorId,
        coordinatorId,
        assigneeId: reviewed && random.chance(0.8) ? coordinatorId : null,
        challengeId: challenge?.id ?? null,
        strategyCode: free ? strategyCode : undefined,
        fieldNumber: free ? idea.field : undefined,
        title: free ? idea.title : approach.title,
        offer: `## 具体的には\n\n${approach.offer.map((line) => `- ${line}`).join("\n")}\n\nこれまでに県内外で同様の活動を${random.int(2, 12)}件行ってきました。`,
        needs: status === "DRAFT" && random.chance(0.4) ? "" : random.pick(needsList),
        timeline: random.pick(timelines),
        team: partner.kind === "ORGANISATION" ? approach.team : "私ひとりで関わります（必要に応じて知人に声をかけます）。",
        showPartnerPublicly: status === "ACCEPTED" ? random.chance(0.6) : random.chance(0.3),
        status,
        // A few answered a request for information and went round once more.
        path:
          status === "ACCEPTED" && n % 4 === 0
            ? ["SUBMITTED", "UNDER_REVIEW", "NEEDS_INFO", "SUBMITTED", "UNDER_REVIEW", "ACCEPTED"]
            : undefined,
        startedAt: new Date(now - random.int(8, 150) * day),
        messages,
      });
    }
  }

  // The demo partner account: its own profile and its organisation, in the states worth trying.
  const [ownProfile, ownOrganisation] = [
    partners.find((partner) => demoPartnerIds.includes(partner.id) && partner.kind === "INDIVIDUAL"),
    partners.find((partner) => demoPartnerIds.includes(partner.id) && partner.kind === "ORGANISATION"),
  ];
  if (demoPartner && ownProfile) {
    const mine = (extra: Partial<ProposalSeed> & Pick<ProposalSeed, "title" | "status">): ProposalSeed => ({
      partnerId: ownProfile.id,
      authorId: demoPartner.id,
      coordinatorId,
      offer:
        "## 具体的には\n\n- 子育て世帯へのインタビュー\n- LINEでの配信内容とメニューの再設計\n\n東京のWebサービスでUXデザインを8年担当しています。",
      needs: "子育て支援センターの利用者を紹介していただきたいです。",
      timeline: "来月から3か月、月1回は現地に行きます。",
      ...extra,
    });
    seeds.push(
      mine({
        title: "子育て情報の配信を、利用者の声から作り直します",
        status: "NEEDS_INFO",
        challengeId: open[1]?.id ?? null,
        strategyCode: "A",
        fieldNumber: 1,
        assigneeId: coordinatorId,
        reasons: { NEEDS_INFO: "インタビューの対象者数と、個人情報の扱い方を追記してください。" },
        messages: [{ side: "COORDINATOR", authorId: coordinatorId, body: "とても良いご提案です。依頼事項の追記をお待ちしています。" }],
      }),
      mine({
        title: "えんぱーくでUXの出前講座を開きます",
        status: "DRAFT",
        challengeId: open[0]?.id ?? null,
        strategyCode: "A",
        offer: "",
      }),
      mine({ title: "市民参加型の予算ワークショップ", status: "SUBMITTED", strategyCode: "B", fieldNumber: 6 }),
      mine({
        title: "子ども食堂の予約をかんたんにする仕組み",
        status: "ACCEPTED",
        challengeId: underway[0]?.id ?? null,
        strategyCode: "C",
        fieldNumber: 7,
        assigneeId: coordinatorId,
        showPartnerPublicly: true,
        messages: [
          { side: "COORDINATOR", authorId: coordinatorId, body: coordinatorMessages.ACCEPTED },
          { side: "PARTNER", authorId: demoPartner.id, body: partnerReplies.ACCEPTED },
        ],
      }),
    );
    if (ownOrganisation) {
      seeds.push({
        ...mine({
          title: "地区の防災マップをオープンデータで作り直します",
          status: "UNDER_REVIEW",
          strategyCode: "C",
          fieldNumber: 9,
          assigneeId: coordinatorId,
        }),
        partnerId: ownOrganisation.id,
      });
    }
  }

  await prisma.$transaction(
    async (tx) => {
      for (const seed of seeds) await createProposal(tx, seed);
    },
    { timeout: 120_000 },
  );
}
