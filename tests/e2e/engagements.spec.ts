// The loop after the match on the production build, in Japanese and in English: a coordinator starts an engagement
// and saves its scope, the partner confirms in the hub and the host by the e-mailed link signed out; two check-ins
// (the host answers the second "at risk" by its link) put it on the attention list; the coordinator marks it done,
// both sides reflect, and the partner downloads the record as CSV and opens its verification address signed out.
// Axe on every page of the loop.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { prisma } from "../../app/kernel/db.server.ts";
import { stopBoss } from "../../app/kernel/jobs.server.ts";
import { addTokyoDays, todayInTokyo, tokyoDateTime } from "../../app/kernel/japan-time.ts";
import { requestDueCheckIns } from "../../app/features/engagements/check-in.server.ts";
import { createChallenge, createMatchWithHistory, createPartner } from "../../prisma/seed/factories.ts";
import { closeTestDatabase, createAccount, enterSecondFactorIfAsked, uniqueClientIp } from "./accounts.ts";
import { expectNoAxeViolations } from "./support.ts";

const passphrase = "engagements-e2e-passphrase-2026";
const partnerIds: string[] = [];
const challengeIds: string[] = [];

test.afterAll(async () => {
  await prisma.engagement.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.contributionRecord.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.match.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await stopBoss();
  await prisma.$disconnect();
  await closeTestDatabase();
});

const words = {
  ja: {
    locale: "ja-JP",
    login: /^(ログイン)$/,
    email: /メールアドレス/,
    password: /^パスワード$/,
    match: "マッチ",
    startHeading: "合意したマッチから活動を始める",
    kind: "活動の種類",
    start: "下書きを作る",
    startsOn: "開始日",
    endsOn: "終了日",
    save: "保存して確認を依頼",
    confirm: "この内容を確認しました",
    atRisk: "遅れ気味",
    onTrack: "順調",
    sendAnswer: "回答を送る",
    markDone: "活動を終えて振り返りに進む",
    delivered: "届けたもの",
    hours: "実際にかかった時間（合計）",
    yes: "はい",
    sendReflection: "振り返りを送る",
    csv: "CSVをダウンロード",
    certificate: "証明書を表示（印刷用）",
    genuine: "本物の記録",
  },
  en: {
    locale: "en-US",
    login: /^(Sign in)$/,
    email: /E-mail address/,
    password: /^Password$/,
    match: "Match",
    startHeading: "Start an engagement from an agreed match",
    kind: "Kind of engagement",
    start: "Create the draft",
    startsOn: "Start date",
    endsOn: "End date",
    save: "Save and ask for confirmation",
    confirm: "I confirm this scope",
    atRisk: "At risk",
    onTrack: "On track",
    sendAnswer: "Send the answer",
    markDone: "Finish the work and ask for reflections",
    delivered: "What was delivered",
    hours: "Hours actually spent (in total)",
    yes: "Yes",
    sendReflection: "Send the reflection",
    csv: "Download CSV",
    certificate: "Show the certificate (for printing)",
    genuine: "genuine record",
  },
} as const;

async function signIn(browser: Browser, language: "ja" | "en", label: string, role: "COORDINATOR" | "PARTNER") {
  const account = await createAccount({ label, password: passphrase, role, language });
  const context = await browser.newContext({ locale: words[language].locale, extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp() } });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByRole("textbox", { name: words[language].email }).fill(account.email);
  await page.getByLabel(words[language].password).fill(passphrase);
  await page.getByRole("main").getByRole("button", { name: words[language].login }).click();
  await enterSecondFactorIfAsked(page, account.email);
  await expect(page).toHaveURL(/\/account$/);
  return { account, context, page };
}

async function signedOut(browser: Browser, language: "ja" | "en") {
  const context = await browser.newContext({ locale: words[language].locale, extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp() } });
  return context.newPage();
}

/** The address an e-mail to `to` carries (the outbox keeps it: in the rendered text, or in the shared body's values). */
async function linkIn(to: string, template: string): Promise<string> {
  const mail = await prisma.emailMessage.findFirstOrThrow({ where: { toAddress: to, template }, orderBy: { createdAt: "desc" } });
  const url = (mail.variables as Record<string, string>).url ?? /https?:\/\/\S+\/engagement-links\/[\w.-]+/.exec(mail.text)?.[0];
  if (!url) throw new Error(`no link in the ${template} mail to ${to}`);
  return new URL(url).pathname;
}

