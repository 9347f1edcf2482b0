// Coordinators write challenges in a real browser: the whole editor (Markdown, taxonomy, modes, deadline, cover
// picture), preview and publishing; who may not come in; two coordinators saving the same challenge; messages in
// the person's language; and a save with JavaScript turned off. Checked with axe on every state a person sees.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { prisma } from "../../app/kernel/db.server.ts";
import { createChallenges } from "../../prisma/seed/factories.ts";
import { closeTestDatabase, createAccount, enterSecondFactorIfAsked, signedInAs, uniqueClientIp } from "./accounts.ts";
import { expectNoAxeViolations } from "./support.ts";

const passphrase = "kiso-hinoki bowl 2026";
// One per worker (each imports this file): a worker cleaning up must not delete another worker's challenges.
const marker = `E2E編集${randomUUID().slice(0, 8)}`;

test.use({ locale: "ja-JP" });
test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueClientIp() });
});
test.afterAll(async () => {
  const challenges = await prisma.challenge.findMany({
    where: { titleJa: { startsWith: marker } },
    select: { id: true, coverImageId: true },
  });
  await prisma.auditLog.deleteMany({ where: { targetType: "challenge", targetId: { in: challenges.map((challenge) => challenge.id) } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challenges.map((challenge) => challenge.id) } } });
  await prisma.image.deleteMany({
    where: { id: { in: challenges.flatMap((challenge) => (challenge.coverImageId ? [challenge.coverImageId] : [])) } },
  });
  await prisma.$disconnect();
  await closeTestDatabase();
});

async function signIn(page: Page, email: string, expectedPath = /\/account$/) {
  await page.goto("/login");
  await page.getByRole("textbox", { name: /メールアドレス|E-mail address/ }).fill(email);
  await page.getByLabel(/^(パスワード|Password)$/).fill(passphrase);
  await page
    .getByRole("main")
    .getByRole("button", { name: /^(ログイン|Sign in)$/ })
    .click();
  await enterSecondFactorIfAsked(page, email);
  await expect(page).toHaveURL(expectedPath);
}

async function coordinatorPage(browser: Browser, label: string, options: { javaScriptEnabled?: boolean; language?: "ja" | "en" } = {}) {
  const account = await createAccount({ label, password: passphrase, role: "COORDINATOR", language: options.language });
  const context = await browser.newContext({
    locale: options.language === "en" ? "en-GB" : "ja-JP",
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp() },
  });
  const page = await context.newPage();
  await signIn(page, account.email);
  return { account, context, page };
}

/** Once hydrated, Conform validates instead of the browser: wait for it before relying on its messages. */
async function waitForEditor(page: Page) {
  await expect(page.locator("form#challenge-editor")).toHaveAttribute("novalidate", "");
}

async function coverPng() {
  return sharp({ create: { width: 640, height: 360, channels: 3, background: { r: 29, g: 90, b: 60 } } })
    .png()
    .toBuffer();
}

/** The smallest complete challenge, typed the way a person would. */
async function fillRequired(page: Page, title: string) {
  await page.getByLabel("タイトル（日本語）").fill(title);
  await page.getByLabel("概要（日本語）").fill("大門商店街の空き店舗を、学生と一緒に活用する方法を考えます。");
  await page
    .getByLabel("本文（日本語）")
    .fill("## 背景\n\n空き店舗が増えています。\n\n- 学生の活動拠点にしたい\n- 週末にマルシェを開きたい");
  await page.getByRole("radio", { name: /^B：/ }).check();
  await page.getByRole("checkbox", { name: "地域経済・産業・観光・就労" }).check();
  await page.getByLabel(/^地区・エリア/).selectOption("daimon");
  await page.getByRole("checkbox", { name: "リモート", exact: true }).check();
  await page.getByRole("checkbox", { name: "ボランティア", exact: true }).check();
  await page.getByLabel("担当部署（日本語）").fill("産業振興事業部");
}

