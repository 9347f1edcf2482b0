// Account flows against the real database. What a flow mails is read from the outbox (the durable record of
// what will be sent), and links and codes are taken from the message text as the recipient would. Every test
// has its own addresses and client address, so the PostgreSQL-backed rate limits never carry over.
import { randomUUID } from "node:crypto";
import { verify } from "@node-rs/argon2";
import { afterAll, describe, expect, it } from "vitest";
import {
  changePassword,
  confirmEmail,
  confirmEmailChange,
  deleteAccount,
  exportAccountData,
  requestEmailChange,
  requestPasswordReset,
  requestSignInLink,
  resetPassword,
  signInWithLink,
  signInWithPassword,
  signUp,
} from "../../app/features/accounts/account.server.ts";
import { verifyEmailAction } from "../../app/features/accounts/sign-in-pages.server.ts";
import { getSession } from "../../app/kernel/auth/guards.server.ts";
import { createSession, hashToken } from "../../app/kernel/auth/session.server.ts";
import { changeRole } from "../../app/features/admin/user-admin.server.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import { createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts, confirmationCode, lastMail, linkToken, mailTo } from "../support/accounts.ts";

const ns = accountNamespace("accounts.test");
const password = "correct horse battery staple 7";
const otherPassword = "an entirely different passphrase 9";
// Every account a test makes, so afterAll also finds the audit entries of accounts a test deleted.
const createdUserIds: string[] = [];

afterAll(async () => {
  await cleanUpAccounts(ns, createdUserIds);
});

async function verifiedUser(label = "user", extra: { roles?: ("ADMIN" | "COORDINATOR" | "PARTNER")[]; language?: "ja" | "en" } = {}) {
  const user = await createUser(prisma, {
    email: ns.email(label),
    displayName: `Accounts ${label} ${randomUUID().slice(0, 6)}`,
    password,
    language: extra.language ?? "en",
    roles: extra.roles,
  });
  createdUserIds.push(user.id);
  return user;
}

async function signUpUnconfirmed(language: "ja" | "en" = "en", redirectTo?: string) {
  const email = ns.email("signup");
  const context = ns.context();
  expect(await signUp({ email, password, displayName: "New Resident", language, redirectTo }, context)).toEqual({ ok: true });
  const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, emailVerifiedAt: true } });
  createdUserIds.push(user.id);
  return { email, context, user, mail: await lastMail(email, "verify-email") };
}

const wrongCredentials = { ok: false, reason: "auth.wrongCredentials" };

// ───────────────────────────── Sign-up ─────────────────────────────

