// Account flows: sign-up, confirmation, sign-in (password or e-mailed link), password reset and change, e-mail
// change, preferences, data export and deletion. Routes translate the outcomes into pages; nothing here
// tells a visitor whether an address is registered unless they already proved they own the account.
import { randomUUID } from "node:crypto";
import type { Language } from "~/kernel/i18n/config.ts";
import { Prisma } from "~/generated/prisma/client.ts";
import { dispatchEmails, queueEmail } from "~/kernel/email/outbox.server.ts";
import { prisma, serializableTransaction } from "~/kernel/db.server.ts";
import { burnPasswordCheck, hashPassword, isCommonPassword, verifyPassword } from "~/features/accounts/password.server.ts";
import { consumeRateLimit, refundRateLimit, resetRateLimit } from "~/kernel/rate-limit.server.ts";
import { writeAudit } from "~/kernel/audit/audit.server.ts";
import { consumeAuthToken, issueAuthToken, peekAuthToken } from "./auth-token.server.ts";
import { asLanguage, mailConfirmation, requestAccountMail } from "./account-mail.server.ts";
import { FORMER_PARTNER_NAME, releaseOrganisationsOf, retirePersonalProfile } from "~/features/partners/index.server.ts";
import { exportFollows } from "~/features/following/index.server.ts";
import { retireEngagementRecords } from "~/features/engagements/index.server.ts";
import { exportNotifications } from "~/features/following/index.server.ts";
import { exportPartnerData } from "~/features/partners/index.server.ts";
import { invalidateUserSessions } from "~/kernel/auth/session.server.ts";
import { invalid, limited, type InvalidFailure, type Result } from "~/kernel/result.ts";
import { PASSWORD_MIN_LENGTH } from "~/kernel/forms/validation-params.ts";

export type RequestContext = { ip: string; origin: string };

// Every refusal here is the form's: a translation key (invalid), or a rate limit with how long to wait (limited).

const idempotencyKey = (template: string) => `${template}:${randomUUID()}`;

/** Refuses a common password with the same message in every form that sets one. */
export function passwordPolicyError(password: string): string | null {
  return isCommonPassword(password) ? "validation.passwordCommon" : null;
}

// ───────────────────────────── Sign-up and confirmation ─────────────────────────────

/**
 * Registers an account and mails a confirmation. An address that is already registered gets a mail saying
 * so instead (or a new confirmation if it never confirmed): the visitor sees the same page either way.
 */
export async function signUp(
  input: { email: string; password: string; displayName: string; language: Language; redirectTo?: string },
  context: RequestContext,
): Promise<Result<object, InvalidFailure>> {
  const ipLimit = await consumeRateLimit("signUpByIp", context.ip);
  if (!ipLimit.allowed) return limited("auth.tooManyAttempts", ipLimit.retryAfterSeconds);

  const existing = await prisma.user.findUnique({
    where: { email: input.email },
    select: { id: true, displayName: true, language: true, emailVerifiedAt: true },
  });
  // Hash in both branches so the response time does not tell the two apart.
  const passwordHash = await hashPassword(input.password);
  const mailAllowed = (await consumeRateLimit("authEmailByAddress", input.email)).allowed;

  if (existing) {
    if (!mailAllowed) return { ok: true };
    const emailId = await prisma.$transaction(async (tx) => {
      if (!existing.emailVerifiedAt)
        return (
          await mailConfirmation(
            tx,
            {
              userId: existing.id,
              email: input.email,
              displayName: existing.displayName,
              language: asLanguage(existing.language),
              origin: context.origin,
            },
            input.redirectTo,
          )
        ).id;
      const { id } = await queueEmail(tx, {
        template: "account-exists",
        to: input.email,
        userId: existing.id,
        language: asLanguage(existing.language),
        props: { displayName: existing.displayName, signInUrl: `${context.origin}/login`, resetUrl: `${context.origin}/forgot-password` },
        idempotencyKey: idempotencyKey("account-exists"),
      });
      return id;
    });
    await dispatchEmails([emailId]);
    return { ok: true };
  }

  try {
    const emailId = await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, passwordHash, displayName: input.displayName, language: input.language },
        select: { id: true },
      });
      await writeAudit(tx, {
        actor: { id: user.id, label: input.displayName },
        action: "user.signed_up",
        targetType: "user",
        targetId: user.id,
        ipAddress: context.ip,
      });
      // The first confirmation is always sent: the rate limit guards repeats, not the sign-up itself.
      const to = { userId: user.id, email: input.email, displayName: input.displayName, language: input.language, origin: context.origin };
      return (await mailConfirmation(tx, to, input.redirectTo)).id;
    });
    await dispatchEmails([emailId]);
  } catch (error) {
    // Two sign-ups racing for one address: the loser is told nothing new.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
  return { ok: true };
}

