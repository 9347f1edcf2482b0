// Turning a refused form into a response: the visitor's own language, a 4xx status, what they typed kept
// (passwords excepted), and Retry-After when a rate limit said no.
import type { Submission, SubmissionResult } from "@conform-to/react";
import { data } from "@remix-run/node";
import "./zod-messages.ts";
import { getFixedT } from "~/kernel/i18n/i18next.server.ts";
import { conflictOf, failureInit, failureStatus, type Failure, type FailureStatus, type InvalidFailure } from "~/kernel/result.ts";

const passwordFields = ["password", "confirmPassword", "currentPassword"];

export function invalidReply<T>(submission: Submission<T>): SubmissionResult<string[]> {
  return submission.reply({ hideFields: passwordFields });
}

export function invalidSubmission<T>(submission: Submission<T>) {
  return data(invalidReply(submission), { status: 400 });
}

/** A refusal of the whole form: a translation key, and retryAfterSeconds when a rate limit said no. */
export type Refusal = Pick<InvalidFailure, "reason" | "retryAfterSeconds">;

/** The reply and status for a refusal; pages with several forms wrap the reply with the form's intent. */
export async function refusalReply<T>(request: Request, submission: Submission<T>, refusal: Refusal, field?: string) {
  const t = await getFixedT(request);
  const message = t(refusal.reason, { minutes: Math.max(1, Math.ceil((refusal.retryAfterSeconds ?? 60) / 60)) });
  const result = field
    ? submission.reply({ fieldErrors: { [field]: [message] }, hideFields: passwordFields })
    : submission.reply({ formErrors: [message], hideFields: passwordFields });
  const init = failureInit({ ok: false, kind: "invalid", reason: refusal.reason, retryAfterSeconds: refusal.retryAfterSeconds });
  return { result, init };
}

export async function refusedSubmission<T>(request: Request, submission: Submission<T>, refusal: Refusal, field?: string) {
  const { result, init } = await refusalReply(request, submission, refusal, field);
  return data(result, init);
}

/** Messages for a refused form: next to fields, and for the form as a whole. */
export type FormErrors = { field?: Record<string, string[]>; form?: string[] };

/** Conform's Submission, or anything that replies like one. */
type Replying = { reply(options?: { fieldErrors?: Record<string, string[]>; formErrors?: string[] }): SubmissionResult<string[]> };

/**
 * A page action's answer to a form it refuses: `tags` say which of the page's forms it answers (an intent, a
 * form key), Conform's reply keeps what was typed with the messages, and `conflict` is what the conflict notice
 * shows when the failure is a stale version. The status is the failure's (failureStatus) or the one given.
 */
export function refuse<const Tags extends object>(
  tags: Tags,
  submission: Replying,
  refusal: Failure | FailureStatus,
  errors: FormErrors = {},
) {
  const status = typeof refusal === "number" ? refusal : failureStatus(refusal);
  const conflict = typeof refusal === "number" ? null : conflictOf(refusal);
  return data({ ...tags, result: submission.reply({ fieldErrors: errors.field, formErrors: errors.form }), conflict }, { status });
}