describe("signUp", () => {
  it.each([
    { language: "en" as const, subject: "Confirm your e-mail address — Shiojiri Co-creation Hub" },
    { language: "ja" as const, subject: "【しおじり共創ハブ】メールアドレスの確認" },
  ])("creates an unconfirmed account with an argon2id hash and one confirmation mail in $language", async ({ language, subject }) => {
    const email = ns.email(`signup-${language}`);
    const result = await signUp({ email, password, displayName: "新しい住民", language }, ns.context());
    expect(result).toEqual({ ok: true });

    const user = await prisma.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, passwordHash: true, emailVerifiedAt: true, language: true },
    });
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.language).toBe(language);
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user.passwordHash).not.toContain(password);
    expect(await verify(user.passwordHash!, password)).toBe(true);
    expect(await verify(user.passwordHash!, otherPassword)).toBe(false);

    const mails = await mailTo(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ template: "verify-email", language, subject, userId: user.id, status: "QUEUED" });
    expect(mails[0]!.text).not.toContain(password);
    expect(linkToken(mails[0]!.text)).toMatch(/^[a-z2-7]{32}$/);
    expect(confirmationCode(mails[0]!.text)).toMatch(/^\d{6}$/);
    expect(await prisma.auditLog.count({ where: { action: "user.signed_up", targetId: user.id } })).toBe(1);
  });

  it("answers a repeat sign-up of an unconfirmed address the same way and mails a fresh confirmation, changing nothing", async () => {
    const { email, user, mail: first } = await signUpUnconfirmed("en");
    const again = await signUp({ email, password: otherPassword, displayName: "Impostor", language: "ja" }, ns.context());
    expect(again).toEqual({ ok: true });

    expect(await prisma.user.count({ where: { email } })).toBe(1);
    const after = await prisma.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, passwordHash: true, displayName: true, language: true },
    });
    expect(after).toMatchObject({ id: user.id, displayName: "New Resident", language: "en" });
    expect(await verify(after.passwordHash!, password)).toBe(true);
    expect(await verify(after.passwordHash!, otherPassword)).toBe(false);

    const mails = await mailTo(email);
    expect(mails.map((message) => message.template)).toEqual(["verify-email", "verify-email"]);
    // In the account's language, not the language of whoever filled in the form the second time.
    expect(mails[1]!.language).toBe("en");
    expect(linkToken(mails[1]!.text)).not.toBe(linkToken(first.text));
  });

  it("answers a sign-up with a confirmed address the same way and mails the owner that the account exists", async () => {
    const owner = await verifiedUser("owner", { language: "ja" });
    const result = await signUp({ email: owner.email, password: otherPassword, displayName: "Someone else", language: "en" }, ns.context());
    expect(result).toEqual({ ok: true });

    expect(await prisma.user.count({ where: { email: owner.email } })).toBe(1);
    const mails = await mailTo(owner.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      template: "account-exists",
      language: "ja",
      userId: owner.id,
      subject: "【しおじり共創ハブ】このメールアドレスは登録済みです",
    });
    expect(mails[0]!.text).toContain("http://hub.test/forgot-password");
    // The stranger's password did not replace the owner's.
    expect(await signInWithPassword({ email: owner.email, password }, ns.context())).toMatchObject({ ok: true, user: { id: owner.id } });
  });
});

// ───────────────────────────── Confirmation and sign-in ─────────────────────────────

