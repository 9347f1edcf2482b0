// The second factor and re-authentication pages (decision 0017): where a sign-in goes once the password (or link)
// was right, /login/two-factor (the code of an enrolled account), /account/two-factor (enrolment, recovery codes,
// turning it off) and /reauthenticate (proving it is still you before a sensitive action). Routes only call these.
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import { checkCurrentPassword } from "~/features/accounts/account.server.ts";
import { enrolTwoFactorSchema, reauthenticatePasswordSchema, secondFactorSchema } from "~/features/accounts/schemas.ts";
import {
  confirmEnrolment,
  disableSecondFactor,
  getSecondFactorStatus,
  pendingEnrolment,
  signInRequirements,
  totpCodeNow,
  verifySecondFactor,
} from "~/features/accounts/two-factor.server.ts";
import { DEMO_TOTP_SECRET } from "~/features/accounts/demo-second-factor.ts";
import { requireDevelopment } from "~/kernel/development.server.ts";
import { getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { writeAudit } from "~/kernel/audit/audit.server.ts";
import {
  clientIp,
  getSession,
  getSignInAwaitingSecondFactor,
  requireRecentAuthentication,
  requireUser,
  startSession,
} from "~/kernel/auth/guards.server.ts";
import { invalidateSession, markSessionAuthenticated } from "~/kernel/auth/session.server.ts";
import { prisma } from "~/kernel/db.server.ts";
import { flashHeader, type FlashMessage } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { invalidReply, refusalReply } from "~/kernel/forms/submission.server.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { safeRedirectPath } from "~/kernel/redirect.ts";

function withReturn(path: string, destination: string) {
  return destination ? `${path}?${new URLSearchParams({ redirectTo: destination })}` : path;
}

/**
 * After a right password, sign-in link, confirmation or reset: a new session and the next step. An enrolled account
 * gives its code first (the session counts for nothing until then); staff without a second factor enrol; an
 * account whose password is shorter than today's minimum chooses a new one.
 */
export async function completeSignIn(
  request: Request,
  user: { id: string; language: string },
  options: { destination: string; flash: FlashMessage },
) {
  const needs = await signInRequirements(user.id);
  const headers = await startSession(request, user);
  if (needs.secondFactor) return redirect(withReturn("/login/two-factor", options.destination), { headers });
  headers.append("Set-Cookie", await flashHeader(options.flash));
  if (needs.enrolmentRequired) return redirect(withReturn("/account/two-factor", options.destination), { headers });
  if (needs.mustChangePassword) return redirect("/account/password", { headers });
  return redirect(options.destination || "/account", { headers });
}

// ───────────────────────────── /login/two-factor ─────────────────────────────

export async function loadSecondFactorSignInPage(request: Request) {
  const pending = await getSignInAwaitingSecondFactor(request);
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"), "");
  if (!pending) throw redirect(withReturn("/login", redirectTo));
  return { redirectTo, meta: await translatedMeta(request, { title: "twoFactor.signInTitle" }, { noindex: true }) };
}

export async function secondFactorSignInAction(request: Request, context: unknown) {
  const pending = await getSignInAwaitingSecondFactor(request);
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: secondFactorSchema });
  if (!pending) throw redirect(withReturn("/login", safeRedirectPath(formData.get("redirectTo"), "")));
  if (submission.status !== "success") return data(invalidReply(submission), { status: 400 });
  const outcome = await verifySecondFactor(pending.user, submission.value.code, { ip: clientIp(context) });
  if (!outcome.ok) {
    const { result, init } = await refusalReply(request, submission, outcome, outcome.retryAfterSeconds ? undefined : "code");
    return data(result, init);
  }
  // The waiting session is replaced by a new one: a token seen before the code was given is worth nothing after.
  await invalidateSession(pending.sessionId);
  const headers = await startSession(request, pending.user, { secondFactor: true });
  headers.append("Set-Cookie", await flashHeader(outcome.method === "recovery_code" ? "twoFactor.flash.recoveryCodeUsed" : "signedIn"));
  const destination = safeRedirectPath(submission.value.redirectTo, "/account");
  return redirect(pending.user.mustChangePassword ? "/account/password" : destination, { headers });
}

// ───────────────────────────── /account/two-factor ─────────────────────────────

export async function loadTwoFactorPage(request: Request) {
  const user = await requireUser(request);
  const status = await getSecondFactorStatus(user.id);
  return {
    status,
    language: await getLanguage(request),
    enrolment: status.enabled ? null : await pendingEnrolment(user),
    redirectTo: safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"), ""),
    meta: await translatedMeta(request, { title: "twoFactor.title", description: "twoFactor.lead" }, { noindex: true }),
  };
}

