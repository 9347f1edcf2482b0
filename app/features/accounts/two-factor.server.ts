// The second factor (decision 0017): an authenticator app (TOTP, RFC 6238: 30-second steps, 6 digits, SHA-1 as every
// app expects) and ten one-time recovery codes. Required of staff, offered to everyone. A code is accepted for the
// step before and after the current one (clock drift) and never twice (RFC 6238 §5.2); wrong codes are counted per
// account, so spreading guesses over many addresses does not help.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { generateHOTP, createTOTPKeyURI } from "@oslojs/otp";
import { decodeBase32IgnorePadding, encodeBase32LowerCaseNoPadding, encodeBase32UpperCaseNoPadding } from "@oslojs/encoding";
import { renderSVG } from "uqr";
import { prisma } from "~/kernel/db.server.ts";
import { writeAudit } from "~/kernel/audit/audit.server.ts";
import { isStaff } from "~/kernel/auth/permissions.ts";
import { markSessionAuthenticated } from "~/kernel/auth/session.server.ts";
import { consumeRateLimit, refundRateLimit, resetRateLimit } from "~/kernel/rate-limit.server.ts";
import { conflict, invalid, limited, type ConflictFailure, type InvalidFailure, type Result } from "~/kernel/result.ts";

const STEP_SECONDS = 30;
const DIGITS = 6;
const ISSUER = "Shiojiri Co-creation Hub";
const RECOVERY_CODE_COUNT = 10;
// An enrolment not confirmed within this time gets a new secret: a QR code left on a screen goes stale.
const PENDING_SECRET_LIFETIME_MS = 1000 * 60 * 30;

/** A new 160-bit secret (RFC 4226's recommended length), base32 as authenticator apps take it. */
function generateTotpSecret(): string {
  return encodeBase32UpperCaseNoPadding(randomBytes(20));
}

function currentStep(now = Date.now()): bigint {
  return BigInt(Math.floor(now / 1000 / STEP_SECONDS));
}

/** The code an authenticator app shows now for this secret (the development page of demo codes uses it). */
export function totpCodeNow(secret: string): string {
  return generateHOTP(decodeBase32IgnorePadding(secret), currentStep(), DIGITS);
}

/** The step whose code this is (now, one before or one after), or null. */
function matchingStep(secret: string, code: string): bigint | null {
  const key = decodeBase32IgnorePadding(secret);
  const now = currentStep();
  let found: bigint | null = null;
  // Every candidate is compared, so the time taken does not tell which step matched.
  for (const step of [now - 1n, now, now + 1n]) {
    const expected = Buffer.from(generateHOTP(key, step, DIGITS));
    const given = Buffer.from(code.padEnd(DIGITS).slice(0, DIGITS));
    if (timingSafeEqual(expected, given) && code.length === DIGITS) found = step;
  }
  return found;
}

function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z2-7]/g, "");
}

function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(normaliseRecoveryCode(code)).digest("hex");
}

/** Ten codes of 50 random bits each, written xxxxx-xxxxx. */
function generateRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const text = encodeBase32LowerCaseNoPadding(randomBytes(7)).slice(0, 10);
    return `${text.slice(0, 5)}-${text.slice(5)}`;
  });
}

// ───────────────────────────── Status ─────────────────────────────

export async function getSecondFactorStatus(userId: string) {
  const [credential, recoveryCodesLeft, roles] = await Promise.all([
    prisma.totpCredential.findUnique({ where: { userId }, select: { confirmedAt: true } }),
    prisma.recoveryCode.count({ where: { userId, usedAt: null } }),
    prisma.userRole.findMany({ where: { userId }, select: { role: true } }),
  ]);
  return {
    enabled: Boolean(credential?.confirmedAt),
    enabledAt: credential?.confirmedAt ?? null,
    recoveryCodesLeft,
    required: isStaff(roles.map((entry) => entry.role)),
  };
}

/** What a fresh sign-in still needs: the code of an enrolled account, enrolment for staff, a new password. */
export async function signInRequirements(userId: string) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { mustChangePassword: true, roles: { select: { role: true } }, totpCredential: { select: { confirmedAt: true } } },
  });
  return {
    secondFactor: Boolean(user.totpCredential?.confirmedAt),
    enrolmentRequired: !user.totpCredential?.confirmedAt && isStaff(user.roles.map((entry) => entry.role)),
    mustChangePassword: user.mustChangePassword,
  };
}

// ───────────────────────────── Enrolment ─────────────────────────────

/**
 * The secret waiting to be confirmed, with the QR code (an SVG as a data: address, which the CSP allows for
 * images) and the key URI behind it; a new secret when none waits or the waiting one is stale.
 */
export async function pendingEnrolment(user: { id: string; email: string }) {
  const existing = await prisma.totpCredential.findUnique({
    where: { userId: user.id },
    select: { secret: true, confirmedAt: true, createdAt: true },
  });
  if (existing?.confirmedAt) return null;
  let secret = existing?.secret;
  if (!secret || Date.now() - existing!.createdAt.getTime() > PENDING_SECRET_LIFETIME_MS) {
    secret = generateTotpSecret();
    await prisma.totpCredential.upsert({
      where: { userId: user.id },
      create: { userId: user.id, secret },
      // Only a secret nobody confirmed is replaced: a confirmation racing this keeps its own.
      update: { secret, createdAt: new Date() },
      select: { userId: true },
    });
  }
  const keyUri = createTOTPKeyURI(ISSUER, user.email, decodeBase32IgnorePadding(secret), STEP_SECONDS, DIGITS);
  const svg = renderSVG(keyUri, { pixelSize: 6 });
  return {
    // Grouped by four for typing into an app by hand.
    secretForDisplay: secret.match(/.{1,4}/g)!.join(" "),
    qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
  };
}

