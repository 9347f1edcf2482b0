import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Notice } from "~/kernel/forms/forms.tsx";
import { IntroductionAnswerSection, PartnerMatchHeading } from "~/features/matching/introduction-answer-form.tsx";
import { introductionLinkAction, loadIntroductionLinkPage } from "~/features/matching/introduction-answer-pages.server.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { textParam } from "~/kernel/params.server.ts";

// No sign-in: the signed token in the address names the partner's member and the match (decision 0019).
export const loader = ({ request, params }: LoaderFunctionArgs) => loadIntroductionLinkPage(request, textParam(params, "token"));

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => pageMeta(loaded?.meta);

export const headers: HeadersFunction = () => ({ "Cache-Control": "private, no-store" });

export const action = ({ request, params, context }: ActionFunctionArgs) =>
  introductionLinkAction(request, context, textParam(params, "token"));

export default function IntroductionAnswerPage() {
  const { match, language, token } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation();
  if (!match) {
    return (
      <div className="container narrow page">
        <h1>{t("matching.answer.link.metaTitle")}</h1>
        <Notice tone="error">
          <p>{t("matching.answer.link.invalid")}</p>
        </Notice>
        <p>
          <Link to="/login?redirectTo=%2Fmatches">{t("matching.answer.link.signIn")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="container narrow page">
      <PartnerMatchHeading match={match} />
      {match.counterpart ? (
        <p>
          {t("matching.partnerSide.page.counterpartHeading")}: {match.counterpart.name} &lt;{match.counterpart.email}&gt;
        </p>
      ) : null}
      <IntroductionAnswerSection
        answer={match.answer}
        open={match.stage === "INTRODUCED"}
        language={language}
        token={token}
        lastResult={answer?.result ?? null}
      />
    </div>
  );
}