/**
 * Another confirmation mail for an account that has not confirmed yet; silent for any other address. Answered after
 * the same work whatever the address (see requestAccountMail): the mail is prepared afterwards.
 */
export async function resendConfirmation(
  email: string,
  context: RequestContext,
  returnPath?: string,
): Promise<Result<object, InvalidFailure>> {
  const ipLimit = await consumeRateLimit("emailRequestsByIp", context.ip);
  if (!ipLimit.allowed) return limited("auth.tooManyAttempts", ipLimit.retryAfterSeconds);
  await requestAccountMail({ kind: "confirmation", email, origin: context.origin, ...(returnPath ? { returnPath } : {}) });
  return { ok: true };
}

export async function peekConfirmationToken(token: string) {
  return prisma.$transaction((tx) => peekAuthToken(tx, token, "VERIFY_EMAIL"));
}

/**
 * Confirms an address with the link's token or the 6-digit code from the same mail. Either proves the person holds
 * the address, as a sign-in link does: the caller signs them in.
 */
export async function confirmEmail(
  input: { token: string } | { email: string; code: string },
  context: RequestContext,
): Promise<Result<{ email: string; user: SignedInUser }, InvalidFailure>> {
  if ("code" in input) {
    // Six digits are few: guesses are limited per address as well as per network address.
    const limit = await consumeRateLimit("codeAttemptsByAddress", input.email);
    if (!limit.allowed) return limited("auth.tooManyAttempts", limit.retryAfterSeconds);
  }
  return prisma.$transaction(async (tx) => {
    let userId: string | undefined;
    if ("code" in input) {
      userId = (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } }))?.id;
      if (!userId) return invalid("auth.codeInvalid");
    }
    const used =
      "code" in input
        ? await consumeAuthToken(tx, { userId: userId!, code: input.code, purpose: "VERIFY_EMAIL" })
        : await consumeAuthToken(tx, { token: input.token, purpose: "VERIFY_EMAIL" });
    if (!used) return invalid("code" in input ? "auth.codeInvalid" : "auth.linkInvalid");
    // A confirmation mailed to an address the account no longer has proves nothing about the current one.
    const confirmed = await tx.user.updateManyAndReturn({
      where: { id: used.userId, email: used.email },
      data: { emailVerifiedAt: new Date() },
      select: { id: true, email: true, displayName: true, language: true },
    });
    const user = confirmed[0];
    if (!user) return invalid("auth.linkInvalid");
    await writeAudit(tx, {
      actor: { id: user.id, label: user.displayName },
      action: "user.email_verified",
      targetType: "user",
      targetId: user.id,
      ipAddress: context.ip,
    });
    await writeAudit(tx, {
      actor: { id: user.id, label: user.displayName },
      action: "user.signed_in",
      targetType: "user",
      targetId: user.id,
      details: { method: "email_confirmation" },
      ipAddress: context.ip,
    });
    return { ok: true as const, email: user.email, user: { id: user.id, language: user.language } };
  });
}

// ───────────────────────────── Signing in ─────────────────────────────

export type SignedInUser = { id: string; language: string };

/**
 * Checks e-mail and password. "Wrong e-mail or password" is the only failure a stranger can see; that the
 * account still needs confirming is said only after the right password.
 */