describe("signInWithPassword and confirmEmail", () => {
  it("says only 'wrong e-mail or password' for an unknown address and for a wrong password", async () => {
    const user = await verifiedUser();
    const unknown = await signInWithPassword({ email: ns.email("nobody"), password }, ns.context());
    const wrong = await signInWithPassword({ email: user.email, password: otherPassword }, ns.context());
    expect(unknown).toMatchObject(wrongCredentials);
    expect(wrong).toMatchObject(wrongCredentials);
    expect(wrong).toEqual(unknown);
    expect(await prisma.auditLog.count({ where: { action: "user.sign_in_failed", targetId: user.id } })).toBe(1);
  });

  it("keeps where the person was going in the mailed link, and only a path of this site", async () => {
    const going = await signUpUnconfirmed("en", "/invitations/abc?x=1");
    expect(going.mail.text).toContain(
      `http://hub.test/verify-email?token=${linkToken(going.mail.text)}&redirectTo=%2Finvitations%2Fabc%3Fx%3D1`,
    );
    const elsewhere = await signUpUnconfirmed("en", "//evil.example/phish");
    expect(elsewhere.mail.text).toContain(`http://hub.test/verify-email?token=${linkToken(elsewhere.mail.text)}\n`);
    expect(elsewhere.mail.text).not.toContain("evil.example");
  });

  it("tells an unconfirmed account so only after the right password", async () => {
    const { email, context } = await signUpUnconfirmed();
    expect(await signInWithPassword({ email, password: otherPassword }, context)).toMatchObject(wrongCredentials);
    expect(await signInWithPassword({ email, password }, context)).toMatchObject({ ok: false, reason: "auth.unconfirmed" });
  });

  it("confirms with the mailed link, once, and then signs in", async () => {
    const { email, context, user, mail } = await signUpUnconfirmed();
    const token = linkToken(mail.text);
    expect(mail.text).toContain(`http://hub.test/verify-email?token=${token}`);

    expect(await confirmEmail({ token }, context)).toMatchObject({ ok: true, email, user: { id: user.id } });
    const confirmed = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { emailVerifiedAt: true } });
    expect(confirmed.emailVerifiedAt).toBeInstanceOf(Date);

    const signedIn = await signInWithPassword({ email, password }, context);
    expect(signedIn).toEqual({ ok: true, user: { id: user.id, language: "en" } });

    expect(await confirmEmail({ token }, context)).toMatchObject({ ok: false, reason: "auth.linkInvalid" });
    // The code from the same mail died with the link.
    expect(await confirmEmail({ email, code: confirmationCode(mail.text) }, context)).toMatchObject({
      ok: false,
      reason: "auth.codeInvalid",
    });
  });

  it("confirms with the 6-digit code, once; a wrong code confirms nothing", async () => {
    const { email, context, user, mail } = await signUpUnconfirmed();
    const code = confirmationCode(mail.text);
    const wrongCode = String((Number(code) + 1) % 1_000_000).padStart(6, "0");

    expect(await confirmEmail({ email, code: wrongCode }, context)).toMatchObject({ ok: false, reason: "auth.codeInvalid" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { emailVerifiedAt: true } })).emailVerifiedAt).toBeNull();

    expect(await confirmEmail({ email, code }, context)).toMatchObject({ ok: true, email, user: { id: user.id } });
    expect(await signInWithPassword({ email, password }, context)).toMatchObject({ ok: true, user: { id: user.id } });
    expect(await confirmEmail({ email, code }, context)).toMatchObject({ ok: false, reason: "auth.codeInvalid" });
    expect(await confirmEmail({ token: linkToken(mail.text) }, context)).toMatchObject({ ok: false, reason: "auth.linkInvalid" });
  });

  it("refuses an expired link and an expired code", async () => {
    const { email, context, user, mail } = await signUpUnconfirmed();
    const expired = await prisma.authToken.updateMany({
      where: { userId: user.id, purpose: "VERIFY_EMAIL", usedAt: null },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(expired.count).toBe(2); // the link's token and the code

    expect(await confirmEmail({ token: linkToken(mail.text) }, context)).toMatchObject({ ok: false, reason: "auth.linkInvalid" });
    expect(await confirmEmail({ email, code: confirmationCode(mail.text) }, context)).toMatchObject({
      ok: false,
      reason: "auth.codeInvalid",
    });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { emailVerifiedAt: true } })).emailVerifiedAt).toBeNull();
    expect(await signInWithPassword({ email, password }, context)).toMatchObject({ ok: false, reason: "auth.unconfirmed" });
  });

  it("signs in once with a mailed sign-in link, and mails nothing to an unknown address", async () => {
    const user = await verifiedUser();
    const context = ns.context();
    const stranger = ns.email("stranger");
    expect(await requestSignInLink(stranger, context)).toEqual({ ok: true });
    expect(await mailTo(stranger)).toHaveLength(0);

    expect(await requestSignInLink(user.email, context)).toEqual({ ok: true });
    const token = linkToken((await lastMail(user.email, "sign-in-link")).text);
    expect(await signInWithLink(token, context)).toEqual({ ok: true, user: { id: user.id, language: "en" } });
    expect(await signInWithLink(token, context)).toMatchObject({ ok: false, reason: "auth.linkInvalid" });
  });
});

