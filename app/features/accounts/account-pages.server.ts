// The signed-in person's own pages behind /account (preferences, e-mail address, password, deleting the
// account, the data download) and the forgotten-password form: what they load and what their actions do.
// The route modules only call these.
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import { languageCookie } from "~/kernel/i18n/i18next.server.ts";
import {
  changePassword,
  confirmEmailChange,
  deleteAccount,
  exportAccountData,
  getAccount,
  passwordPolicyError,
  peekEmailChangeToken,
  requestEmailChange,
  requestPasswordReset,
  signOutEverywhere,
  updatePreferences,
} from "~/features/accounts/account.server.ts";
import { countPendingInvitations } from "~/features/partners/index.server.ts";
import { getOwnPartnerProfileId } from "~/features/partners/index.server.ts";
import {
  changeEmailSchema,
  changePasswordSchema,
  deleteAccountSchema,
  emailRequestSchema,
  preferencesSchema,
  tokenSchema,
} from "~/features/accounts/schemas.ts";
import {
  endSession,
  getSession,
  requestContext,
  requireRecentAuthentication,
  requireUser,
  startSession,
} from "~/kernel/auth/guards.server.ts";
import { flashHeader } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { todayInTokyo } from "~/kernel/japan-time.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { invalidReply, invalidSubmission, refusedSubmission } from "~/kernel/forms/submission.server.ts";

// ───────────────────────────── /account ─────────────────────────────

export async function loadAccountPage(request: Request) {
  const user = await requireUser(request);
  const [account, partnerProfileId, pendingInvitations] = await Promise.all([
    getAccount(user.id),
    getOwnPartnerProfileId(user.id),
    countPendingInvitations(user.email),
  ]);
  return {
    hasPartnerProfile: partnerProfileId !== null,
    pendingInvitations,
    account: {
      email: account.email,
      displayName: account.displayName,
      language: account.language,
      notificationFrequency: account.notificationFrequency,
      emailVerified: account.emailVerifiedAt !== null,
      roles: account.roles.map((entry) => entry.role),
      sessionCount: account._count.sessions,
      twoFactorEnabled: user.hasSecondFactor,
    },
    meta: await translatedMeta(request, { title: "account.title", description: "account.lead" }, { noindex: true }),
  };
}

export async function accountPageAction(request: Request, context: unknown) {
  const user = await requireUser(request);
  const formData = await readFormData(request);
  if (formData.get("intent") === "sign-out-everywhere") {
    await signOutEverywhere(user, requestContext(request, context));
    const headers = await endSession(request);
    headers.append("Set-Cookie", await flashHeader("signedOutEverywhere"));
    return redirect("/login", { headers });
  }
  const submission = parseWithZod(formData, { schema: preferencesSchema });
  if (submission.status !== "success") return data(invalidReply(submission), { status: 400 });
  await updatePreferences(user.id, submission.value);
  const headers = new Headers();
  headers.append("Set-Cookie", await languageCookie.serialize(submission.value.language));
  headers.append("Set-Cookie", await flashHeader("preferencesSaved"));
  return redirect("/account", { headers });
}

// ───────────────────────────── /account/delete ─────────────────────────────

export async function loadDeleteAccountPage(request: Request) {
  await requireRecentAuthentication(request);
  return { meta: await translatedMeta(request, { title: "account.deleteTitle", description: "account.deleteLead" }, { noindex: true }) };
}

export async function deleteAccountAction(request: Request, context: unknown) {
  const user = await requireRecentAuthentication(request);
  const submission = parseWithZod(await readFormData(request), { schema: deleteAccountSchema });
  if (submission.status !== "success") return invalidSubmission(submission);
  const outcome = await deleteAccount(user.id, submission.value.currentPassword, requestContext(request, context));
  if (!outcome.ok) {
    return refusedSubmission(
      request,
      submission,
      outcome,
      outcome.reason === "account.currentPasswordWrong" ? "currentPassword" : undefined,
    );
  }
  const headers = await endSession(request);
  headers.append("Set-Cookie", await flashHeader("accountDeleted"));
  return redirect("/", { headers });
}

// ───────────────────────────── /account/email and /account/email/confirm ─────────────────────────────