type Who = { id: string; displayName: string };

/**
 * Confirms enrolment with the first code from the app. The session that did it counts as having passed the second
 * factor; every other session of the account ends (they never did). Returns the recovery codes, shown only now.
 */
export async function confirmEnrolment(
  user: Who,
  sessionId: string,
  code: string,
  context: { ip: string },
): Promise<Result<{ recoveryCodes: string[] }, InvalidFailure | ConflictFailure<"twoFactor.alreadyEnabled">>> {
  // The failure is booked before the code is checked (and handed back when it was right), so guesses sent at once
  // cannot overrun the limit between a read and a write.
  const attempt = await consumeRateLimit("secondFactorFailuresByAccount", user.id);
  if (!attempt.allowed) return limited("auth.tooManyAttempts", attempt.retryAfterSeconds);
  const credential = await prisma.totpCredential.findUnique({ where: { userId: user.id }, select: { secret: true, confirmedAt: true } });
  if (credential?.confirmedAt) {
    await refundRateLimit("secondFactorFailuresByAccount", user.id);
    return conflict("twoFactor.alreadyEnabled");
  }
  const step = credential ? matchingStep(credential.secret, code) : null;
  if (!credential || step === null) return invalid("twoFactor.codeWrong");
  const recoveryCodes = generateRecoveryCodes();
  const confirmed = await prisma.$transaction(async (tx) => {
    const updated = await tx.totpCredential.updateMany({
      where: { userId: user.id, secret: credential.secret, confirmedAt: null },
      data: { confirmedAt: new Date(), lastUsedStep: step },
    });
    if (updated.count === 0) return false;
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.createMany({ data: recoveryCodes.map((plain) => ({ userId: user.id, codeHash: hashRecoveryCode(plain) })) });
    await tx.session.deleteMany({ where: { userId: user.id, id: { not: sessionId } } });
    await writeAudit(tx, {
      actor: { id: user.id, label: user.displayName },
      action: "user.two_factor_enabled",
      targetType: "user",
      targetId: user.id,
      ipAddress: context.ip,
    });
    return true;
  });
  if (!confirmed) {
    await refundRateLimit("secondFactorFailuresByAccount", user.id);
    return conflict("twoFactor.alreadyEnabled");
  }
  await markSessionAuthenticated(sessionId, { secondFactor: true });
  await resetRateLimit("secondFactorFailuresByAccount", user.id);
  return { ok: true, recoveryCodes };
}

// ───────────────────────────── Verification ─────────────────────────────

/**
 * Checks an authenticator code (6 digits) or a recovery code (xxxxx-xxxxx) of an enrolled account. A code used
 * once is refused after, even within its 30 seconds and even by two requests at once (the conditional update).
 */
export async function verifySecondFactor(
  user: Who,
  code: string,
  context: { ip: string },
): Promise<Result<{ method: "totp" | "recovery_code" }, InvalidFailure>> {
  // Booked before the check, as in confirmEnrolment; a right code resets the counter below.
  const attempt = await consumeRateLimit("secondFactorFailuresByAccount", user.id);
  if (!attempt.allowed) return limited("auth.tooManyAttempts", attempt.retryAfterSeconds);
  const trimmed = code.trim();
  let method: "totp" | "recovery_code" | null = null;
  if (/^\d{6}$/.test(trimmed)) {
    const credential = await prisma.totpCredential.findUnique({ where: { userId: user.id }, select: { secret: true, confirmedAt: true } });
    const step = credential?.confirmedAt ? matchingStep(credential.secret, trimmed) : null;
    if (step !== null) {
      const used = await prisma.totpCredential.updateMany({
        where: { userId: user.id, lastUsedStep: { lt: step } },
        data: { lastUsedStep: step },
      });
      if (used.count === 1) method = "totp";
    }
  } else if (normaliseRecoveryCode(trimmed).length === 10) {
    const used = await prisma.recoveryCode.updateMany({
      where: { userId: user.id, codeHash: hashRecoveryCode(trimmed), usedAt: null },
      data: { usedAt: new Date() },
    });
    if (used.count === 1) method = "recovery_code";
  }
  if (!method) {
    await writeAudit(prisma, {
      actor: null,
      action: "user.second_factor_failed",
      targetType: "user",
      targetId: user.id,
      ipAddress: context.ip,
    });
    return invalid("twoFactor.codeWrong");
  }
  await resetRateLimit("secondFactorFailuresByAccount", user.id);
  if (method === "recovery_code")
    await writeAudit(prisma, {
      actor: { id: user.id, label: user.displayName },
      action: "user.recovery_code_used",
      targetType: "user",
      targetId: user.id,
      ipAddress: context.ip,
    });
  return { ok: true, method };
}

/**
 * Turns the second factor off (partners and residents only: staff roles require it) and ends the account's other
 * sessions. The caller has re-authenticated within the last few minutes.
 */
export async function disableSecondFactor(
  user: Who,
  sessionId: string,
  context: { ip: string },
): Promise<Result<object, ConflictFailure<"twoFactor.requiredForStaff409">>> {
  const roles = await prisma.userRole.findMany({ where: { userId: user.id }, select: { role: true } });
  if (isStaff(roles.map((entry) => entry.role))) return conflict("twoFactor.requiredForStaff409");
  await prisma.$transaction(async (tx) => {
    await tx.totpCredential.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.session.deleteMany({ where: { userId: user.id, id: { not: sessionId } } });
    await writeAudit(tx, {
      actor: { id: user.id, label: user.displayName },
      action: "user.two_factor_disabled",
      targetType: "user",
      targetId: user.id,
      ipAddress: context.ip,
    });
  });
  return { ok: true };
}
