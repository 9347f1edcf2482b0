// Getting in and out: signing up (/signup), confirming the address (/verify-email), signing in with a password
// (/login) or a link by mail (/signin-link), setting a new password from a reset link (/reset-password) and
// signing out (/logout): what they load and what their actions do. The route modules only call these.
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import { getLanguage } from "~/kernel/i18n/i18next.server.ts";
import {
  confirmEmail,
  passwordPolicyError,
  peekConfirmationToken,
  peekPasswordResetToken,
  peekSignInLink,
  requestSignInLink,
  resendConfirmation,
  resetPassword,
  signInWithLink,
  signInWithPassword,
  signUp,
} from "~/features/accounts/account.server.ts";
import {
  emailRequestSchema,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
  tokenSchema,
  verifyCodeSchema,
} from "~/features/accounts/schemas.ts";
import { endSession, requestContext, requireAnonymous } from "~/kernel/auth/guards.server.ts";
import { completeSignIn } from "~/features/accounts/security-pages.server.ts";
import { flashHeader } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { safeRedirectPath } from "~/kernel/redirect.ts";
import { invalidReply, invalidSubmission, refusalReply, refusedSubmission } from "~/kernel/forms/submission.server.ts";

// ───────────────────────────── /signup ─────────────────────────────

export async function loadSignUpPage(request: Request) {
  await requireAnonymous(request);
  const url = new URL(request.url);
  return {
    language: await getLanguage(request),
    redirectTo: safeRedirectPath(url.searchParams.get("redirectTo"), ""),
    meta: await translatedMeta(request, { title: "auth.signUpTitle", description: "auth.signUpLead" }),
  };
}

export async function signUpAction(request: Request, context: unknown) {
  await requireAnonymous(request);
  const submission = parseWithZod(await readFormData(request), { schema: signUpSchema });
  if (submission.status !== "success") return invalidSubmission(submission);
  const policyError = passwordPolicyError(submission.value.password);
  if (policyError) return refusedSubmission(request, submission, { reason: policyError }, "password");
  const outcome = await signUp(submission.value, requestContext(request, context));
  if (!outcome.ok) return refusedSubmission(request, submission, outcome);
  const next = new URLSearchParams({ email: submission.value.email, sent: "1" });
  if (submission.value.redirectTo) next.set("redirectTo", safeRedirectPath(submission.value.redirectTo));
  return redirect(`/verify-email?${next}`);
}

// ───────────────────────────── /verify-email ─────────────────────────────

// Opening the link only shows a button: mail scanners that fetch every link must not use up the token.
export async function loadVerifyEmailPage(request: Request) {
  const url = new URL(request.url);
  const token = url.searchParams.get("token");
  return {
    token,
    tokenValid: token ? Boolean(await peekConfirmationToken(token)) : false,
    email: url.searchParams.get("email")?.slice(0, 254) ?? "",
    justSent: url.searchParams.get("sent") === "1",
    // Where the visitor was going before signing up (an invitation, say): where confirming signs them in to.
    redirectTo: safeRedirectPath(url.searchParams.get("redirectTo"), ""),
    meta: await translatedMeta(request, { title: "auth.verifyTitle" }, { noindex: true }),
  };
}

export async function verifyEmailAction(request: Request, context: unknown) {
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  const who = requestContext(request, context);
  const returnPath = safeRedirectPath(formData.get("redirectTo"), "");

  if (intent === "resend") {
    const submission = parseWithZod(formData, { schema: emailRequestSchema });
    if (submission.status !== "success") return data({ intent, result: invalidReply(submission) }, { status: 400 });
    const outcome = await resendConfirmation(submission.value.email, who, returnPath);
    if (!outcome.ok) {
      const { result, init } = await refusalReply(request, submission, outcome);
      return data({ intent, result }, init);
    }
    return { intent, result: submission.reply(), resent: true };
  }

  const submission = parseWithZod(formData, { schema: intent === "code" ? verifyCodeSchema : tokenSchema });
  if (submission.status !== "success") return data({ intent, result: invalidReply(submission) }, { status: 400 });
  const outcome = await confirmEmail(submission.value as { token: string } | { email: string; code: string }, who);
  if (!outcome.ok) {
    const { result, init } = await refusalReply(request, submission, outcome, intent === "code" ? "code" : undefined);
    return data({ intent, result }, init);
  }
  // The confirmation proves the address: the newcomer is signed in and goes on to where they were going.
  return completeSignIn(request, outcome.user, { destination: returnPath || "/account", flash: "emailVerified" });
}

