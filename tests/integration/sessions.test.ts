// Sessions against the real database: what the sessions table holds, which cookie signs someone in, and when
// a session ends (password change or reset, "sign out everywhere", expiry) or is extended.
import { createHash, randomUUID } from "node:crypto";
import { createCookie } from "@remix-run/node";
import { afterAll, describe, expect, it } from "vitest";
import { changePassword, requestPasswordReset, resetPassword, signOutEverywhere } from "../../app/features/accounts/account.server.ts";
import { cleanupExpiredAccountData } from "../../app/features/accounts/account-cleanup.server.ts";
import { createSession, hashToken, SESSION_LIFETIME_MS, validateSessionToken } from "../../app/kernel/auth/session.server.ts";
import { getUser, sessionRefreshHeader, startSession } from "../../app/kernel/auth/guards.server.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import { createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts, lastMail, linkToken } from "../support/accounts.ts";
import { recordQueries } from "../support/query-counter.ts";
import { pageRequest } from "../support/requests.ts";

const ns = accountNamespace("sessions.test");
const password = "correct horse battery staple 7";
const DAY_MS = 24 * 60 * 60 * 1000;

afterAll(async () => {
  await cleanUpAccounts(ns);
});

async function newUser(label = "user") {
  return createUser(prisma, { email: ns.email(label), displayName: `Session ${label}`, password, language: "en" });
}

/** The `name=value` pair a browser would send back for the session cookie set by this response. */
function sessionCookiePair(headers: Headers): string {
  const setCookie = headers.getSetCookie().find((header) => header.startsWith("session="));
  if (!setCookie) throw new Error(`no session cookie in ${JSON.stringify(headers.getSetCookie())}`);
  return setCookie.split(";")[0]!;
}

function requestWithCookie(cookie: string) {
  return pageRequest("/account", { Cookie: cookie });
}

async function isSignedIn(token: string) {
  return (await validateSessionToken(token)) !== null;
}