export async function signInWithPassword(
  input: { email: string; password: string },
  context: RequestContext,
): Promise<Result<{ user: SignedInUser }, InvalidFailure>> {
  // Only failures count, per address and per account. Each attempt books its failure before the password check,
  // in one atomic statement per counter (an upsert in PostgreSQL), and a right password hands it back: reading the
  // count first and writing it after the ~30 ms check let twenty simultaneous guesses all pass an 8-guess limit.
  const ipAttempt = await consumeRateLimit("signInFailuresByIp", context.ip);
  if (!ipAttempt.allowed) return limited("auth.tooManyAttempts", ipAttempt.retryAfterSeconds);
  const accountAttempt = await consumeRateLimit("signInFailuresByAccount", input.email);
  if (!accountAttempt.allowed) {
    // No password was checked: neither counter grows (each refusal hands back only its own booking, so the count
    // never dips below the limit while others are refused).
    await Promise.all([refundRateLimit("signInFailuresByIp", context.ip), refundRateLimit("signInFailuresByAccount", input.email)]);
    return limited("auth.tooManyAttempts", accountAttempt.retryAfterSeconds);
  }

  const user = await prisma.user.findUnique({
    where: { email: input.email },
    select: {
      id: true,
      passwordHash: true,
      displayName: true,
      language: true,
      emailVerifiedAt: true,
      suspensionReason: true,
      suspendedAt: true,
    },
  });
  if (!user?.passwordHash) {
    await burnPasswordCheck(input.password);
    return invalid("auth.wrongCredentials");
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await writeAudit(prisma, { actor: null, action: "user.sign_in_failed", targetType: "user", targetId: user.id, ipAddress: context.ip });
    return invalid("auth.wrongCredentials");
  }
  // The right password is no failure: the booked ones go back.
  await refundRateLimit("signInFailuresByIp", context.ip);
  if (!user.emailVerifiedAt) {
    await refundRateLimit("signInFailuresByAccount", input.email);
    return invalid("auth.unconfirmed");
  }
  // Told why only after the right password, like "unconfirmed": a stranger learns nothing about the account.
  if (user.suspendedAt) {
    await refundRateLimit("signInFailuresByAccount", input.email);
    return invalid(`moderation.suspendedSignIn.${user.suspensionReason ?? "OTHER"}`);
  }
  await resetRateLimit("signInFailuresByAccount", input.email);
  // A password chosen under an older, shorter minimum still works once: the account is then asked for a new one.
  if (input.password.length < PASSWORD_MIN_LENGTH)
    await prisma.user.update({ where: { id: user.id }, data: { mustChangePassword: true }, select: { id: true } });
  await writeAudit(prisma, {
    actor: { id: user.id, label: user.displayName },
    action: "user.signed_in",
    targetType: "user",
    targetId: user.id,
    details: { method: "password" },
    ipAddress: context.ip,
  });
  return { ok: true, user: { id: user.id, language: user.language } };
}

/** Mails a one-time sign-in link to a registered address; silent for any other address, and just as quick. */
export async function requestSignInLink(email: string, context: RequestContext): Promise<Result<object, InvalidFailure>> {
  const ipLimit = await consumeRateLimit("emailRequestsByIp", context.ip);
  if (!ipLimit.allowed) return limited("auth.tooManyAttempts", ipLimit.retryAfterSeconds);
  await requestAccountMail({ kind: "sign-in-link", email, origin: context.origin });
  return { ok: true };
}

export async function peekSignInLink(token: string) {
  return prisma.$transaction((tx) => peekAuthToken(tx, token, "SIGN_IN_LINK"));
}

/** Uses a sign-in link once. Following it proves the address, so it also confirms an unconfirmed account. */
export async function signInWithLink(token: string, context: RequestContext): Promise<Result<{ user: SignedInUser }, InvalidFailure>> {
  return prisma.$transaction(async (tx) => {
    const used = await consumeAuthToken(tx, { token, purpose: "SIGN_IN_LINK" });
    if (!used) return invalid("auth.linkInvalid");
    const user = await tx.user.findUnique({
      where: { id: used.userId },
      select: {
        id: true,
        email: true,
        displayName: true,
        language: true,
        emailVerifiedAt: true,
        suspendedAt: true,
        suspensionReason: true,
      },
    });
    if (!user || user.email !== used.email) return invalid("auth.linkInvalid");
    if (user.suspendedAt) return invalid(`moderation.suspendedSignIn.${user.suspensionReason ?? "OTHER"}`);
    if (!user.emailVerifiedAt)
      await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() }, select: { id: true } });
    await writeAudit(tx, {
      actor: { id: user.id, label: user.displayName },
      action: "user.signed_in",
      targetType: "user",
      targetId: user.id,
      details: { method: "link" },
      ipAddress: context.ip,
    });
    return { ok: true as const, user: { id: user.id, language: user.language } };
  });
}

