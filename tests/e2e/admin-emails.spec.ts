// The e-mail outbox for admins, end to end on the production build: a failed message is sent again from the
// admin page (a plain form, no JavaScript) and arrives through the real worker at the Resend stand-in.
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { emailTemplateNames, emailTemplates, renderEmail } from "../../emails/index.ts";
import { closeTestDatabase, testDatabase, signedInAs, uniqueClientIp } from "./accounts.ts";
import { expectNoAxeViolations, latestMailTo, messagesTo } from "./support.ts";

test.use({ locale: "ja-JP" });
test.beforeEach(async ({ context }) => {
  // Signed in as an admin by header: a __Host- cookie cannot be planted over plain http through addCookies.
  const admin = await signedInAs("ADMIN", "outbox-admin");
  await context.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueClientIp(), Cookie: admin.cookie });
});
test.afterAll(async () => {
  await closeTestDatabase();
});

/**
 * axe on a page that shows a message in a sandboxed frame: the frame runs no scripts, so axe cannot enter it
 * (it would wait forever). The message's own HTML is checked on its own page instead.
 */
async function expectNoAxeViolationsOutsideFrames(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .exclude("iframe.email-frame")
    .analyze();
  expect(
    results.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(" ")) })),
  ).toEqual([]);
}

/** A message that used up its retries, as the worker leaves it after the provider failed six times. */
async function deadMessage(to: string) {
  const id = randomUUID();
  await testDatabase().query(
    `INSERT INTO "EmailMessage" (id, "idempotencyKey", template, language, "toAddress", subject, html, text, status, attempts, "lastError", "updatedAt")
     VALUES ($1, $2, 'password-changed', 'ja', $3, '【しおじり共創ハブ】パスワードが変更されました', '<p>html</p>', 'text', 'DEAD', 6,
             'internal_server_error (500): provider down', now())`,
    [id, `e2e:${id}`, to],
  );
  return id;
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an admin sends a failed message again and it is delivered", async ({ page }) => {
    const to = `outbox-${randomUUID().slice(0, 8)}@e2e.example`;
    const id = await deadMessage(to);
    await page.goto(`/admin/emails?status=DEAD&to=${encodeURIComponent(to)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("メール送信の状況");
    const row = page.getByRole("row", { name: new RegExp(to) });
    await expect(row).toContainText("送信失敗");
    await expect(row).toContainText("provider down");

    await row.getByRole("button", { name: /再送信/ }).click();
    await expect(page.getByRole("status").filter({ hasText: "再送信を受け付けました" })).toBeVisible();
    const mail = await latestMailTo(to);
    expect(mail.subject).toBe("【しおじり共創ハブ】パスワードが変更されました");
    expect(mail.idempotencyKey).toBe(`e2e:${id}`);

    const { rows } = await testDatabase().query(`SELECT status, attempts, "lastError" FROM "EmailMessage" WHERE id = $1`, [id]);
    expect(rows[0]).toEqual({ status: "SENT", attempts: 7, lastError: null });
    const audit = await testDatabase().query(
      `SELECT count(*)::int AS n FROM "AuditLog" WHERE action = 'email.retried' AND "targetId" = $1`,
      [id],
    );
    expect(audit.rows[0].n).toBe(1);

    // Sending it again is refused now that it went out, and nothing more is delivered.
    await page.goto(`/admin/emails?to=${encodeURIComponent(to)}`);
    await expect(page.getByRole("row", { name: new RegExp(to) })).toContainText("送信済み");
    await expect(page.getByRole("row", { name: new RegExp(to) }).getByRole("button")).toHaveCount(0);
    expect(await messagesTo(to)).toHaveLength(1);
  });
});

test("the outbox page and the template preview pass axe; the preview shows the chosen template", async ({ page }) => {
  const to = `outbox-axe-${randomUUID().slice(0, 8)}@e2e.example`;
  await deadMessage(to);
  await page.goto(`/admin/emails?to=${encodeURIComponent(to)}`);
  await expect(page.getByRole("row", { name: new RegExp(to) })).toContainText("送信失敗");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: /テンプレートのプレビュー/ }).click();
  await page.getByLabel("テンプレート").selectOption("password-reset");
  await page.getByLabel("言語").selectOption("en");
  await page.getByRole("button", { name: "表示する" }).click();
  await expect(page).toHaveURL(/template=password-reset&language=en/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("メールテンプレートのプレビュー");
  await expect(page.getByText("Reset your password — Shiojiri Co-creation Hub")).toBeVisible();
  const frame = page.frameLocator("iframe.email-frame");
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText("Reset your password");
  await expect(frame.getByRole("link", { name: "Choose a new password" })).toBeVisible();
  await expect(page.locator("pre.email-text")).toContainText("If you did not ask for this, ignore this e-mail");
  await expectNoAxeViolationsOutsideFrames(page);
});

// One test per template (both languages each), so a new template adds a test rather than stretching one.
for (const template of emailTemplateNames) {
  test(`the ${template} mail passes axe in both languages as a mail app shows it (styles applied: contrast too)`, async ({ page }) => {
    for (const language of ["ja", "en"] as const) {
      const { html } = await renderEmail(template, language, emailTemplates[template].previewProps);
      await page.setContent(html);
      await expect(page.locator("html")).toHaveAttribute("lang", language);
      // Legacy mode: a single frame needs no helper page per run, which keeps the runs quick.
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).setLegacyMode().analyze();
      expect({ template, language, violations: results.violations.map((violation) => violation.id) }).toEqual({
        template,
        language,
        violations: [],
      });
    }
  });
}