export async function loadChangeEmailPage(request: Request) {
  const user = await requireUser(request);
  return {
    currentEmail: user.email,
    meta: await translatedMeta(request, { title: "account.emailTitle", description: "account.emailLead" }, { noindex: true }),
  };
}

export async function changeEmailAction(request: Request, context: unknown) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readFormData(request), { schema: changeEmailSchema });
  if (submission.status !== "success") return invalidSubmission(submission);
  const outcome = await requestEmailChange(user.id, submission.value, requestContext(request, context));
  if (!outcome.ok) {
    const field =
      outcome.reason === "account.sameEmail" ? "email" : outcome.reason === "account.currentPasswordWrong" ? "currentPassword" : undefined;
    return refusedSubmission(request, submission, outcome, field);
  }
  return redirect("/account", { headers: { "Set-Cookie": await flashHeader("emailChangeSent") } });
}

// The link may be opened on another device than the one signed in: the token alone proves the new address.
export async function loadConfirmEmailChangePage(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const pending = token ? await peekEmailChangeToken(token) : null;
  return {
    token,
    newEmail: pending?.email ?? null,
    meta: await translatedMeta(request, { title: "account.emailConfirmTitle" }, { noindex: true }),
  };
}

export async function confirmEmailChangeAction(request: Request, context: unknown) {
  const submission = parseWithZod(await readFormData(request), { schema: tokenSchema });
  if (submission.status !== "success") return invalidSubmission(submission);
  const outcome = await confirmEmailChange(submission.value.token, requestContext(request, context));
  if (!outcome.ok) return refusedSubmission(request, submission, outcome);
  return redirect("/account", { headers: { "Set-Cookie": await flashHeader("emailChanged") } });
}

// ───────────────────────────── /account/export ─────────────────────────────

/** The signed-in person's data as a JSON download (APPI disclosure request, self-service). */
export async function accountExportDownload(request: Request, context: unknown) {
  const user = await requireRecentAuthentication(request);
  const exported = await exportAccountData(user.id, requestContext(request, context));
  const day = todayInTokyo();
  return new Response(JSON.stringify(exported, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="shiojiri-hub-my-data-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}

// ───────────────────────────── /account/password and /forgot-password ─────────────────────────────

export async function loadChangePasswordPage(request: Request) {
  const user = await requireUser(request);
  return {
    // Set when the password used to sign in is shorter than today's minimum: the page says why it is asked.
    required: user.mustChangePassword,
    meta: await translatedMeta(request, { title: "account.passwordTitle", description: "account.passwordLead" }, { noindex: true }),
  };
}

export async function changePasswordAction(request: Request, context: unknown) {
  const user = await requireUser(request);
  const session = (await getSession(request))!;
  const submission = parseWithZod(await readFormData(request), { schema: changePasswordSchema });
  if (submission.status !== "success") return invalidSubmission(submission);
  const policyError = passwordPolicyError(submission.value.password);
  if (policyError) return refusedSubmission(request, submission, { reason: policyError }, "password");
  const outcome = await changePassword(user.id, submission.value, requestContext(request, context));
  if (!outcome.ok) return refusedSubmission(request, submission, outcome, outcome.retryAfterSeconds ? undefined : "currentPassword");
  // Every session ended with the change, this one too: the browser gets a fresh one, as far along (second factor) as
  // the one it replaces.
  const headers = await startSession(request, outcome.user, { secondFactor: session.secondFactorPassed });
  headers.append("Set-Cookie", await flashHeader("passwordChanged"));
  return redirect("/account", { headers });
}

export async function loadForgotPasswordPage(request: Request) {
  return { meta: await translatedMeta(request, { title: "auth.forgotTitle", description: "auth.forgotLead" }) };
}

export async function forgotPasswordAction(request: Request, context: unknown) {
  const submission = parseWithZod(await readFormData(request), { schema: emailRequestSchema });
  if (submission.status !== "success") return invalidSubmission(submission);
  const outcome = await requestPasswordReset(submission.value.email, requestContext(request, context));
  if (!outcome.ok) return refusedSubmission(request, submission, outcome);
  // The same answer whether or not the address is registered.
  return { ...submission.reply({ resetForm: true }), sent: true };
}