describe("confirming the address on /verify-email signs the newcomer in", () => {
  async function postVerify(fields: Record<string, string>, ip: string) {
    const request = new Request("http://hub.test/verify-email", { method: "POST", body: new URLSearchParams(fields) });
    const response = await verifyEmailAction(request, { clientIp: ip });
    if (!(response instanceof Response)) throw new Error(`expected a redirect, got ${JSON.stringify(response)}`);
    return response;
  }
  /** The session the response's cookies start, as the browser would send them back. */
  async function sessionOf(response: Response) {
    const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
    return getSession(new Request("http://hub.test/", { headers: { Cookie: cookies.join("; ") } }));
  }

  it("with the mailed link: a new session, straight on to where they were going", async () => {
    const { context, user, mail } = await signUpUnconfirmed("en", "/invitations/abc?x=1");
    const response = await postVerify({ token: linkToken(mail.text), redirectTo: "/invitations/abc?x=1" }, context.ip);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/invitations/abc?x=1");
    const session = await sessionOf(response);
    expect(session?.user).toMatchObject({ id: user.id, emailVerified: true });
    expect(await prisma.auditLog.count({ where: { action: "user.signed_in", targetId: user.id } })).toBe(1);
  });

  it("with the 6-digit code and nowhere in particular to go: signed in on the account page", async () => {
    const { email, context, user, mail } = await signUpUnconfirmed("ja");
    const response = await postVerify({ intent: "code", email, code: confirmationCode(mail.text), redirectTo: "" }, context.ip);
    expect(response.headers.get("Location")).toBe("/account");
    expect((await sessionOf(response))?.user.id).toBe(user.id);
  });

  it("never sends anyone off the site, and a used link signs nobody in", async () => {
    const { context, mail } = await signUpUnconfirmed();
    const token = linkToken(mail.text);
    const response = await postVerify({ token, redirectTo: "//evil.example/phish" }, context.ip);
    expect(response.headers.get("Location")).toBe("/account");
    const again = await verifyEmailAction(
      new Request("http://hub.test/verify-email", { method: "POST", body: new URLSearchParams({ token }) }),
      { clientIp: context.ip },
    );
    expect(again).not.toBeInstanceOf(Response);
  });

  it("a link opened twice at once (double click, two tabs) signs in once", async () => {
    const { context, user, mail } = await signUpUnconfirmed();
    const token = linkToken(mail.text);
    const confirm = () =>
      verifyEmailAction(new Request("http://hub.test/verify-email", { method: "POST", body: new URLSearchParams({ token }) }), {
        clientIp: context.ip,
      });
    const answers = await Promise.all([confirm(), confirm()]);
    expect(answers.filter((answer) => answer instanceof Response)).toHaveLength(1);
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { action: "user.signed_in", targetId: user.id } })).toBe(1);
  });
});

// ───────────────────────────── Rate limits ─────────────────────────────

describe("sign-in rate limit per account", () => {
  it("refuses even the right password after 8 failures, from any address, counted in PostgreSQL", async () => {
    const user = await verifiedUser("guessed");
    const attacker = ns.context();
    for (let attempt = 1; attempt <= 8; attempt++) {
      expect(
        await signInWithPassword({ email: user.email, password: `guess number ${attempt}` }, attacker),
        `attempt ${attempt}`,
      ).toMatchObject(wrongCredentials);
    }
    const owner = ns.context(); // the limit is on the account, not on the attacker's address
    const refused = await signInWithPassword({ email: user.email, password }, owner);
    expect(refused).toMatchObject({ ok: false, reason: "auth.tooManyAttempts" });
    expect(refused.ok === false && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.ok === false && refused.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);

    const row = await prisma.rateLimit.findUnique({ where: { key: `signin_account:${user.email}` } });
    expect(row?.points).toBe(8);
    expect(Number(row?.expire)).toBeGreaterThan(Date.now());
  });

  it("honours a count another process wrote, and forgets it only when the row goes", async () => {
    const user = await verifiedUser("shared");
    // What another server process would have left after 8 failures: nothing in this process knows about it.
    await prisma.rateLimit.create({ data: { key: `signin_account:${user.email}`, points: 8, expire: BigInt(Date.now() + 60_000) } });
    const refused = await signInWithPassword({ email: user.email, password }, ns.context());
    expect(refused).toMatchObject({ ok: false, reason: "auth.tooManyAttempts" });
    expect(refused.ok === false && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.ok === false && refused.retryAfterSeconds).toBeLessThanOrEqual(60);

    await prisma.rateLimit.delete({ where: { key: `signin_account:${user.email}` } });
    expect(await signInWithPassword({ email: user.email, password }, ns.context())).toMatchObject({ ok: true, user: { id: user.id } });
  });

  it("clears the failure count after a successful sign-in", async () => {
    const user = await verifiedUser();
    const context = ns.context();
    for (let attempt = 1; attempt <= 7; attempt++) await signInWithPassword({ email: user.email, password: `guess ${attempt}` }, context);
    expect(await signInWithPassword({ email: user.email, password }, context)).toMatchObject({ ok: true });
    expect(await prisma.rateLimit.findUnique({ where: { key: `signin_account:${user.email}` } })).toBeNull();
  });
});