// ───────────────────────────── Passwords ─────────────────────────────

/** Mails a password-reset link to a registered address; silent for any other address, and just as quick. */
export async function requestPasswordReset(email: string, context: RequestContext): Promise<Result<object, InvalidFailure>> {
  const ipLimit = await consumeRateLimit("passwordResetByIp", context.ip);
  if (!ipLimit.allowed) return limited("auth.tooManyAttempts", ipLimit.retryAfterSeconds);
  await requestAccountMail({ kind: "password-reset", email, origin: context.origin });
  return { ok: true };
}

export async function peekPasswordResetToken(token: string) {
  return prisma.$transaction((tx) => peekAuthToken(tx, token, "PASSWORD_RESET"));
}

async function queuePasswordChangedNotice(
  tx: Prisma.TransactionClient,
  user: { id: string; email: string; displayName: string; language: string },
  origin: string,
) {
  return queueEmail(tx, {
    template: "password-changed",
    to: user.email,
    userId: user.id,
    language: asLanguage(user.language),
    props: { displayName: user.displayName, resetUrl: `${origin}/forgot-password` },
    idempotencyKey: idempotencyKey("password-changed"),
  });
}

/** Sets a new password from a reset link; every session of the account ends, the caller starts a new one. */
export async function resetPassword(
  input: { token: string; password: string },
  context: RequestContext,
): Promise<Result<{ user: SignedInUser }, InvalidFailure>> {
  const passwordHash = await hashPassword(input.password);
  const result = await prisma.$transaction(async (tx) => {
    const used = await consumeAuthToken(tx, { token: input.token, purpose: "PASSWORD_RESET" });
    if (!used) return invalid("auth.linkInvalid");
    const updated = await tx.user.updateManyAndReturn({
      where: { id: used.userId, email: used.email },
      data: { passwordHash, mustChangePassword: false },
      select: { id: true, email: true, displayName: true, language: true, emailVerifiedAt: true },
    });
    const user = updated[0];
    if (!user) return invalid("auth.linkInvalid");
    // The reset link reached this inbox, which confirms the address too.
    if (!user.emailVerifiedAt)
      await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() }, select: { id: true } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await writeAudit(tx, {
      actor: { id: user.id, label: user.displayName },
      action: "user.password_reset",
      targetType: "user",
      targetId: user.id,
      ipAddress: context.ip,
    });
    const notice = await queuePasswordChangedNotice(tx, user, context.origin);
    return { ok: true as const, user: { id: user.id, language: user.language }, email: user.email, emailId: notice.id };
  });
  if (!result.ok) return result;
  await resetRateLimit("signInFailuresByAccount", result.email);
  await dispatchEmails([result.emailId]);
  return { ok: true, user: result.user };
}

/** Checks the current password of a signed-in account, counting failures like sign-in does. */
export async function checkCurrentPassword(
  userId: string,
  password: string,
): Promise<Result<{ user: { id: string; email: string; displayName: string; language: string } }, InvalidFailure>> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, displayName: true, language: true, passwordHash: true },
  });
  if (!user) return invalid("account.alreadyDeleted");
  // Booked before the check and handed back when right, atomically, as for signing in (signInWithPassword).
  const attempt = await consumeRateLimit("signInFailuresByAccount", user.email);
  if (!attempt.allowed) {
    await refundRateLimit("signInFailuresByAccount", user.email);
    return limited("auth.tooManyAttempts", attempt.retryAfterSeconds);
  }
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password))) return invalid("account.currentPasswordWrong");
  await refundRateLimit("signInFailuresByAccount", user.email);
  const { passwordHash: _omit, ...rest } = user;
  return { ok: true, user: rest };
}

