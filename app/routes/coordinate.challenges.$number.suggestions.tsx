import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Notice, SubmitButton } from "~/kernel/forms/forms.tsx";
import { ExplainedFactors } from "~/features/matching/match-suggestions.tsx";
import { Pagination } from "~/kernel/ui/pagination.tsx";
import { challengeSuggestionsAction, loadChallengeSuggestions } from "~/features/matching/suggestion-pages.server.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { numberParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadChallengeSuggestions(request, numberParam(params, "number"));

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const headers: HeadersFunction = () => ({ "Cache-Control": "private, no-store" });

export const action = ({ request, params, context }: ActionFunctionArgs) =>
  challengeSuggestionsAction(request, context, numberParam(params, "number"));

export default function ChallengeSuggestionsPage() {
  const { challenge, closed, total, page, pageSize, items, nearMisses } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="container page coordinate-page suggestions-page">
      <p>
        <Link to={`/coordinate/challenges/${challenge.number}/edit`}>← {t("matching.suggestions.backToChallenge")}</Link>
      </p>
      <p className="page-banner__eyebrow">{t("matching.suggestions.eyebrow", { number: challenge.number })}</p>
      <h1>{t("matching.suggestions.title", { title: challenge.title })}</h1>
      <p className="lead">{t("matching.suggestions.lead")}</p>
      {actionData ? (
        actionData.ok ? (
          <Notice tone="success">
            <Link to={`/coordinate/matches/${actionData.number}`}>{t("matching.suggestions.created", { number: actionData.number })}</Link>
          </Notice>
        ) : (
          <Notice tone="error">{t(`matching.suggestions.${actionData.message}`)}</Notice>
        )
      ) : null}
      {closed ? (
        <p className="empty-state">{t("matching.suggestions.closed")}</p>
      ) : items.length === 0 && nearMisses.length === 0 ? (
        <p className="empty-state">{t("matching.suggestions.empty")}</p>
      ) : (
        <>
          <p className="muted">{t("matching.suggestions.fitting", { count: total })}</p>
          <section aria-labelledby="fitting-heading" className="section">
            <h2 id="fitting-heading">{t("matching.suggestions.fittingHeading")}</h2>
            {items.length ? (
              <SuggestionList items={items} start={(page - 1) * pageSize + 1} />
            ) : (
              <p className="empty-state">{t("matching.suggestions.empty")}</p>
            )}
          </section>
          <Pagination page={page} total={total} pageSize={pageSize} />
          {nearMisses.length ? (
            <section aria-labelledby="near-misses-heading" className="section">
              <h2 id="near-misses-heading">{t("matching.suggestions.nearMisses")}</h2>
              <p className="muted">{t("matching.suggestions.nearMissesLead")}</p>
              <SuggestionList items={nearMisses} />
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}

type SuggestionItem = ReturnType<typeof useLoaderData<typeof loader>>["items"][number];

/** Ranked partners: what decides first (wanted skills, the partner's own words, hard limits), the rest folded away. */
function SuggestionList({ items, start }: { items: SuggestionItem[]; start?: number }) {
  const { t } = useTranslation();
  return (
    <ol className="plain-list suggestion-list" start={start}>
      {items.map((item) => (
        <li key={item.partnerId} className="panel suggestion">
          <h3 className="suggestion__name">
            <Link to={`/coordinate/partners/${item.partnerId}`}>{item.displayName}</Link>{" "}
            <span className="suggestion__score">{t("matching.suggestions.score", { score: item.score })}</span>
          </h3>
          <ul className="suggestion-reasons" aria-label={t("matching.suggestions.decidingHeading", { name: item.displayName })}>
            {item.deciding.limits.map((limit) => (
              <li key={limit} className="suggestion-reasons__limit">
                {t("matching.factors.limit.heading")}: {limit}
              </li>
            ))}
            <li>{item.deciding.skills}</li>
            {item.deciding.missing ? <li>{item.deciding.missing}</li> : null}
          </ul>
          <details className="suggestion__details">
            <summary>{t("matching.suggestions.otherFactors")}</summary>
            {/* The skills lead above (deciding); every other factor is folded away here. */}
            <ExplainedFactors
              factors={item.explained.filter((factor) => factor.key !== "skills")}
              label={t("matching.suggestions.factorsHeading", { name: item.displayName })}
            />
          </details>
          {item.openMatch ? (
            <p className="badge badge--ok">
              <Link to={`/coordinate/matches/${item.openMatch.number}`}>
                {t("matching.suggestions.inPipeline", {
                  number: item.openMatch.number,
                  stage: t(`matching.pipeline.stage.${item.openMatch.stage as "SUGGESTED"}`),
                })}
              </Link>
            </p>
          ) : (
            <Form method="post" className="suggestion__action">
              <input type="hidden" name="partnerId" value={item.partnerId} />
              <SubmitButton name="intent" value="create">
                {t("matching.suggestions.createMatch")}
                <span className="visually-hidden">: {item.displayName}</span>
              </SubmitButton>
            </Form>
          )}
        </li>
      ))}
    </ol>
  );
}