describe("sign-in rate limit per address", () => {
  it("lets 40 people behind one address (a city hall) sign in within 15 minutes: successes are not counted", async () => {
    const cityHall = ns.context();
    const staff = await Promise.all(Array.from({ length: 40 }, (_, index) => verifiedUser(`clerk${index}`)));
    for (const [index, clerk] of staff.entries()) {
      expect(await signInWithPassword({ email: clerk.email, password }, cityHall), `clerk ${index + 1}`).toMatchObject({
        ok: true,
        user: { id: clerk.id },
      });
    }
  });

  it("still refuses an address after 30 failed sign-ins, whichever accounts they tried", async () => {
    const user = await verifiedUser("behind-guesser");
    const guesser = ns.context();
    for (let attempt = 1; attempt <= 30; attempt++) {
      expect(await signInWithPassword({ email: ns.email(`guess${attempt}`), password }, guesser), `attempt ${attempt}`).toMatchObject(
        wrongCredentials,
      );
    }
    const refused = await signInWithPassword({ email: user.email, password }, guesser);
    expect(refused).toMatchObject({ ok: false, reason: "auth.tooManyAttempts" });
    expect(refused.ok === false && refused.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    // Another address is not affected.
    expect(await signInWithPassword({ email: user.email, password }, ns.context())).toMatchObject({ ok: true });
  });

  it("a success resets the account's failures, so the owner gets 8 fresh tries afterwards", async () => {
    const user = await verifiedUser("forgetful");
    const context = ns.context();
    for (let attempt = 1; attempt <= 7; attempt++) await signInWithPassword({ email: user.email, password: `typo ${attempt}` }, context);
    expect(await signInWithPassword({ email: user.email, password }, context)).toMatchObject({ ok: true });
    for (let attempt = 1; attempt <= 7; attempt++) {
      expect(await signInWithPassword({ email: user.email, password: `typo again ${attempt}` }, context)).toMatchObject(wrongCredentials);
    }
    expect(await signInWithPassword({ email: user.email, password }, context)).toMatchObject({ ok: true });
  });
});

// ───────────────────────────── Password reset ─────────────────────────────

describe("password reset", () => {
  it("queues nothing for an unknown address and answers the same", async () => {
    const stranger = ns.email("stranger");
    expect(await requestPasswordReset(stranger, ns.context())).toEqual({ ok: true });
    expect(await mailTo(stranger)).toHaveLength(0);
  });

  it("mails a reset link that sets a new password once and notifies the owner", async () => {
    const user = await verifiedUser("forgetful");
    const context = ns.context();
    expect(await requestPasswordReset(user.email, context)).toEqual({ ok: true });
    const mail = await lastMail(user.email, "password-reset");
    expect(mail).toMatchObject({ language: "en", userId: user.id });
    const token = linkToken(mail.text);
    expect(mail.text).toContain(`http://hub.test/reset-password?token=${token}`);
    expect(await mailTo(user.email, "password-changed")).toHaveLength(0);

    const newPassword = "a completely new passphrase 2031";
    expect(await resetPassword({ token, password: newPassword }, context)).toEqual({ ok: true, user: { id: user.id, language: "en" } });

    expect(await signInWithPassword({ email: user.email, password }, context)).toMatchObject(wrongCredentials);
    expect(await signInWithPassword({ email: user.email, password: newPassword }, context)).toMatchObject({
      ok: true,
      user: { id: user.id },
    });
    expect(await mailTo(user.email, "password-changed")).toHaveLength(1);
    expect(await prisma.auditLog.count({ where: { action: "user.password_reset", targetId: user.id } })).toBe(1);

    expect(await resetPassword({ token, password: "yet another passphrase 55" }, context)).toMatchObject({
      ok: false,
      reason: "auth.linkInvalid",
    });
    expect(await signInWithPassword({ email: user.email, password: newPassword }, context)).toMatchObject({ ok: true });
  });

  it("changes the password with the current one and mails a notice", async () => {
    const user = await verifiedUser();
    const context = ns.context();
    const newPassword = "changed passphrase 1234";
    expect(await changePassword(user.id, { currentPassword: otherPassword, password: newPassword }, context)).toMatchObject({
      ok: false,
      reason: "account.currentPasswordWrong",
    });
    expect(await mailTo(user.email, "password-changed")).toHaveLength(0);
    expect(await changePassword(user.id, { currentPassword: password, password: newPassword }, context)).toMatchObject({ ok: true });
    expect(await mailTo(user.email, "password-changed")).toHaveLength(1);
    expect(await signInWithPassword({ email: user.email, password: newPassword }, context)).toMatchObject({ ok: true });
  });
});

// ───────────────────────────── E-mail change ─────────────────────────────

describe("e-mail change", () => {
  it("refuses a wrong current password and mails nothing", async () => {
    const user = await verifiedUser();
    const newEmail = ns.email("new");
    const result = await requestEmailChange(user.id, { email: newEmail, currentPassword: otherPassword }, ns.context());
    expect(result).toMatchObject({ ok: false, reason: "account.currentPasswordWrong" });
    expect(await mailTo(newEmail)).toHaveLength(0);
    expect(await prisma.authToken.count({ where: { userId: user.id, purpose: "CHANGE_EMAIL" } })).toBe(0);
  });

  it("mails the new address, switches on confirmation and tells the old address", async () => {
    const user = await verifiedUser("mover");
    const oldEmail = user.email;
    const newEmail = ns.email("moved");
    const context = ns.context();

    expect(await requestEmailChange(user.id, { email: newEmail, currentPassword: password }, context)).toEqual({ ok: true });
    const request = await lastMail(newEmail, "change-email");
    expect(request.userId).toBe(user.id);
    expect(await mailTo(oldEmail, "change-email")).toHaveLength(0);
    // Nothing changes until the new address proves it is reachable.
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } })).email).toBe(oldEmail);

    const token = linkToken(request.text);
    expect(await confirmEmailChange(token, context)).toEqual({ ok: true });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } })).email).toBe(newEmail);

    const notice = await mailTo(oldEmail, "email-changed");
    expect(notice).toHaveLength(1);
    expect(notice[0]!.text).toContain(newEmail);
    expect(await mailTo(newEmail, "email-changed")).toHaveLength(0);

    expect(await signInWithPassword({ email: newEmail, password }, context)).toMatchObject({ ok: true, user: { id: user.id } });
    expect(await signInWithPassword({ email: oldEmail, password }, context)).toMatchObject(wrongCredentials);
    expect(await confirmEmailChange(token, context)).toMatchObject({ ok: false, reason: "auth.linkInvalid" });
  });
});

