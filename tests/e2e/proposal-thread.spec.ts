// A long proposal thread reads like a conversation and stays a small page: the newest 50 messages, oldest first,
// with the reply form under them, and plain links (no JavaScript needed) to earlier pages.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { prisma } from "../../app/kernel/db.server.ts";
import { createPartner, createProposal } from "../../prisma/seed/factories.ts";
import { closeTestDatabase, signedInAs, uniqueClientIp } from "./accounts.ts";

const partnerIds: string[] = [];

test.afterAll(async () => {
  await prisma.proposal.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.$disconnect();
  await closeTestDatabase();
});

test("a 681-message thread opens on its newest page and pages back without JavaScript", async ({ browser }) => {
  const account = await signedInAs("PARTNER");
  const partner = await createPartner(prisma, {
    kind: "INDIVIDUAL",
    displayName: `スレッド ${randomUUID().slice(0, 6)}`,
    ownerId: account.userId,
  });
  partnerIds.push(partner.id);
  const proposal = await createProposal(prisma, {
    partnerId: partner.id,
    authorId: account.userId,
    title: "長いやりとり",
    status: "SUBMITTED",
  });
  const start = Date.now() - 1000 * 60_000;
  await prisma.proposalMessage.createMany({
    data: Array.from({ length: 681 }, (_, index) => ({
      proposalId: proposal.id,
      authorId: account.userId,
      side: "PARTNER" as const,
      body: `メッセージ${index + 1} ${"とても長い本文です。".repeat(20)}`,
      createdAt: new Date(start + index * 60_000),
    })),
  });
  const context = await browser.newContext({ locale: "ja-JP", javaScriptEnabled: false });
  await context.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueClientIp(), Cookie: account.cookie });
  const page = await context.newPage();
  const response = await page.goto(`/proposals/${proposal.number}`);
  expect((await response!.body()).length).toBeLessThan(150_000);
  const thread = page.locator(".proposal-thread__messages > li");
  await expect(thread).toHaveCount(31);
  await expect(thread.first()).toContainText("メッセージ651 ");
  await expect(thread.last()).toContainText("メッセージ681 ");
  await expect(page.getByText("681件中 651〜681件目")).toBeVisible();
  await expect(page.getByRole("textbox", { name: /返信|メッセージ/ }).first()).toBeVisible();
  await page.getByRole("link", { name: "← これより前のメッセージ" }).click();
  await expect(page).toHaveURL(new RegExp(`/proposals/${proposal.number}\\?thread=13#thread$`));
  await expect(thread).toHaveCount(50);
  await expect(thread.first()).toContainText("メッセージ601 ");
  await page.getByRole("link", { name: "これより新しいメッセージ →" }).click();
  await expect(thread.last()).toContainText("メッセージ681 ");
  await context.close();
});
