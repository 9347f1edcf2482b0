// Suggestions on the production build: a coordinator opens a challenge's suggested partners, reads the explained
// factors, creates a match (the partner then shows as already in the pipeline); a partner opens their own
// "challenges for you". Never an opted-out partner; axe on both pages.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { prisma } from "../../app/kernel/db.server.ts";
import { createChallenge, createPartner } from "../../prisma/seed/factories.ts";
import { closeTestDatabase, signedInAs, uniqueClientIp } from "./accounts.ts";
import { expectNoAxeViolations } from "./support.ts";

const marker = `提案E2E ${randomUUID().slice(0, 6)}`;
const partnerIds: string[] = [];
const challengeIds: string[] = [];

test.use({ locale: "ja-JP" });

test.afterAll(async () => {
  await prisma.match.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await prisma.$disconnect();
  await closeTestDatabase();
});

test("a coordinator reads the explained suggestions and creates a match; a partner sees challenges for them", async ({ page, context }) => {
  const coordinator = await signedInAs("COORDINATOR", "suggest-coordinator");
  const partnerUser = await signedInAs("PARTNER", "suggest-partner");
  const challenge = await createChallenge(prisma, {
    strategyCode: "A",
    titleJa: `${marker} 地図づくり`,
    status: "OPEN",
    areaSlug: "daimon",
    skillSlugs: ["gis", "data-analysis"],
    workStyles: ["ON_SITE"],
    engagementTypes: ["VOLUNTEER"],
  });
  challengeIds.push(challenge.id);
  // A near-perfect fit, so that it ranks on the first page whatever else the database holds.
  const fit = {
    skillSlugs: ["gis", "data-analysis"],
    strategyCodes: ["A"],
    areaSlugs: ["daimon"],
    workStyles: ["ON_SITE" as const],
    engagementTypes: ["VOLUNTEER" as const],
    relationships: ["DUAL_RESIDENCE" as const],
    availabilityHoursPerMonth: 40,
    prefectureCode: 20,
    languages: ["ja"],
  };
  const good = await createPartner(prisma, { displayName: `${marker} 地図の人`, ...fit, ownerId: partnerUser.userId });
  const optedOut = await createPartner(prisma, { displayName: `${marker} 連絡不可`, ...fit, openToContact: false });
  const paidOnly = await createPartner(prisma, { displayName: `${marker} 有償のみ`, ...fit, engagementTypes: ["PAID_SIDE_JOB"] });
  partnerIds.push(good.id, optedOut.id, paidOnly.id);

  await context.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueClientIp(), Cookie: coordinator.cookie });
  await page.goto(`/coordinate/challenges/${challenge.number}/edit`);
  await page.getByRole("link", { name: "この課題に合うパートナー候補を見る" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${marker} 地図づくり に合うパートナー` })).toBeVisible();
  const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: `${marker} 地図の人` }) });
  // Changed with issue 16: the wanted skills lead the explanation; the points of the other factors are folded away.
  await expect(item.getByText(/^求めるスキル 2\/2: .*GIS・地図データ/)).toBeVisible();
  await expect(item.getByText(/現在の担当数/)).toBeHidden();
  await item.getByText("そのほかの要素と点数").click();
  await expect(item.getByText(/現在の担当数/)).toBeVisible();
  // A partner who does not accept volunteer work is a near miss, with the reason, after every partner who fits.
  const nearMisses = page.getByRole("region", { name: "惜しい候補（条件に合わない点あり）" });
  await expect(
    nearMisses
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: `${marker} 有償のみ` }) })
      .getByText("条件に合わない点: ボランティアを受け付けていない"),
  ).toBeVisible();
  await expect(page.getByText(`${marker} 連絡不可`)).toHaveCount(0);
  await expectNoAxeViolations(page);

  await item.getByRole("button", { name: /マッチングを作成/ }).click();
  await expect(page.getByText(/マッチ #\d+ を作成しました。/)).toBeVisible();
  await expect(
    page
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: `${marker} 地図の人` }) })
      .getByText(/パイプラインに登録済み/),
  ).toBeVisible();

  await context.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueClientIp(), Cookie: partnerUser.cookie });
  await page.goto("/for-you");
  await expect(page.getByRole("heading", { level: 1, name: "あなたにおすすめの地域課題" })).toBeVisible();
  await expect(page.getByRole("link", { name: `${marker} 地図づくり` })).toBeVisible();
  await expectNoAxeViolations(page);
});
