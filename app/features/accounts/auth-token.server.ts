import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import type { AuthTokenPurpose } from "~/generated/prisma/enums.ts";
import { hashToken } from "~/kernel/auth/session.server.ts";
import type { Db } from "~/kernel/db.server.ts";

export const tokenLifetimeMinutes: Record<AuthTokenPurpose, number> = {
  VERIFY_EMAIL: 60 * 24,
  SIGN_IN_LINK: 15,
  PASSWORD_RESET: 30,
  CHANGE_EMAIL: 60,
};

function randomToken() {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

function randomCode() {
  const value = new Uint32Array(1);
  crypto.getRandomValues(value);
  return String(value[0]! % 1_000_000).padStart(6, "0");
}

// A short code is only unique per user, so its hash includes the user's id.
function codeHash(userId: string, code: string) {
  return hashToken(`code:${userId}:${code}`);
}

/** Issues a link token (and for e-mail confirmation also a 6-digit code); earlier unused ones of the same purpose die. */
export async function issueAuthToken(db: Db, input: { userId: string; email: string; purpose: AuthTokenPurpose; withCode?: boolean }) {
  const now = new Date();
  await db.authToken.updateMany({ where: { userId: input.userId, purpose: input.purpose, usedAt: null }, data: { usedAt: now } });
  const expiresAt = new Date(now.getTime() + tokenLifetimeMinutes[input.purpose] * 60_000);
  const token = randomToken();
  const rows = [{ tokenHash: hashToken(token), purpose: input.purpose, userId: input.userId, email: input.email, expiresAt }];
  const code = input.withCode ? randomCode() : undefined;
  if (code)
    rows.push({ tokenHash: codeHash(input.userId, code), purpose: input.purpose, userId: input.userId, email: input.email, expiresAt });
  await db.authToken.createMany({ data: rows });
  return { token, code, expiresInMinutes: tokenLifetimeMinutes[input.purpose] };
}

const tokenShape = /^[a-z2-7]{32}$/;

/** Looks a link token up without using it (the page that shows a confirm button). */
export async function peekAuthToken(db: Db, token: string, purpose: AuthTokenPurpose) {
  if (!tokenShape.test(token)) return null;
  const row = await db.authToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, purpose: true, userId: true, email: true, expiresAt: true, usedAt: true },
  });
  if (!row || row.purpose !== purpose || row.usedAt || row.expiresAt <= new Date()) return null;
  return row;
}

/**
 * Uses a token exactly once: the conditional update is the check, so two clicks racing each other cannot
 * both succeed. All other open tokens of the same purpose for that user die with it.
 */
export async function consumeAuthToken(
  db: Db,
  input: { token: string; purpose: AuthTokenPurpose } | { userId: string; code: string; purpose: AuthTokenPurpose },
) {
  let tokenHash: string;
  if ("token" in input) {
    if (!tokenShape.test(input.token)) return null;
    tokenHash = hashToken(input.token);
  } else {
    if (!/^\d{6}$/.test(input.code)) return null;
    tokenHash = codeHash(input.userId, input.code);
  }
  const now = new Date();
  const used = await db.authToken.updateManyAndReturn({
    where: { tokenHash, purpose: input.purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
    select: { userId: true, email: true },
  });
  const row = used[0];
  if (!row) return null;
  await db.authToken.updateMany({ where: { userId: row.userId, purpose: input.purpose, usedAt: null }, data: { usedAt: now } });
  return row;
}
