// Sessions after Lucia v3's guide: a random token lives only in the browser's cookie; the database keeps its
// SHA-256, so a leaked copy of the sessions table cannot be replayed as a cookie.
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { prisma } from "~/kernel/db.server.ts";
import type { RoleName } from "~/kernel/auth/permissions.ts";

export const SESSION_LIFETIME_MS = 1000 * 60 * 60 * 24 * 30;
const RENEW_WHEN_LESS_THAN_MS = 1000 * 60 * 60 * 24 * 15;

export function generateSessionToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(userId: string, userAgent: string) {
  const token = generateSessionToken();
  const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
  await prisma.session.create({ data: { id: hashToken(token), userId, expiresAt, userAgent: userAgent.slice(0, 300) } });
  return { token, expiresAt };
}

export type SessionUser = {
  id: string;
  email: string;
  displayName: string;
  language: string;
  emailVerified: boolean;
  roles: RoleName[];
};

export type ValidatedSession = { sessionId: string; expiresAt: Date; renewed: boolean; user: SessionUser };

/** Looks the token up by its hash; expired sessions are deleted; sessions past half their life are extended. */
export async function validateSessionToken(token: string): Promise<ValidatedSession | null> {
  if (!/^[a-z2-7]{32}$/.test(token)) return null;
  const sessionId = hashToken(token);
  const session = await prisma.session.findUnique({
    where: { id: sessionId },
    select: {
      expiresAt: true,
      user: {
        select: {
          id: true,
          email: true,
          displayName: true,
          language: true,
          emailVerifiedAt: true,
          suspendedAt: true,
          roles: { select: { role: true } },
        },
      },
    },
  });
  if (!session) return null;
  const now = Date.now();
  // A suspended account signs nobody in, whatever session it still holds (suspending deletes them too).
  if (session.expiresAt.getTime() <= now || session.user.suspendedAt) {
    await prisma.session.deleteMany({ where: { id: sessionId } });
    return null;
  }
  let expiresAt = session.expiresAt;
  let renewed = false;
  if (expiresAt.getTime() - now < RENEW_WHEN_LESS_THAN_MS) {
    expiresAt = new Date(now + SESSION_LIFETIME_MS);
    // updateMany: a sign-out racing this request may have deleted the row, which is no error.
    const renewedRows = await prisma.session.updateMany({ where: { id: sessionId }, data: { expiresAt } });
    if (renewedRows.count === 0) return null;
    renewed = true;
  }
  const { user } = session;
  return {
    sessionId,
    expiresAt,
    renewed,
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      language: user.language,
      emailVerified: user.emailVerifiedAt !== null,
      roles: user.roles.map((entry) => entry.role),
    },
  };
}

export async function invalidateSession(sessionId: string) {
  await prisma.session.deleteMany({ where: { id: sessionId } });
}

/** Signs a user out everywhere, optionally keeping the session that asked for it. */
export async function invalidateUserSessions(userId: string, exceptSessionId?: string) {
  await prisma.session.deleteMany({ where: { userId, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) } });
}
