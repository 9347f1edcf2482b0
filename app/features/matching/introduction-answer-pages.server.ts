// The partner's answer to an introduction (decision 0019) as pages take it: on /matches/<n> signed in, and on
// /introductions/<token> from the introduction e-mail, where the signed token names the member and the match.
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import { requestContext } from "~/kernel/auth/guards.server.ts";
import { flashHeader } from "~/kernel/flash.server.ts";
import { refuse } from "~/kernel/forms/submission.server.ts";
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { prisma } from "~/kernel/db.server.ts";
import { verifyLinkToken } from "~/kernel/signed-token.server.ts";
import { answerIntroduction } from "./introduction-answer.server.ts";
import { introductionAnswerSchema } from "./introduction-answer-schemas.ts";
import { getPartnerMatch } from "./match-introduction.server.ts";

/**
 * Answers for `userId` and sends the person back to `back` (the same page shows the answer). Refusals keep what was
 * typed: a bad form is 400, an answer that contradicts the one given or a match that is not introduced 409.
 */
export async function answerIntroductionForm(
  request: Request,
  context: unknown,
  input: { formData: FormData; matchId: string; userId: string; back: string },
) {
  const submission = parseWithZod(input.formData, { schema: introductionAnswerSchema });
  if (submission.status !== "success")
    return data({ intent: "answer" as const, result: submission.reply(), conflict: null }, { status: 400 });
  const outcome = await answerIntroduction({
    matchId: input.matchId,
    answer: submission.value.answer,
    reason: submission.value.reason ?? null,
    busyUntil: submission.value.busyUntil ?? null,
    note: submission.value.note,
    actor: { userId: input.userId },
    requestContext: requestContext(request, context),
  });
  if (outcome.ok) {
    return redirect(input.back, { headers: { "Set-Cookie": await flashHeader(`matching.answer.flash.${outcome.answer}`) } });
  }
  switch (outcome.reason) {
    case "busy-until-past":
      return refuse({ intent: "answer" }, submission, outcome, { field: { busyUntil: ["matching.answer.validation.busyUntilPast"] } });
    case "already-answered":
      return refuse({ intent: "answer" }, submission, outcome, { form: ["matching.answer.alreadyAnswered"] });
    case "not-introduced":
      return refuse({ intent: "answer" }, submission, outcome, { form: ["matching.answer.notIntroduced"] });
    default:
      throw new Response(null, { status: 404 });
  }
}

/** The member and match a link's token names, if it is intact and they still act for the partner; else null. */
async function linkTarget(token: string | undefined) {
  const payload = await verifyLinkToken(token);
  if (!payload || !payload.s.startsWith("answer:")) return null;
  const row = await prisma.match.findUnique({ where: { id: payload.s.slice("answer:".length) }, select: { number: true } });
  return row ? { userId: payload.u, number: row.number } : null;
}

/** /introductions/<token>: the introduction and its answer form, or an invalid-link notice (404). */
export async function loadIntroductionLinkPage(request: Request, token: string | undefined) {
  const [language, t] = await Promise.all([getLanguage(request), getFixedT(request)]);
  const meta = {
    title: t("matching.answer.link.metaTitle"),
    description: t("matching.answer.lead"),
    siteName: t("site.name"),
    language,
    noindex: true,
  };
  const target = await linkTarget(token);
  const match = target ? await getPartnerMatch(target.number, target.userId, language) : null;
  if (!match) return data({ language, meta, match: null, token: "" }, { status: 404 });
  return { language, meta, match, token: token ?? "" };
}

export async function introductionLinkAction(request: Request, context: unknown, token: string | undefined) {
  const formData = await request.formData();
  const target = await linkTarget(token);
  const match = target ? await getPartnerMatch(target.number, target.userId, await getLanguage(request)) : null;
  if (!target || !match) throw new Response(null, { status: 404 });
  return answerIntroductionForm(request, context, { formData, matchId: match.id, userId: target.userId, back: `/introductions/${token}` });
}