describe("what the sessions table holds", () => {
  it("stores the SHA-256 of the token as the row id, never the token itself", async () => {
    const user = await newUser();
    const { token } = await createSession(user.id, "vitest");
    const rows = await prisma.session.findMany({ where: { userId: user.id }, select: { id: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(createHash("sha256").update(token, "utf8").digest("hex"));
    expect(rows[0]!.id).toBe(hashToken(token));
    expect(rows[0]!.id).not.toContain(token);
  });

  it("signs in with the cookie startSession sets, but not with a stolen row id in its place", async () => {
    const user = await newUser();
    const headers = await startSession(pageRequest("/login", { "User-Agent": "vitest-browser" }), user);
    const realCookie = sessionCookiePair(headers);

    const row = await prisma.session.findFirstOrThrow({ where: { userId: user.id }, select: { id: true, userAgent: true } });
    expect(row.userAgent).toBe("vitest-browser");
    // The stolen value serialised exactly as the app serialises its own (base64 of JSON under the same name).
    const stolenCookie = (await createCookie("session").serialize(row.id)).split(";")[0]!;
    expect(stolenCookie).toMatch(/^session=/);
    expect(stolenCookie).not.toBe(realCookie);

    const signedIn = await getUser(requestWithCookie(realCookie));
    expect(signedIn?.id).toBe(user.id);
    expect(signedIn?.email).toBe(user.email);

    expect(await getUser(requestWithCookie(stolenCookie))).toBeNull();
    expect(await validateSessionToken(row.id)).toBeNull();
    // The genuine session is untouched by the failed attempt.
    expect((await getUser(requestWithCookie(realCookie)))?.id).toBe(user.id);
  });

  it("refuses malformed tokens without a single database statement", async () => {
    const user = await newUser();
    const { token } = await createSession(user.id, "vitest");
    const row = await prisma.session.findFirstOrThrow({ where: { userId: user.id }, select: { id: true } });
    const malformed = [
      "",
      "short",
      row.id, // 64 hex characters: the shape of a hash, not of a token
      token.toUpperCase(),
      `${token}a`,
      token.slice(1),
      `${token.slice(0, 31)}1`, // 1 and 8 are not in the base32 alphabet
      `${token}\n`,
      ` ${token}`,
      "' OR 1=1 --aaaaaaaaaaaaaaaaaaaaaaa",
    ];
    for (const value of malformed) {
      const { result, statements } = await recordQueries(() => validateSessionToken(value));
      expect(result, JSON.stringify(value)).toBeNull();
      expect(statements, JSON.stringify(value)).toEqual([]);
    }
    // The counter does see queries: a well-formed token is looked up (and this one signs in).
    const { result, statements } = await recordQueries(() => validateSessionToken(token));
    expect(result?.user.id).toBe(user.id);
    expect(statements.length).toBeGreaterThan(0);
  });
});

describe("when sessions end", () => {
  it("ends every session of the account on a password change, and no one else's", async () => {
    const [user, other] = await Promise.all([newUser("changer"), newUser("bystander")]);
    const [first, second, othersSession] = await Promise.all([
      createSession(user.id, "laptop"),
      createSession(user.id, "phone"),
      createSession(other.id, "other"),
    ]);
    expect(await isSignedIn(first.token)).toBe(true);

    const result = await changePassword(user.id, { currentPassword: password, password: "a brand new passphrase 42" }, ns.context());
    expect(result).toEqual({ ok: true, user: { id: user.id, language: "en" } });

    expect(await isSignedIn(first.token)).toBe(false);
    expect(await isSignedIn(second.token)).toBe(false);
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await isSignedIn(othersSession.token)).toBe(true);
  });

  it("keeps the sessions when the current password given for a change is wrong", async () => {
    const user = await newUser();
    const { token } = await createSession(user.id, "laptop");
    const result = await changePassword(
      user.id,
      { currentPassword: "not the password", password: "a brand new passphrase 42" },
      ns.context(),
    );
    expect(result).toMatchObject({ ok: false, reason: "account.currentPasswordWrong" });
    expect(await isSignedIn(token)).toBe(true);
  });

  it("ends every session of the account on a password reset, and no one else's", async () => {
    const [user, other] = await Promise.all([newUser("resetter"), newUser("bystander")]);
    const [mine, theirs] = await Promise.all([createSession(user.id, "laptop"), createSession(other.id, "other")]);
    const context = ns.context();
    expect(await requestPasswordReset(user.email, context)).toEqual({ ok: true });
    const token = linkToken((await lastMail(user.email, "password-reset")).text);

    const result = await resetPassword({ token, password: "reset passphrase 2031" }, context);
    expect(result).toEqual({ ok: true, user: { id: user.id, language: "en" } });
    expect(await isSignedIn(mine.token)).toBe(false);
    expect(await isSignedIn(theirs.token)).toBe(true);
  });

  it("ends every session of the account on sign-out everywhere, and no one else's", async () => {
    const [user, other] = await Promise.all([newUser("leaver"), newUser("bystander")]);
    const [first, second, theirs] = await Promise.all([
      createSession(user.id, "laptop"),
      createSession(user.id, "phone"),
      createSession(other.id, "other"),
    ]);
    await signOutEverywhere({ id: user.id, displayName: user.displayName }, ns.context());
    expect(await isSignedIn(first.token)).toBe(false);
    expect(await isSignedIn(second.token)).toBe(false);
    expect(await isSignedIn(theirs.token)).toBe(true);
    const audit = await prisma.auditLog.count({ where: { action: "user.signed_out_everywhere", targetId: user.id, actorId: user.id } });
    expect(audit).toBe(1);
  });
});

describe("expiry and sliding renewal", () => {
  it("refuses an expired session and deletes its row", async () => {
    const user = await newUser();
    const headers = await startSession(pageRequest("/login"), user);
    const cookie = sessionCookiePair(headers);
    const row = await prisma.session.findFirstOrThrow({ where: { userId: user.id }, select: { id: true } });
    await prisma.session.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    expect(await getUser(requestWithCookie(cookie))).toBeNull();
    expect(await prisma.session.count({ where: { id: row.id } })).toBe(0);
    // The browser is told to drop a cookie that no longer signs anyone in.
    expect(await sessionRefreshHeader(requestWithCookie(cookie))).toMatch(/^session=;.*Max-Age=0/i);
  });

  it("extends a session past half its life, in the database as well", async () => {
    const user = await newUser();
    const { token } = await createSession(user.id, "vitest");
    const id = hashToken(token);
    const nearlyOver = new Date(Date.now() + 10 * DAY_MS);
    await prisma.session.update({ where: { id }, data: { expiresAt: nearlyOver } });

    const before = Date.now();
    const session = await validateSessionToken(token);
    expect(session?.renewed).toBe(true);
    expect(session!.expiresAt.getTime()).toBeGreaterThanOrEqual(before + SESSION_LIFETIME_MS - 1000);
    expect(session!.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + SESSION_LIFETIME_MS);
    const stored = await prisma.session.findUniqueOrThrow({ where: { id }, select: { expiresAt: true } });
    expect(stored.expiresAt.getTime()).toBe(session!.expiresAt.getTime());
    expect(stored.expiresAt.getTime()).toBeGreaterThan(nearlyOver.getTime() + 19 * DAY_MS);
  });

  it("sends the renewed expiry to the browser", async () => {
    const user = await newUser();
    const cookie = sessionCookiePair(await startSession(pageRequest("/login"), user));
    const row = await prisma.session.findFirstOrThrow({ where: { userId: user.id }, select: { id: true } });
    await prisma.session.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() + 2 * DAY_MS) } });
    const header = await sessionRefreshHeader(requestWithCookie(cookie));
    expect(header?.split(";")[0]).toBe(cookie);
    const maxAge = Number(/Max-Age=(\d+)/i.exec(header ?? "")?.[1]);
    expect(maxAge).toBeGreaterThan(SESSION_LIFETIME_MS / 1000 - 60);
  });

  it("leaves a session in the first half of its life as it is", async () => {
    const user = await newUser();
    const { token } = await createSession(user.id, "vitest");
    const id = hashToken(token);
    const stillFresh = new Date(Date.now() + 20 * DAY_MS);
    await prisma.session.update({ where: { id }, data: { expiresAt: stillFresh } });

    const session = await validateSessionToken(token);
    expect(session?.renewed).toBe(false);
    expect(session?.expiresAt.getTime()).toBe(stillFresh.getTime());
    const stored = await prisma.session.findUniqueOrThrow({ where: { id }, select: { expiresAt: true } });
    expect(stored.expiresAt.getTime()).toBe(stillFresh.getTime());
  });
});