/** Changes the password; every other session of the account ends and the caller's session is replaced. */
export async function changePassword(
  userId: string,
  input: { currentPassword: string; password: string },
  context: RequestContext,
): Promise<Result<{ user: SignedInUser }, InvalidFailure>> {
  const check = await checkCurrentPassword(userId, input.currentPassword);
  if (!check.ok) return check;
  const passwordHash = await hashPassword(input.password);
  const emailId = await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: false }, select: { id: true } });
    await tx.session.deleteMany({ where: { userId } });
    await writeAudit(tx, {
      actor: { id: userId, label: check.user.displayName },
      action: "user.password_changed",
      targetType: "user",
      targetId: userId,
      ipAddress: context.ip,
    });
    return (await queuePasswordChangedNotice(tx, check.user, context.origin)).id;
  });
  await dispatchEmails([emailId]);
  return { ok: true, user: { id: userId, language: check.user.language } };
}

// ───────────────────────────── E-mail change ─────────────────────────────

/**
 * Mails a confirmation link to the new address; the account keeps its old address until the link is used.
 * An address that belongs to another account gets no mail, and the page says the same thing.
 */
export async function requestEmailChange(
  userId: string,
  input: { email: string; currentPassword: string },
  context: RequestContext,
): Promise<Result<object, InvalidFailure>> {
  const check = await checkCurrentPassword(userId, input.currentPassword);
  if (!check.ok) return check;
  if (input.email === check.user.email) return invalid("account.sameEmail");
  const limit = await consumeRateLimit("authEmailByAddress", input.email);
  if (!limit.allowed) return limited("auth.tooManyAttempts", limit.retryAfterSeconds);
  if (await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } })) return { ok: true };
  const { id } = await prisma.$transaction(async (tx) => {
    const { token, expiresInMinutes } = await issueAuthToken(tx, { userId, email: input.email, purpose: "CHANGE_EMAIL" });
    return queueEmail(tx, {
      template: "change-email",
      to: input.email,
      userId,
      language: asLanguage(check.user.language),
      props: {
        displayName: check.user.displayName,
        newEmail: input.email,
        confirmUrl: `${context.origin}/account/email/confirm?token=${token}`,
        expiresInMinutes,
      },
      idempotencyKey: idempotencyKey("change-email"),
    });
  });
  await dispatchEmails([id]);
  return { ok: true };
}

export async function peekEmailChangeToken(token: string) {
  return prisma.$transaction((tx) => peekAuthToken(tx, token, "CHANGE_EMAIL"));
}

export async function confirmEmailChange(token: string, context: RequestContext): Promise<Result<object, InvalidFailure>> {
  try {
    const emailId = await prisma.$transaction(async (tx) => {
      const used = await consumeAuthToken(tx, { token, purpose: "CHANGE_EMAIL" });
      if (!used) return null;
      const before = await tx.user.findUniqueOrThrow({
        where: { id: used.userId },
        select: { email: true, displayName: true, language: true },
      });
      await tx.user.update({ where: { id: used.userId }, data: { email: used.email, emailVerifiedAt: new Date() }, select: { id: true } });
      await writeAudit(tx, {
        actor: { id: used.userId, label: before.displayName },
        action: "user.email_changed",
        targetType: "user",
        targetId: used.userId,
        ipAddress: context.ip,
      });
      // The old address hears about it, so a hijacked account does not change hands silently.
      const notice = await queueEmail(tx, {
        template: "email-changed",
        to: before.email,
        userId: used.userId,
        language: asLanguage(before.language),
        props: { displayName: before.displayName, newEmail: used.email, supportUrl: `${context.origin}/privacy` },
        idempotencyKey: idempotencyKey("email-changed"),
      });
      return notice.id;
    });
    if (!emailId) return invalid("auth.linkInvalid");
    await dispatchEmails([emailId]);
    return { ok: true };
  } catch (error) {
    // Someone registered the address between the request and the confirmation.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return invalid("auth.linkInvalid");
    throw error;
  }
}

// ───────────────────────────── Preferences, export, deletion ─────────────────────────────

export async function getAccount(userId: string) {
  return prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      displayName: true,
      language: true,
      notificationFrequency: true,
      emailVerifiedAt: true,
      createdAt: true,
      roles: { select: { role: true } },
      _count: { select: { sessions: { where: { expiresAt: { gt: new Date() } } } } },
    },
  });
}

export async function updatePreferences(userId: string, input: { displayName: string; language: Language }) {
  await prisma.user.update({ where: { id: userId }, data: input, select: { id: true } });
}