// ───────────────────────────── /login ─────────────────────────────

export async function loadSignInPage(request: Request) {
  await requireAnonymous(request);
  const url = new URL(request.url);
  return {
    redirectTo: safeRedirectPath(url.searchParams.get("redirectTo"), ""),
    email: url.searchParams.get("email")?.slice(0, 254) ?? "",
    meta: await translatedMeta(request, { title: "auth.signInTitle", description: "auth.signInLead" }),
  };
}

export async function signInAction(request: Request, context: unknown) {
  await requireAnonymous(request);
  const submission = parseWithZod(await readFormData(request), { schema: signInSchema });
  if (submission.status !== "success") return invalidSubmission(submission);
  const outcome = await signInWithPassword(submission.value, requestContext(request, context));
  if (!outcome.ok) return refusedSubmission(request, submission, outcome);
  return completeSignIn(request, outcome.user, {
    destination: safeRedirectPath(submission.value.redirectTo, "/account"),
    flash: "signedIn",
  });
}

// ───────────────────────────── /signin-link ─────────────────────────────

export async function loadSignInLinkPage(request: Request) {
  await requireAnonymous(request);
  const token = new URL(request.url).searchParams.get("token");
  return {
    token,
    tokenValid: token ? Boolean(await peekSignInLink(token)) : false,
    meta: await translatedMeta(request, { title: "auth.linkTitle", description: "auth.linkLead" }, { noindex: Boolean(token) }),
  };
}

export async function signInLinkAction(request: Request, context: unknown) {
  await requireAnonymous(request);
  const formData = await readFormData(request);
  const who = requestContext(request, context);
  if (formData.get("intent") === "use") {
    const submission = parseWithZod(formData, { schema: tokenSchema });
    if (submission.status !== "success") return data({ intent: "use" as const, result: invalidReply(submission) }, { status: 400 });
    const outcome = await signInWithLink(submission.value.token, who);
    if (!outcome.ok) {
      const { result, init } = await refusalReply(request, submission, outcome);
      return data({ intent: "use" as const, result }, init);
    }
    return completeSignIn(request, outcome.user, { destination: "/account", flash: "signedIn" });
  }
  const submission = parseWithZod(formData, { schema: emailRequestSchema });
  if (submission.status !== "success") return data({ intent: "request" as const, result: invalidReply(submission) }, { status: 400 });
  const outcome = await requestSignInLink(submission.value.email, who);
  if (!outcome.ok) {
    const { result, init } = await refusalReply(request, submission, outcome);
    return data({ intent: "request" as const, result }, init);
  }
  return { intent: "request" as const, result: submission.reply({ resetForm: true }), sent: true };
}

// ───────────────────────────── /reset-password ─────────────────────────────

export async function loadResetPasswordPage(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const valid = token ? await peekPasswordResetToken(token) : null;
  return { token, tokenValid: Boolean(valid), meta: await translatedMeta(request, { title: "auth.resetTitle" }, { noindex: true }) };
}

export async function resetPasswordAction(request: Request, context: unknown) {
  const submission = parseWithZod(await readFormData(request), { schema: resetPasswordSchema });
  if (submission.status !== "success") return invalidSubmission(submission);
  const policyError = passwordPolicyError(submission.value.password);
  if (policyError) return refusedSubmission(request, submission, { reason: policyError }, "password");
  const outcome = await resetPassword(submission.value, requestContext(request, context));
  if (!outcome.ok) return refusedSubmission(request, submission, outcome);
  // Any session someone else held died with the old password; this browser starts a fresh one (after the second
  // factor, if the account has one: a reset link alone must not get past it).
  return completeSignIn(request, outcome.user, { destination: "/account", flash: "passwordReset" });
}

// ───────────────────────────── /logout ─────────────────────────────

/** Signing out is a POST from the header's button: a link could be triggered by another site's image tag. */
export async function signOutAction(request: Request) {
  const headers = await endSession(request);
  headers.append("Set-Cookie", await flashHeader("signedOut"));
  return redirect("/", { headers });
}

/** /logout is only posted to; opened in a browser it leads home. */
export async function loadSignOutAddress() {
  return redirect("/");
}