// ───────────────────────────── Export and deletion ─────────────────────────────

describe("exportAccountData", () => {
  it("includes the account but never the password hash or a session id", async () => {
    const user = await verifiedUser("exporter");
    const context = ns.context();
    const { token } = await createSession(user.id, "export-browser");
    expect(await signInWithPassword({ email: user.email, password }, context)).toMatchObject({ ok: true });
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });

    const data = await exportAccountData(user.id, context);
    const json = JSON.stringify(data);
    expect(data.account).toMatchObject({ id: user.id, email: user.email, displayName: user.displayName, language: "en" });
    expect(data.sessions).toHaveLength(1);
    expect(data.sessions[0]).toMatchObject({ userAgent: "export-browser" });
    expect(data.eventsOnYourAccount.map((entry) => entry.action)).toContain("user.signed_in");

    expect(stored.passwordHash).toBeTruthy();
    expect(json).not.toContain(stored.passwordHash!);
    expect(json).not.toContain("$argon2");
    expect(json).not.toContain(hashToken(token));
    expect(json).not.toContain(token);
    expect(json).not.toMatch(/passwordHash/i);
  });
});

describe("deleteAccount", () => {
  it("removes the user, their sessions and mail, and keeps their audit entries under a pseudonym", async () => {
    const user = await verifiedUser("leaving");
    const context = ns.context();
    await createSession(user.id, "leaving-browser");
    expect(await signInWithPassword({ email: user.email, password }, context)).toMatchObject({ ok: true });
    expect(await requestPasswordReset(user.email, context)).toEqual({ ok: true });
    expect(await mailTo(user.email)).toHaveLength(1);
    const ownEntries = await prisma.auditLog.findMany({ where: { actorId: user.id }, select: { id: true } });
    expect(ownEntries.length).toBeGreaterThan(0);

    expect(await deleteAccount(user.id, otherPassword, context)).toMatchObject({ ok: false, reason: "account.currentPasswordWrong" });
    expect(await prisma.user.count({ where: { id: user.id } })).toBe(1);

    expect(await deleteAccount(user.id, password, context)).toEqual({ ok: true });
    expect(await prisma.user.count({ where: { id: user.id } })).toBe(0);
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.authToken.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.emailMessage.count({ where: { OR: [{ userId: user.id }, { toAddress: user.email }] } })).toBe(0);

    const pseudonym = `deleted-user-${user.id.slice(0, 8)}`;
    const kept = await prisma.auditLog.findMany({
      where: { id: { in: ownEntries.map((entry) => entry.id) } },
      select: { actorLabel: true, actorId: true },
    });
    expect(kept).toHaveLength(ownEntries.length);
    for (const entry of kept) expect(entry).toEqual({ actorLabel: pseudonym, actorId: null });
    expect(await prisma.auditLog.count({ where: { actorLabel: user.displayName } })).toBe(0);
    const deletion = await prisma.auditLog.findFirst({ where: { action: "user.deleted", targetId: user.id }, select: { details: true } });
    expect(deletion?.details).toEqual({ pseudonym });
  });
});