/** The language switcher remembers a signed-in visitor's choice on the account, for pages and e-mails alike. */
export async function setAccountLanguage(userId: string, language: Language) {
  await prisma.user.update({ where: { id: userId }, data: { language }, select: { id: true } });
}

export async function signOutEverywhere(user: { id: string; displayName: string }, context: RequestContext) {
  await invalidateUserSessions(user.id);
  await writeAudit(prisma, {
    actor: { id: user.id, label: user.displayName },
    action: "user.signed_out_everywhere",
    targetType: "user",
    targetId: user.id,
    ipAddress: context.ip,
  });
}

/** Everything the hub holds about one person (APPI disclosure), as plain JSON. */
export async function exportAccountData(userId: string, context: RequestContext) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      emailVerifiedAt: true,
      displayName: true,
      language: true,
      notificationFrequency: true,
      createdAt: true,
      updatedAt: true,
      roles: { select: { role: true, grantedAt: true } },
      sessions: { select: { createdAt: true, expiresAt: true, userAgent: true }, orderBy: { createdAt: "desc" } },
      auditEntries: {
        select: { action: true, targetType: true, targetId: true, ipAddress: true, createdAt: true },
        orderBy: { createdAt: "desc" },
      },
      emails: {
        select: { template: true, toAddress: true, subject: true, status: true, createdAt: true, sentAt: true },
        orderBy: { createdAt: "desc" },
      },
    },
  });
  const [aboutUser, partnerData, follows, cheers, notifications] = await Promise.all([
    prisma.auditLog.findMany({
      where: { targetType: "user", targetId: userId },
      select: { action: true, actorLabel: true, ipAddress: true, createdAt: true },
      orderBy: { createdAt: "desc" },
    }),
    exportPartnerData(userId),
    exportFollows(userId),
    prisma.initiativeCheer.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true, initiative: { select: { number: true, titleJa: true } } },
    }),
    exportNotifications(userId),
  ]);
  await writeAudit(prisma, {
    actor: { id: userId, label: user.displayName },
    action: "user.data_exported",
    targetType: "user",
    targetId: userId,
    ipAddress: context.ip,
  });
  return {
    exportedAt: new Date().toISOString(),
    account: {
      id: user.id,
      email: user.email,
      emailVerifiedAt: user.emailVerifiedAt,
      displayName: user.displayName,
      language: user.language,
      notificationFrequency: user.notificationFrequency,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
    },
    roles: user.roles,
    sessions: user.sessions,
    actionsByYou: user.auditEntries,
    eventsOnYourAccount: aboutUser,
    emailsSentToYou: user.emails,
    follows,
    cheers: cheers.map((cheer) => ({ initiative: cheer.initiative.number, title: cheer.initiative.titleJa, createdAt: cheer.createdAt })),
    notifications,
    ...partnerData,
  };
}

/**
 * Deletes the account (decision 0015): the User row and everything personal go — sessions, tokens, roles, follows,
 * notifications, cheers, memberships, the mail sent to it, the own partner profile's details. The city's records
 * stay: submitted proposals and their threads (the person's messages keep their text, without an author), matches,
 * initiative participation, all under the pseudonym 退会したパートナー; an organisation left without members is
 * archived. Audit entries stay with a pseudonym. The coordinators of those records are told, in their language.
 * The last administrator cannot leave the hub without one.
 */