for (const language of ["ja", "en"] as const) {
  test(`the loop after a match, from the scope to a verified record (${language})`, async ({ browser }) => {
    test.slow();
    const w = words[language];
    const marker = `活動E2E ${randomUUID().slice(0, 6)}`;
    const hostEmail = `host-${randomUUID().slice(0, 8)}@e2e.example`;
    const coordinator = await signIn(browser, language, `engagement-coordinator-${language}`, "COORDINATOR");
    const partnerSide = await signIn(browser, language, `engagement-partner-${language}`, "PARTNER");
    const partner = await createPartner(prisma, {
      displayName: `${marker} パートナー`,
      ownerId: partnerSide.account.userId,
      strategyCodes: ["B"],
    });
    partnerIds.push(partner.id);
    const challenge = await createChallenge(prisma, {
      strategyCode: "B",
      titleJa: `${marker} 在庫の見える化`,
      status: "IN_PROGRESS",
      fieldNumbers: [4],
    });
    challengeIds.push(challenge.id);
    const match = await createMatchWithHistory(prisma, {
      challengeId: challenge.id,
      partnerId: partner.id,
      path: ["INTRODUCED", "AGREED"],
      counterpart: { name: "担当課 木曽", email: hostEmail, language },
    });

    // The coordinator starts the engagement and saves its scope (begun four weeks ago: two check-ins are due).
    const page = coordinator.page;
    await page.goto("/coordinate/engagements");
    await expectNoAxeViolations(page);
    const startForm = page.getByRole("region", { name: w.startHeading });
    await startForm.getByRole("combobox", { name: new RegExp(`^${w.match}`) }).selectOption(String(match.number));
    await startForm.getByRole("combobox", { name: new RegExp(`^${w.kind}`) }).selectOption("PRO_BONO_PROJECT");
    await startForm.getByRole("button", { name: w.start }).click();
    await expect(page).toHaveURL(/\/engagements\/\d+$/);
    const path = new URL(page.url()).pathname;
    await page.getByLabel(w.startsOn).fill(addTokyoDays(todayInTokyo(), -28));
    await page.getByLabel(w.endsOn).fill(addTokyoDays(todayInTokyo(), 30));
    await page.getByRole("button", { name: w.save }).click();
    await expect(page.getByText(language === "ja" ? "第2版" : "Revision 2").first()).toBeVisible();
    await expectNoAxeViolations(page);

    // The partner confirms in the hub; the host by the e-mailed link, signed out.
    await partnerSide.page.goto(path);
    await expectNoAxeViolations(partnerSide.page);
    await partnerSide.page.getByRole("button", { name: w.confirm }).click();
    await expect(partnerSide.page.getByRole("button", { name: w.confirm })).toHaveCount(0);
    const host = await signedOut(browser, language);
    await host.goto(await linkIn(hostEmail, "engagement-scope"));
    await expectNoAxeViolations(host);
    await host.getByRole("button", { name: w.confirm }).click();
    await expect(host.getByRole("button", { name: w.confirm })).toHaveCount(0);
    const engagement = await prisma.engagement.findFirstOrThrow({ where: { matchId: match.id } });
    expect(engagement.status).toBe("ACTIVE");

    // Two check-ins on a fixed clock: two weeks ago, and today.
    const origin = new URL(page.url()).origin;
    await requestDueCheckIns(tokyoDateTime(addTokyoDays(todayInTokyo(), -14), "09:05"), origin);
    await prisma.engagementCheckIn.updateMany({
      where: { engagementId: engagement.id },
      data: { answer: "ON_TRACK", answeredAt: new Date(), answeredByName: "E2E" },
    });
    await requestDueCheckIns(new Date(), origin);
    await partnerSide.page.goto(path);
    await partnerSide.page.getByLabel(w.onTrack).check();
    await partnerSide.page.getByRole("button", { name: w.sendAnswer }).click();
    await expect(partnerSide.page.getByRole("button", { name: w.sendAnswer })).toHaveCount(0);
    await host.goto(await linkIn(hostEmail, "engagement-check-in"));
    await expectNoAxeViolations(host);
    await host.getByLabel(w.atRisk).check();
    await host.getByRole("button", { name: w.sendAnswer }).click();
    await expect(host.getByRole("button", { name: w.sendAnswer })).toHaveCount(0);
    await page.goto("/coordinate/engagements");
    const attention = page.getByRole("region", { name: language === "ja" ? "注意が必要な活動" : "Needs attention" });
    await expect(attention.getByRole("row", { name: new RegExp(marker) })).toContainText(w.atRisk);

    // Completion: reflections from both sides.
    await page.goto(path);
    await page.getByRole("button", { name: w.markDone }).click();
    await expect(page.getByRole("button", { name: w.markDone })).toHaveCount(0);
    await partnerSide.page.goto(path);
    await partnerSide.page.getByLabel(w.delivered).fill("在庫ダッシュボード");
    await partnerSide.page.getByLabel(w.hours).fill("24.5");
    await partnerSide.page
      .getByRole("group", { name: /もう一度|again|また/ })
      .getByLabel(w.yes)
      .check();
    await partnerSide.page.getByRole("radio", { name: "4", exact: true }).check();
    await partnerSide.page.getByRole("button", { name: w.sendReflection }).click();
    await expect(partnerSide.page.getByRole("button", { name: w.sendReflection })).toHaveCount(0);
    await host.goto(await linkIn(hostEmail, "engagement-reflection"));
    await expectNoAxeViolations(host);
    await host.getByLabel(w.delivered).fill("期待どおり");
    await host.getByLabel(w.hours).fill("6");
    await host.getByLabel(w.yes).check();
    await host.getByRole("radio", { name: "5", exact: true }).check();
    await host.getByRole("button", { name: w.sendReflection }).click();
    await expect(host.getByRole("button", { name: w.sendReflection })).toHaveCount(0);
    expect((await prisma.engagement.findUniqueOrThrow({ where: { id: engagement.id } })).status).toBe("COMPLETED");

    // The record: listed, downloaded as CSV, certified, and verified signed out.
    await partnerSide.page.goto("/account/contributions");
    await expectNoAxeViolations(partnerSide.page);
    await expect(partnerSide.page.getByText(`${marker} 在庫の見える化`)).toBeVisible();
    const download = partnerSide.page.waitForEvent("download");
    await partnerSide.page.getByRole("link", { name: w.csv }).click();
    expect((await download).suggestedFilename()).toMatch(/^contributions-fy\d{4}\.csv$/);
    await partnerSide.page.getByRole("link", { name: w.certificate }).click();
    await expectNoAxeViolations(partnerSide.page);
    const verifyHref = await partnerSide.page.locator(".certificate-verify a").first().getAttribute("href");
    const stranger = await signedOut(browser, language);
    await stranger.goto(new URL(verifyHref!).pathname);
    await expect(stranger.getByText(w.genuine)).toBeVisible();
    await expectNoAxeViolations(stranger);
  });
}