// ───────────────────────────── Administrators and roles ─────────────────────────────

describe("the last administrator", () => {
  it("cannot delete their account or lose the role, until there is another administrator", async () => {
    const admin = await verifiedUser("admin", { roles: ["ADMIN"] });
    const admins = await prisma.userRole.findMany({ where: { role: "ADMIN" }, select: { user: { select: { email: true } } } });
    expect(
      admins.map((entry) => entry.user.email),
      "this test needs a database without other administrators",
    ).toEqual([admin.email]);
    const context = ns.context();
    const actor = { id: admin.id, displayName: admin.displayName };

    expect(await deleteAccount(admin.id, password, context)).toEqual({ ok: false, kind: "invalid", reason: "account.lastAdmin" });
    expect(await prisma.user.count({ where: { id: admin.id } })).toBe(1);
    expect(await changeRole(actor, { userId: admin.id, role: "ADMIN", intent: "revoke" }, context.ip)).toEqual({
      ok: false,
      kind: "conflict",
      reason: "account.lastAdmin",
    });
    expect(await prisma.userRole.count({ where: { userId: admin.id, role: "ADMIN" } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { action: "role.revoked", targetId: admin.id } })).toBe(0);

    const second = await verifiedUser("second-admin");
    expect(await changeRole(actor, { userId: second.id, role: "ADMIN", intent: "grant" }, context.ip)).toEqual({ ok: true, changed: true });
    expect(await deleteAccount(admin.id, password, context)).toEqual({ ok: true });
    // Now the second is the only one left, and the same rule protects them.
    const secondActor = { id: second.id, displayName: second.displayName };
    expect(await changeRole(secondActor, { userId: second.id, role: "ADMIN", intent: "revoke" }, context.ip)).toEqual({
      ok: false,
      kind: "conflict",
      reason: "account.lastAdmin",
    });
    await prisma.userRole.deleteMany({ where: { userId: second.id } });
  });
});

