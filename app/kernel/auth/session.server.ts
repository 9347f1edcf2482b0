// Sessions after Lucia v3's guide: a random token lives only in the browser's cookie; the database keeps its
// SHA-256, so a leaked copy of the sessions table cannot be replayed as a cookie.
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { prisma } from "~/kernel/db.server.ts";
import { isStaff, rolesWithoutSecondFactor, type RoleName } from "~/kernel/auth/permissions.ts";

const minuteMs = 1000 * 60;
export const SESSION_LIFETIME_MS = minuteMs * 60 * 24 * 30;
const RENEW_WHEN_LESS_THAN_MS = minuteMs * 60 * 24 * 15;
// Staff sessions (decision 0017, after ASVS 4.0 §3.3.2 level 2): 30 idle minutes, 12 hours in all.
const STAFF_IDLE_TIMEOUT_MS = minuteMs * 30;
const STAFF_ABSOLUTE_LIFETIME_MS = minuteMs * 60 * 12;
/** How long a sign-in waits for its second factor before it must start again. */
const SECOND_FACTOR_WAIT_MS = minuteMs * 10;
// lastSeenAt is written at most this often: a page with several requests costs one write, not one each.
const LAST_SEEN_RESOLUTION_MS = minuteMs;

export function generateSessionToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/**
 * A new session. `secondFactor`: the person passed a second factor on the way in (or, for the tests' helper, is
 * taken to have); a session of an enrolled account without one only waits for the code (/login/two-factor).
 */
export async function createSession(userId: string, userAgent: string, options: { secondFactor?: boolean } = {}) {
  const token = generateSessionToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await prisma.session.create({
    data: {
      id: hashToken(token),
      userId,
      expiresAt,
      userAgent: userAgent.slice(0, 300),
      createdAt: now,
      lastSeenAt: now,
      authenticatedAt: now,
      secondFactorAt: options.secondFactor ? now : null,
    },
  });
  return { token, expiresAt };
}

export type SessionUser = {
  id: string;
  email: string;
  displayName: string;
  language: string;
  emailVerified: boolean;
  /** The roles this session acts with: staff roles only once it passed a second factor. */
  roles: RoleName[];
  /** Staff roles the account holds that wait for a second factor in this session (enrolment or a code). */
  rolesAwaitingSecondFactor: RoleName[];
  /** The account has an authenticator app enrolled. */
  hasSecondFactor: boolean;
  /** The password typed at sign-in was shorter than the policy's minimum: a new one is asked for first. */
  mustChangePassword: boolean;
};

export type ValidatedSession = {
  sessionId: string;
  expiresAt: Date;
  renewed: boolean;
  /** When the person last proved who they are here (sign-in or re-authentication). */
  authenticatedAt: Date;
  secondFactorPassed: boolean;
  /** An enrolled account signed in with its password (or a link) and has not given its code yet: not signed in. */
  awaitingSecondFactor: boolean;
  user: SessionUser;
};

/**
 * Looks the token up by its hash; expired sessions are deleted; sessions past half their life are extended. Staff
 * sessions also end after STAFF_IDLE_TIMEOUT_MS without a request and STAFF_ABSOLUTE_LIFETIME_MS after sign-in.
 */
export async function validateSessionToken(token: string): Promise<ValidatedSession | null> {
  if (!/^[a-z2-7]{32}$/.test(token)) return null;
  const sessionId = hashToken(token);
  const session = await prisma.session.findUnique({
    where: { id: sessionId },
    select: {
      expiresAt: true,
      createdAt: true,
      lastSeenAt: true,
      authenticatedAt: true,
      secondFactorAt: true,
      user: {
        select: {
          id: true,
          email: true,
          displayName: true,
          language: true,
          emailVerifiedAt: true,
          mustChangePassword: true,
          suspendedAt: true,
          roles: { select: { role: true } },
          totpCredential: { select: { confirmedAt: true } },
        },
      },
    },
  });
  if (!session) return null;
  const now = Date.now();
  const { user } = session;
  const heldRoles = user.roles.map((entry) => entry.role);
  const staff = isStaff(heldRoles);
  const hasSecondFactor = Boolean(user.totpCredential?.confirmedAt);
  const awaitingSecondFactor = hasSecondFactor && session.secondFactorAt === null;
  const ended =
    session.expiresAt.getTime() <= now ||
    // A suspended account signs nobody in, whatever session it still holds (suspending deletes them too).
    user.suspendedAt !== null ||
    (awaitingSecondFactor && now - session.createdAt.getTime() > SECOND_FACTOR_WAIT_MS) ||
    (staff && now - session.lastSeenAt.getTime() > STAFF_IDLE_TIMEOUT_MS) ||
    (staff && now - session.createdAt.getTime() > STAFF_ABSOLUTE_LIFETIME_MS);
  if (ended) {
    await prisma.session.deleteMany({ where: { id: sessionId } });
    return null;
  }
  let expiresAt = session.expiresAt;
  let renewed = false;
  const renew = expiresAt.getTime() - now < RENEW_WHEN_LESS_THAN_MS;
  if (renew) expiresAt = new Date(now + SESSION_LIFETIME_MS);
  if (renew || now - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    // updateMany: a sign-out racing this request may have deleted the row, which is no error.
    const touched = await prisma.session.updateMany({ where: { id: sessionId }, data: { expiresAt, lastSeenAt: new Date(now) } });
    if (touched.count === 0) return null;
    renewed = renew;
  }
  const secondFactorPassed = session.secondFactorAt !== null;
  const roles = secondFactorPassed ? heldRoles : rolesWithoutSecondFactor(heldRoles);
  return {
    sessionId,
    expiresAt,
    renewed,
    authenticatedAt: session.authenticatedAt,
    secondFactorPassed,
    awaitingSecondFactor,
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      language: user.language,
      emailVerified: user.emailVerifiedAt !== null,
      roles,
      rolesAwaitingSecondFactor: heldRoles.filter((role) => !roles.includes(role)),
      hasSecondFactor,
      mustChangePassword: user.mustChangePassword,
    },
  };
}

/** The person proved who they are again (password or code): sensitive actions are open for a few minutes. */
export async function markSessionAuthenticated(sessionId: string, options: { secondFactor: boolean }) {
  const now = new Date();
  await prisma.session.updateMany({
    where: { id: sessionId },
    data: { authenticatedAt: now, ...(options.secondFactor ? { secondFactorAt: now } : {}) },
  });
}

export async function invalidateSession(sessionId: string) {
  await prisma.session.deleteMany({ where: { id: sessionId } });
}

/** Signs a user out everywhere, optionally keeping the session that asked for it. */
export async function invalidateUserSessions(userId: string, exceptSessionId?: string) {
  await prisma.session.deleteMany({ where: { userId, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) } });
}
