// Turning a refused form into a response: the visitor's own language, a 4xx status, what they typed kept
// (passwords excepted), and Retry-After when a rate limit said no.
import type { Submission, SubmissionResult } from "@conform-to/react";
import { data } from "@remix-run/node";
import { getFixedT } from "~/kernel/i18n/i18next.server.ts";

const passwordFields = ["password", "confirmPassword", "currentPassword"];

export function invalidReply<T>(submission: Submission<T>): SubmissionResult<string[]> {
  return submission.reply({ hideFields: passwordFields });
}

export function invalidSubmission<T>(submission: Submission<T>) {
  return data(invalidReply(submission), { status: 400 });
}

export type Refusal = { reason: string; retryAfterSeconds?: number };

/** The reply and status for a refusal; pages with several forms wrap the reply with the form's intent. */
export async function refusalReply<T>(request: Request, submission: Submission<T>, refusal: Refusal, field?: string) {
  const t = await getFixedT(request);
  const message = t(refusal.reason, { minutes: Math.max(1, Math.ceil((refusal.retryAfterSeconds ?? 60) / 60)) });
  const limited = refusal.retryAfterSeconds !== undefined;
  const result = field
    ? submission.reply({ fieldErrors: { [field]: [message] }, hideFields: passwordFields })
    : submission.reply({ formErrors: [message], hideFields: passwordFields });
  const init: ResponseInit = limited ? { status: 429, headers: { "Retry-After": String(refusal.retryAfterSeconds) } } : { status: 400 };
  return { result, init };
}

export async function refusedSubmission<T>(request: Request, submission: Submission<T>, refusal: Refusal, field?: string) {
  const { result, init } = await refusalReply(request, submission, refusal, field);
  return data(result, init);
}
