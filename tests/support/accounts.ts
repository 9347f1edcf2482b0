// Helpers for the account and session tests: unique addresses and client addresses per test (rate limits are
// keyed on both and live in PostgreSQL, so tests must not share them), and reading the outbox the way a
// recipient reads their mail.
import { randomInt, randomUUID } from "node:crypto";
import { prisma } from "../../app/kernel/db.server.ts";

/** A namespace for one test file: every address ends in `@<domain>`, so afterAll can find what the file made. */
export function accountNamespace(domain: string) {
  const run = randomUUID().slice(0, 8);
  let counter = 0;
  const ips: string[] = [];
  return {
    domain,
    /** A fresh lowercase address, never used before by any run. */
    email(label = "user") {
      counter += 1;
      return `${label}-${run}-${counter}@${domain}`;
    },
    /** A request context with a client address no other test uses, so per-IP limits never collide. */
    context(origin = "http://hub.test") {
      const ip = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
      ips.push(ip);
      return { ip, origin };
    },
    /** Every client address handed out, for deleting their rate-limit rows. */
    ips: () => [...ips],
  };
}

/** The outbox rows for one address (optionally of one template), oldest first. */
export function mailTo(address: string, template?: string) {
  return prisma.emailMessage.findMany({
    where: { toAddress: address, ...(template ? { template } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, template: true, language: true, subject: true, text: true, userId: true, status: true },
  });
}

/** The newest outbox row of a template to an address; fails the test when there is none. */
export async function lastMail(address: string, template: string) {
  const messages = await mailTo(address, template);
  const message = messages.at(-1);
  if (!message) throw new Error(`no ${template} mail to ${address} in the outbox`);
  return message;
}

/** The one-time token in a mailed link (`…?token=<32 base32 chars>`), as the recipient would click it. */
export function linkToken(text: string): string {
  const match = /[?&]token=([a-z2-7]{32})\b/.exec(text);
  if (!match?.[1]) throw new Error(`no link token in mail text:\n${text}`);
  return match[1];
}

/** The 6-digit confirmation code, which the mail puts on a line of its own. */
export function confirmationCode(text: string): string {
  const match = /^\s*(\d{6})\s*$/m.exec(text);
  if (!match?.[1]) throw new Error(`no 6-digit code in mail text:\n${text}`);
  return match[1];
}

/**
 * Deletes what a test file left behind: its users (sessions, tokens and roles cascade), audit entries about or
 * by them, mail to its domain and the rate-limit rows of its addresses and client addresses.
 */
export async function cleanUpAccounts(namespace: { domain: string; ips(): string[] }, extraUserIds: readonly string[] = []) {
  const users = await prisma.user.findMany({ where: { email: { endsWith: `@${namespace.domain}` } }, select: { id: true } });
  const userIds = [...new Set([...users.map((user) => user.id), ...extraUserIds])];
  await prisma.auditLog.deleteMany({ where: { OR: [{ actorId: { in: userIds } }, { targetType: "user", targetId: { in: userIds } }] } });
  await prisma.emailMessage.deleteMany({
    where: { OR: [{ toAddress: { endsWith: `@${namespace.domain}` } }, { userId: { in: userIds } }] },
  });
  await prisma.user.deleteMany({ where: { id: { in: userIds } } });
  const ips = namespace.ips();
  await prisma.rateLimit.deleteMany({
    where: { OR: [{ key: { endsWith: `@${namespace.domain}` } }, ...ips.map((ip) => ({ key: { endsWith: `:${ip}` } }))] },
  });
}