export async function twoFactorAction(request: Request, context: unknown) {
  const formData = await readFormData(request);
  const ip = clientIp(context);
  if (formData.get("intent") === "disable") {
    const user = await requireRecentAuthentication(request);
    const session = (await getSession(request))!;
    const outcome = await disableSecondFactor(user, session.sessionId, { ip });
    if (!outcome.ok) return data({ intent: "disable" as const, refused: outcome.reason }, { status: 409 });
    return redirect("/account/two-factor", { headers: { "Set-Cookie": await flashHeader("twoFactor.flash.disabled") } });
  }
  const user = await requireUser(request);
  const session = (await getSession(request))!;
  const submission = parseWithZod(formData, { schema: enrolTwoFactorSchema });
  if (submission.status !== "success") return data({ intent: "confirm" as const, result: invalidReply(submission) }, { status: 400 });
  const outcome = await confirmEnrolment(user, session.sessionId, submission.value.code, { ip });
  if (!outcome.ok) {
    const { result, init } = await refusalReply(
      request,
      submission,
      outcome,
      outcome.kind === "invalid" && !outcome.retryAfterSeconds ? "code" : undefined,
    );
    return data({ intent: "confirm" as const, result }, init);
  }
  // Shown in this response only: nothing keeps them in a readable form.
  return {
    intent: "confirm" as const,
    result: submission.reply({ resetForm: true }),
    recoveryCodes: outcome.recoveryCodes,
    continueTo: safeRedirectPath(submission.value.redirectTo, "/account"),
  };
}

// ───────────────────────────── /reauthenticate ─────────────────────────────

export async function loadReauthenticatePage(request: Request) {
  const user = await requireUser(request);
  const account = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  return {
    hasPassword: account.passwordHash !== null,
    hasSecondFactor: user.hasSecondFactor,
    redirectTo: safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"), "/account"),
    meta: await translatedMeta(request, { title: "twoFactor.reauthTitle" }, { noindex: true }),
  };
}

export async function reauthenticateAction(request: Request, context: unknown) {
  const user = await requireUser(request);
  const session = (await getSession(request))!;
  const formData = await readFormData(request);
  const ip = clientIp(context);
  const intent = formData.get("intent") === "code" ? ("code" as const) : ("password" as const);
  let secondFactor = false;
  if (intent === "code") {
    const submission = parseWithZod(formData, { schema: secondFactorSchema });
    if (submission.status !== "success") return data({ intent, result: invalidReply(submission) }, { status: 400 });
    const outcome = await verifySecondFactor(user, submission.value.code, { ip });
    if (!outcome.ok) {
      const { result, init } = await refusalReply(request, submission, outcome, outcome.retryAfterSeconds ? undefined : "code");
      return data({ intent, result }, init);
    }
    secondFactor = true;
  } else {
    const submission = parseWithZod(formData, { schema: reauthenticatePasswordSchema });
    if (submission.status !== "success") return data({ intent, result: invalidReply(submission) }, { status: 400 });
    const outcome = await checkCurrentPassword(user.id, submission.value.currentPassword);
    if (!outcome.ok) {
      const { result, init } = await refusalReply(request, submission, outcome, outcome.retryAfterSeconds ? undefined : "currentPassword");
      return data({ intent, result }, init);
    }
  }
  await markSessionAuthenticated(session.sessionId, { secondFactor });
  await writeAudit(prisma, {
    actor: { id: user.id, label: user.displayName },
    action: "user.reauthenticated",
    targetType: "user",
    targetId: user.id,
    details: { method: intent },
    ipAddress: ip,
  });
  return redirect(safeRedirectPath(formData.get("redirectTo"), "/account"));
}

// ───────────────────────────── /dev/two-factor (development only) ─────────────────────────────

/**
 * The current authenticator codes of the demo staff accounts, so someone trying the hub can sign in as the demo
 * admin or coordinator without an app. Only accounts enrolled with the public demo secret are listed, and the page
 * does not exist outside development.
 */
export async function loadDevTwoFactorCodes(request: Request) {
  requireDevelopment();
  const enrolled = await prisma.totpCredential.findMany({
    where: { secret: DEMO_TOTP_SECRET, confirmedAt: { not: null } },
    orderBy: { user: { email: "asc" } },
    select: { user: { select: { email: true } } },
  });
  const stepSeconds = 30;
  return {
    accounts: enrolled.map((row) => ({ email: row.user.email, code: totpCodeNow(DEMO_TOTP_SECRET) })),
    secondsLeft: stepSeconds - (Math.floor(Date.now() / 1000) % stepSeconds),
    secret: DEMO_TOTP_SECRET,
    meta: await translatedMeta(request, { title: "twoFactor.devTitle", description: "twoFactor.devLead" }, { noindex: true }),
  };
}
