import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.1 A and AA (JIS X 8341-3:2016) rules; any violation fails the test with its details. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.map((node) => node.target.join(" ")),
  }));
  expect(summary).toEqual([]);
}

// ── E-mail: what the app sent, read back from the Resend stand-in (tests/support/mail-stub.ts) ──

export type StubMail = {
  id: string;
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  idempotencyKey: string | null;
  receivedAt: string;
};

const mailStubURL = () => `http://127.0.0.1:${process.env.MAIL_STUB_PORT ?? "3211"}`;

/** Every message delivered to `address`, oldest first. */
export async function messagesTo(address: string): Promise<StubMail[]> {
  const response = await fetch(`${mailStubURL()}/__stub/messages?to=${encodeURIComponent(address)}`);
  if (!response.ok) throw new Error(`mail stub answered ${response.status}`);
  return (await response.json()) as StubMail[];
}

/**
 * Waits for mail to `address` and returns the newest. With `after`, only a message received after that one
 * counts (a second mail to the same address); with `subject`, only a matching one. Delivery goes through the
 * real outbox, job queue and resend SDK, so it takes about a second.
 */
export async function latestMailTo(
  address: string,
  options: { timeout?: number; after?: StubMail; subject?: RegExp } = {},
): Promise<StubMail> {
  const timeout = options.timeout ?? 10_000;
  const deadline = Date.now() + timeout;
  for (;;) {
    const messages = (await messagesTo(address)).filter(
      (message) =>
        (!options.after || (message.id !== options.after.id && message.receivedAt >= options.after.receivedAt)) &&
        (!options.subject || options.subject.test(message.subject)),
    );
    const latest = messages.at(-1);
    if (latest) return latest;
    if (Date.now() > deadline) throw new Error(`no e-mail to ${address} within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export const mailbox = { messagesTo, latestMailTo };

/** The first link in the mail's text part whose path starts with `pathPrefix` (e.g. "/verify-email"), as a path + query. */
export function extractLink(mail: StubMail, pathPrefix: string): string {
  return extractLinks(mail, pathPrefix)[0]!;
}

/** Every link under `pathPrefix` in the mail's text part, in order (path and query only). */
export function extractLinks(mail: StubMail, pathPrefix: string): string[] {
  const links: string[] = [];
  for (const match of mail.text.matchAll(/https?:\/\/[^\s<>"）」]+/g)) {
    const url = new URL(match[0]);
    if (url.pathname.startsWith(pathPrefix)) links.push(url.pathname + url.search);
  }
  if (links.length === 0) throw new Error(`no link to ${pathPrefix} in the mail "${mail.subject}":\n${mail.text}`);
  return links;
}

/** The 6-digit confirmation code in the mail's text part. */
export function extractCode(mail: StubMail): string {
  const code = mail.text.match(/(?:^|\s)(\d{6})(?:\s|$)/m)?.[1];
  if (!code) throw new Error(`no 6-digit code in the mail "${mail.subject}"`);
  return code;
}