export async function deleteAccount(
  userId: string,
  currentPassword: string,
  context: RequestContext,
): Promise<Result<object, InvalidFailure>> {
  const check = await checkCurrentPassword(userId, currentPassword);
  if (!check.ok) return check;
  const outcome = await serializableTransaction(async (tx) => {
    // A second request (another tab, a double click) finds the account gone and changes nothing.
    if (!(await tx.user.findUnique({ where: { id: userId }, select: { id: true } }))) return invalid("account.alreadyDeleted");
    const isAdmin = await tx.userRole.findUnique({ where: { userId_role: { userId, role: "ADMIN" } }, select: { userId: true } });
    if (isAdmin) {
      const otherAdmins = await tx.userRole.count({ where: { role: "ADMIN", userId: { not: userId } } });
      if (otherAdmins === 0) return invalid("account.lastAdmin");
    }
    const pseudonym = `deleted-user-${userId.slice(0, 8)}`;
    await tx.auditLog.updateMany({ where: { actorId: userId }, data: { actorLabel: pseudonym } });
    // Entries about the person (role changes) name their address in the details: it goes too.
    await tx.$executeRaw`UPDATE "AuditLog" SET details = (details - 'email') || jsonb_build_object('email', ${pseudonym}::text)
        WHERE "targetType" = 'user' AND "targetId" = ${userId} AND details ? 'email'`;
    await tx.emailMessage.deleteMany({ where: { OR: [{ userId }, { toAddress: check.user.email }] } });
    // No organisation is left without an owner; one left without members is archived; invitations to the address go.
    const { archived } = await releaseOrganisationsOf(tx, { id: userId, email: check.user.email }, pseudonym, context.ip);
    const personal = await retirePersonalProfile(tx, userId);
    if (personal) await retireEngagementRecords(tx, personal, FORMER_PARTNER_NAME);
    const partnerIds = [...(personal ? [personal] : []), ...archived];
    const emailIds = partnerIds.length ? await tellCoordinators(tx, partnerIds, archived, userId, context.origin) : [];
    await tx.user.delete({ where: { id: userId } });
    await writeAudit(tx, {
      actor: null,
      action: "user.deleted",
      targetType: "user",
      targetId: userId,
      details: { pseudonym, ...(personal ? { partnerId: personal } : {}), ...(archived.length ? { archivedOrganisations: archived } : {}) },
      ipAddress: context.ip,
    });
    return { ok: true as const, emailIds };
  });
  if (!outcome.ok) return outcome;
  await dispatchEmails(outcome.emailIds);
  return { ok: true };
}

/** One mail per coordinator who reviews a submitted proposal or owns a match of these partners. */
async function tellCoordinators(tx: Prisma.TransactionClient, partnerIds: string[], archived: string[], userId: string, origin: string) {
  const [proposals, matches, organisations] = await Promise.all([
    tx.proposal.findMany({
      where: { partnerId: { in: partnerIds }, status: { not: "DRAFT" }, assigneeId: { not: null } },
      orderBy: { number: "asc" },
      select: { number: true, title: true, assigneeId: true },
    }),
    tx.match.findMany({
      where: { partnerId: { in: partnerIds }, ownerId: { not: null } },
      orderBy: { number: "asc" },
      select: { number: true, ownerId: true, challenge: { select: { titleJa: true, titleEn: true } } },
    }),
    tx.partnerProfile.findMany({ where: { id: { in: archived } }, orderBy: { displayName: "asc" }, select: { displayName: true } }),
  ]);
  const coordinatorIds = [...new Set([...proposals.map((row) => row.assigneeId!), ...matches.map((row) => row.ownerId!)])].filter(
    (id) => id !== userId,
  );
  if (coordinatorIds.length === 0) return [];
  const coordinators = await tx.user.findMany({
    where: { id: { in: coordinatorIds } },
    select: { id: true, email: true, displayName: true, language: true },
  });
  const ids: string[] = [];
  for (const coordinator of coordinators) {
    const language = asLanguage(coordinator.language);
    const records = [
      ...proposals
        .filter((row) => row.assigneeId === coordinator.id)
        .map((row) => ({
          kind: "proposal" as const,
          number: row.number,
          title: row.title,
          url: `${origin}/coordinate/proposals/${row.number}`,
        })),
      ...matches
        .filter((row) => row.ownerId === coordinator.id)
        .map((row) => ({
          kind: "match" as const,
          number: row.number,
          title: (language === "en" ? row.challenge.titleEn : null) || row.challenge.titleJa,
          url: `${origin}/coordinate/matches/${row.number}`,
        })),
    ];
    const { id } = await queueEmail(tx, {
      template: "partner-account-deleted",
      to: coordinator.email,
      userId: coordinator.id,
      language,
      props: { displayName: coordinator.displayName, records, archivedOrganisations: organisations.map((row) => row.displayName) },
      idempotencyKey: `partner-account-deleted:${userId}:${coordinator.id}`,
    });
    ids.push(id);
  }
  return ids;
}