describe("hourly clean-up", () => {
  it("deletes expired sessions and week-old tokens, and keeps live ones", async () => {
    const user = await newUser("cleanup");
    const live = await createSession(user.id, "vitest");
    const expired = await createSession(user.id, "vitest");
    await prisma.session.update({ where: { id: hashToken(expired.token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const eightDaysAgo = new Date(Date.now() - 8 * DAY_MS);
    await prisma.authToken.createMany({
      data: [
        { tokenHash: hashToken(`old-${user.id}`), purpose: "PASSWORD_RESET", userId: user.id, email: user.email, expiresAt: eightDaysAgo },
        {
          tokenHash: hashToken(`fresh-${user.id}`),
          purpose: "PASSWORD_RESET",
          userId: user.id,
          email: user.email,
          expiresAt: new Date(Date.now() + DAY_MS),
        },
      ],
    });

    const oldKey = randomUUID();
    const freshKey = randomUUID();
    await prisma.formSubmission.createMany({
      data: [
        { key: oldKey, userId: user.id, location: "/proposals/1", createdAt: new Date(Date.now() - 2 * 24 * 60 * 60 * 1000) },
        { key: freshKey, userId: user.id, location: "/proposals/2" },
      ],
    });

    const removed = await cleanupExpiredAccountData();
    expect(removed.sessions).toBeGreaterThanOrEqual(1);
    expect(removed.tokens).toBeGreaterThanOrEqual(1);
    expect(await prisma.session.count({ where: { id: hashToken(live.token) } })).toBe(1);
    expect(await prisma.session.count({ where: { id: hashToken(expired.token) } })).toBe(0);
    expect(await prisma.authToken.count({ where: { tokenHash: hashToken(`fresh-${user.id}`) } })).toBe(1);
    expect(await prisma.authToken.count({ where: { tokenHash: hashToken(`old-${user.id}`) } })).toBe(0);
    // A double click's key is kept for a day, then forgotten.
    expect(await prisma.formSubmission.count({ where: { key: oldKey } })).toBe(0);
    expect(await prisma.formSubmission.count({ where: { key: freshKey } })).toBe(1);
  });
});