test("a coordinator writes a challenge with a cover, previews the draft, publishes it, and anyone can then read it", async ({
  browser,
}) => {
  // Several pages, each checked with axe, and more than one browser.
  test.slow();
  const { page, context } = await coordinatorPage(browser, "editor-author");
  await page.getByRole("navigation", { name: "業務メニュー" }).getByRole("link", { name: "コーディネート" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("地域課題の管理");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "地域課題を作成" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("地域課題を作成");
  await waitForEditor(page);
  await expectNoAxeViolations(page);

  const title = `${marker} 大門の空き店舗を学生の拠点にしたい`;
  await fillRequired(page, title);
  await page.getByLabel("タイトル（英語）").fill("Turning empty shops in Daimon into a base for students");
  await page.getByRole("checkbox", { name: "環境・気候" }).check();
  await page.getByLabel("主な分野").selectOption("4");
  await page.getByLabel("中期戦略の期間").selectOption("1");
  await page.getByRole("checkbox", { name: "マーケティング・PR" }).check();
  await page.getByRole("checkbox", { name: "ファシリテーション・ワークショップ" }).check();
  await page.getByRole("checkbox", { name: "現地", exact: true }).check();
  await page.getByRole("group", { name: /^形態/ }).getByRole("checkbox", { name: "研究" }).check();
  await page.getByLabel("募集人数・団体数").fill("3");
  await page.getByLabel("締切日（任意）").fill("2027-03-31");
  await page.getByLabel("画像ファイル").setInputFiles({ name: "daimon.png", mimeType: "image/png", buffer: await coverPng() });
  await page.getByLabel("画像の説明（代替テキスト・日本語）").fill("シャッターが下りた大門商店街の通り");
  await page.getByRole("button", { name: "下書きとして作成" }).click();

  await expect(page.getByRole("status").filter({ hasText: "地域課題を下書きとして作成しました。" })).toBeVisible();
  await expect(page).toHaveURL(/\/coordinate\/challenges\/\d+\/edit$/);
  const number = Number(/\/coordinate\/challenges\/(\d+)\/edit$/.exec(page.url())![1]);
  // Everything typed came back from the database.
  await expect(page.getByLabel("タイトル（日本語）")).toHaveValue(title);
  await expect(page.getByLabel("主な分野")).toHaveValue("4");
  await expect(page.getByRole("checkbox", { name: "環境・気候" })).toBeChecked();
  await expect(page.getByLabel("締切日（任意）")).toHaveValue("2027-03-31");
  await expect(page.getByRole("button", { name: "公開する" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The cover is a re-encoded WebP served with headers that keep it inert; a draft's only to staff, never cached
  // by a shared cache.
  await expect(page.getByRole("img", { name: "シャッターが下りた大門商店街の通り" })).toBeVisible();
  const coverSrc = await page.locator(".cover-current img").getAttribute("src");
  expect(coverSrc).toMatch(/^\/images\/[0-9a-f-]{36}$/);
  const cover = await page.request.get(coverSrc!);
  expect(cover.status()).toBe(200);
  expect(cover.headers()).toMatchObject({
    "content-type": "image/webp",
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; sandbox",
  });
  expect((await sharp(await cover.body()).metadata()).format).toBe("webp");

  await page.getByRole("link", { name: "プレビュー（保存済みの内容）" }).click();
  await expect(page).toHaveURL(new RegExp(`/challenges/${number}$`));
  await expect(page.getByText("プレビュー：この地域課題は「下書き」のため、一般には公開されていません。")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("heading", { name: "背景" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "週末にマルシェを開きたい" })).toBeVisible();
  await expect(page.getByRole("img", { name: "シャッターが下りた大門商店街の通り" })).toBeVisible();

  // Before publishing, a visitor cannot find it, nor its cover.
  const visitor = await browser.newContext({ locale: "ja-JP" });
  const anonymous = await visitor.newPage();
  expect((await anonymous.goto(`/challenges/${number}`))?.status()).toBe(404);
  expect((await visitor.request.get(coverSrc!)).status()).toBe(404);

  await page.goto(`/coordinate/challenges/${number}/edit`);
  await page.getByRole("button", { name: "公開する" }).click();
  await expect(page.getByRole("status").filter({ hasText: "地域課題を「募集中」にしました。一般に公開されています。" })).toBeVisible();
  await expect(page.locator(".status-panel .status-badge")).toHaveText("募集中");
  await expect(page.getByRole("button", { name: "保存して公開ページに反映" })).toBeVisible();

  expect((await anonymous.goto(`/challenges/${number}`))?.status()).toBe(200);
  await expect(anonymous.getByRole("heading", { level: 1 })).toHaveText(title);
  const publicCover = await visitor.request.get(coverSrc!);
  expect(publicCover.status()).toBe(200);
  expect(publicCover.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  await expect(anonymous.getByText("プレビュー：")).toHaveCount(0);
  await visitor.close();

  // The coordinators' list shows it with its new status.
  await page.goto(`/coordinate/challenges?q=${encodeURIComponent(marker)}`);
  await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("募集中");
  await context.close();
});

test("residents and visitors cannot reach the editor", async ({ page, request, baseURL }) => {
  const resident = await signedInAs("RESIDENT", "editor-resident");
  const headers = { Cookie: resident.cookie, Origin: new URL(baseURL!).origin };
  for (const path of ["/coordinate/challenges", "/coordinate/challenges/new"]) {
    expect((await request.get(path, { headers, maxRedirects: 0 })).status()).toBe(403);
    const anonymous = await request.get(path, { maxRedirects: 0 });
    expect(anonymous.status()).toBe(302);
    expect(anonymous.headers().location).toBe(`/login?redirectTo=${encodeURIComponent(path)}`);
  }
  const post = await request.post("/coordinate/challenges/new", { headers, multipart: { titleJa: "住民は作れない" }, maxRedirects: 0 });
  expect(post.status()).toBe(403);
  expect(await prisma.challenge.count({ where: { titleJa: "住民は作れない" } })).toBe(0);

  await page.goto("/coordinate/challenges/new");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fcoordinate%2Fchallenges%2Fnew$/);
  await expect(page.getByRole("navigation", { name: "業務メニュー" }).getByRole("link", { name: "コーディネート" })).toHaveCount(0);
});

test("two coordinators save the same challenge: the second gets a conflict, keeps their text and overwrites nothing", async ({
  browser,
}) => {
  // Several pages, each checked with axe, and more than one browser.
  test.slow();
  const [created] = await createChallenges(prisma, [
    {
      strategyCode: "C",
      titleJa: `${marker} 見守りの仕組み`,
      status: "DRAFT",
      fieldNumbers: [7],
      areaSlug: "narakawa",
      summaryJa: "元の概要",
      bodyJa: "元の本文",
    },
  ]);
  const editPath = `/coordinate/challenges/${created!.number}/edit`;
  const first = await coordinatorPage(browser, "editor-first");
  const second = await coordinatorPage(browser, "editor-second");
  await first.page.goto(editPath);
  await second.page.goto(editPath);
  await waitForEditor(first.page);
  await waitForEditor(second.page);

  await first.page.getByLabel("タイトル（日本語）").fill(`${marker} 一人目が保存したタイトル`);
  await first.page.getByLabel("担当部署（日本語）").fill("楢川支所");
  await first.page.getByRole("button", { name: "下書きを保存" }).click();
  await expect(first.page.getByRole("status").filter({ hasText: "保存しました。" })).toBeVisible();

  const typedBody = "二人目が時間をかけて書いた本文です。\n\n- 消えてはいけない箇条書き";
  await second.page.getByLabel("タイトル（日本語）").fill(`${marker} 二人目が入力したタイトル`);
  await second.page.getByLabel("本文（日本語）").fill(typedBody);
  await second.page.getByLabel("担当部署（日本語）").fill("地域づくり課");
  const answer = second.page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes(editPath));
  await second.page.getByRole("button", { name: "下書きを保存" }).click();
  expect((await answer).status()).toBe(409);

  const alert = second.page.getByRole("alert").filter({ hasText: "保存できませんでした：ほかの人が先に保存しています" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(`${first.account.displayName}さんが`);
  await expect(alert).toBeFocused();
  const latest = alert.getByRole("link", { name: /^最新版を新しいタブで開く\s*（新しいタブで開きます）$/ });
  await expect(latest).toHaveAttribute("href", editPath);
  await expect(latest).toHaveAttribute("target", "_blank");
  // Nothing typed is lost...
  await expect(second.page.getByLabel("タイトル（日本語）")).toHaveValue(`${marker} 二人目が入力したタイトル`);
  await expect(second.page.getByLabel("本文（日本語）")).toHaveValue(typedBody);
  await expectNoAxeViolations(second.page);
  // ...and nothing was overwritten.
  const stored = await prisma.challenge.findUniqueOrThrow({
    where: { number: created!.number },
    select: { titleJa: true, bodyJa: true, ownerDepartmentJa: true, version: true },
  });
  expect(stored).toEqual({ titleJa: `${marker} 一人目が保存したタイトル`, bodyJa: "元の本文", ownerDepartmentJa: "楢川支所", version: 2 });

  // Saving again from the same stale form is still refused: the form keeps the version it was opened at.
  const again = second.page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes(editPath));
  await second.page.getByRole("button", { name: "下書きを保存" }).click();
  expect((await again).status()).toBe(409);
  expect((await prisma.challenge.findUniqueOrThrow({ where: { number: created!.number }, select: { titleJa: true } })).titleJa).toBe(
    `${marker} 一人目が保存したタイトル`,
  );
  await first.context.close();
  await second.context.close();
});

test("invalid input is explained next to each field, in English for an English-speaking coordinator", async ({ browser }) => {
  test.slow();
  const { page, context } = await coordinatorPage(browser, "editor-english", { language: "en" });
  await page.goto("/coordinate/challenges/new");
  await waitForEditor(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New challenge");
  await page.getByLabel("Title (Japanese)").fill("");
  await page.getByRole("button", { name: "Create draft" }).click();
  // Checked in the browser first, with the same schema the server uses.
  await expect(page.getByText("Choose at least one strategy field.")).toBeVisible();
  await expect(page.getByText("Choose at least one place to work (remote, on site, hybrid).")).toBeVisible();
  await expect(page.getByLabel("Title (Japanese)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Title (Japanese)")).toBeFocused();

  // Rules that need the database come back from the server (400), in English too.
  await page.getByLabel("Title (Japanese)").fill(`${marker} 分野の組み合わせ違い`);
  await page.getByLabel("Summary (Japanese)").fill("概要");
  await page.getByLabel("Description (Japanese)").fill("本文");
  await page.getByRole("radio", { name: /^A: / }).check();
  await page.getByRole("checkbox", { name: "Community and mutual support" }).check();
  await page.getByLabel(/^Area/).selectOption("online");
  await page.getByRole("checkbox", { name: "Remote", exact: true }).check();
  await page.getByRole("group", { name: /^How/ }).getByRole("checkbox", { name: "Research" }).check();
  await page.getByLabel("Department (Japanese)").fill("企画政策課");
  // A picture over the limit is refused as soon as it is chosen, and the form is not sent with it.
  await page
    .getByLabel("Image file")
    .setInputFiles({ name: "phone-photo.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(5 * 1024 * 1024 + 1) });
  await expect(page.getByText("The image must be 5 MB or smaller.")).toBeVisible();
  let posted = false;
  page.on("request", (sent) => {
    if (sent.method() === "POST") posted = true;
  });
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByLabel("Image file")).toBeFocused();
  expect(posted).toBe(false);
  // One that only looks like a PNG gets past the browser; the server decodes it and says no.
  await page
    .getByLabel("Image file")
    .setInputFiles({ name: "cover.png", mimeType: "image/png", buffer: Buffer.from("not really a picture") });
  await expect(page.getByText("The image must be 5 MB or smaller.")).toHaveCount(0);
  const answer = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByRole("button", { name: "Create draft" }).click();
  expect((await answer).status()).toBe(400);
  await expect(page.getByRole("alert").filter({ hasText: "There are 2 problems with the form." })).toBeFocused();
  await expect(page.getByText("Choose at least one field of the chosen basic strategy.")).toBeVisible();
  await expect(page.getByText("Choose a JPEG, PNG or WebP image file.")).toBeVisible();
  await expect(page.getByLabel("Title (Japanese)")).toHaveValue(`${marker} 分野の組み合わせ違い`);
  await expectNoAxeViolations(page);
  expect(await prisma.challenge.count({ where: { titleJa: `${marker} 分野の組み合わせ違い` } })).toBe(0);
  await context.close();
});

test("the editor works without JavaScript: refused with messages, then saved", async ({ browser }) => {
  const { page, context } = await coordinatorPage(browser, "editor-nojs", { javaScriptEnabled: false });
  await page.goto("/coordinate/challenges/new");
  const title = `${marker} JavaScriptなしで作成`;
  await fillRequired(page, title);
  // Strategy B with only a field of strategy C: a rule only the server knows (the browser's own checks pass).
  await page.getByRole("checkbox", { name: "地域経済・産業・観光・就労" }).uncheck();
  await page.getByRole("checkbox", { name: "地域社会・支え合い" }).check();
  await page.getByLabel("募集人数・団体数").fill("2");
  const refused = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByRole("button", { name: "下書きとして作成" }).click();
  expect((await refused).status()).toBe(400);
  await expect(page.getByText("選んだ基本戦略の分野を少なくとも1つ選んでください。")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "入力内容に1件の問題があります。" })).toBeVisible();
  await expect(page.getByLabel("タイトル（日本語）")).toHaveValue(title);
  await expect(page.getByLabel("本文（日本語）")).toHaveValue(/週末にマルシェを開きたい/);
  await expect(page.getByRole("checkbox", { name: "地域社会・支え合い" })).toBeChecked();
  await expect(page.getByLabel("募集人数・団体数")).toHaveValue("2");

  await page.getByRole("checkbox", { name: "地域経済・産業・観光・就労" }).check();
  await page.getByRole("button", { name: "下書きとして作成" }).click();
  await expect(page).toHaveURL(/\/coordinate\/challenges\/\d+\/edit$/);
  await expect(page.getByRole("status").filter({ hasText: "地域課題を下書きとして作成しました。" })).toBeVisible();
  const stored = await prisma.challenge.findFirstOrThrow({
    where: { titleJa: title },
    select: { status: true, capacity: true, areaId: true },
  });
  expect(stored).toMatchObject({ status: "DRAFT", capacity: 2 });
  await context.close();
});