describe("changeRole", () => {
  it("records grants and revocations in the audit log; a repeated grant changes nothing", async () => {
    const admin = await verifiedUser("granting-admin", { roles: ["ADMIN"] });
    const target = await verifiedUser("promoted");
    const actor = { id: admin.id, displayName: admin.displayName };
    const ip = ns.context().ip;

    expect(await changeRole(actor, { userId: target.id, role: "COORDINATOR", intent: "grant" }, ip)).toEqual({ ok: true, changed: true });
    expect(await changeRole(actor, { userId: target.id, role: "COORDINATOR", intent: "grant" }, ip)).toEqual({ ok: true, changed: false });
    const roles = await prisma.userRole.findMany({ where: { userId: target.id }, select: { role: true, grantedById: true } });
    expect(roles).toEqual([{ role: "COORDINATOR", grantedById: admin.id }]);

    const granted = await prisma.auditLog.findMany({
      where: { action: "role.granted", targetId: target.id },
      select: { actorId: true, actorLabel: true, details: true, ipAddress: true },
    });
    expect(granted).toEqual([
      { actorId: admin.id, actorLabel: admin.displayName, details: { role: "COORDINATOR", email: target.email }, ipAddress: ip },
    ]);

    expect(await changeRole(actor, { userId: target.id, role: "COORDINATOR", intent: "revoke" }, ip)).toEqual({ ok: true, changed: true });
    expect(await changeRole(actor, { userId: target.id, role: "COORDINATOR", intent: "revoke" }, ip)).toEqual({ ok: true, changed: false });
    expect(await prisma.userRole.count({ where: { userId: target.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "role.revoked", targetId: target.id, actorId: admin.id } })).toBe(1);
    await prisma.userRole.deleteMany({ where: { userId: admin.id } });
  });

  it("writes the audit entry in the same transaction: if it cannot be written, the role does not change", async () => {
    const admin = await verifiedUser("atomic-admin", { roles: ["ADMIN"] });
    const target = await verifiedUser("atomic-target");
    const actor = { id: admin.id, displayName: admin.displayName };
    const ip = ns.context().ip;
    // A trigger that refuses the audit entries about this one user, as a failing disk or constraint would.
    const suffix = randomUUID().replaceAll("-", "");
    const fn = `test_refuse_role_audit_${suffix}`;
    await prisma.$executeRawUnsafe(`
      CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."targetId" = '${target.id}' AND NEW.action IN ('role.granted', 'role.revoked') THEN
          RAISE EXCEPTION 'audit entry refused by the test trigger';
        END IF;
        RETURN NEW;
      END $$`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER ${fn} BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
    try {
      await expect(changeRole(actor, { userId: target.id, role: "PARTNER", intent: "grant" }, ip)).rejects.toThrow(/audit entry refused/);
      expect(await prisma.userRole.count({ where: { userId: target.id } })).toBe(0);

      await prisma.userRole.create({ data: { userId: target.id, role: "PARTNER", grantedById: admin.id } });
      await expect(changeRole(actor, { userId: target.id, role: "PARTNER", intent: "revoke" }, ip)).rejects.toThrow(/audit entry refused/);
      expect(await prisma.userRole.count({ where: { userId: target.id, role: "PARTNER" } })).toBe(1);
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS ${fn} ON "AuditLog"`);
      await prisma.$executeRawUnsafe(`DROP FUNCTION IF EXISTS ${fn}()`);
    }
    // Without the trigger the same revocation goes through.
    expect(await changeRole(actor, { userId: target.id, role: "PARTNER", intent: "revoke" }, ip)).toEqual({ ok: true, changed: true });
    await prisma.userRole.deleteMany({ where: { userId: admin.id } });
  });
});
