import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Notice } from "~/kernel/forms/forms.tsx";
import { SuggestionReasons } from "~/features/matching/match-suggestions.tsx";
import { loadForYou } from "~/features/matching/suggestion-pages.server.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadForYou(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const headers: HeadersFunction = () => ({ "Cache-Control": "private, no-store" });

export default function ForYouPage() {
  const { profiles, selectedId, contactable, items } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container page for-you-page">
      <h1>{t("matching.forYou.title")}</h1>
      <p className="lead">{t("matching.forYou.lead")}</p>
      {profiles.length === 0 ? (
        <p className="empty-state">
          {t("matching.forYou.noProfile")} <Link to="/account/partner">{t("matching.forYou.createProfile")}</Link>
        </p>
      ) : (
        <>
          {profiles.length > 1 ? (
            <Form method="get" className="filter-bar">
              <div className="field">
                <label htmlFor="for-you-partner">{t("matching.forYou.profileLabel")}</label>
                <select id="for-you-partner" name="partner" defaultValue={selectedId ?? undefined}>
                  {profiles.map((profile) => (
                    <option key={profile.id} value={profile.id}>
                      {profile.displayName}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="button">
                {t("matching.forYou.show")}
              </button>
            </Form>
          ) : null}
          {contactable ? null : <Notice>{t("matching.forYou.notContactable")}</Notice>}
          {items.length === 0 ? (
            <p className="empty-state">{t("matching.forYou.empty")}</p>
          ) : (
            <ol className="plain-list suggestion-list">
              {items.map((item) => (
                <li key={item.number} className="panel suggestion">
                  <h2 className="suggestion__name">
                    <Link to={`/challenges/${item.number}`}>{item.title}</Link>{" "}
                    <span className="suggestion__score">{t("matching.forYou.score", { score: item.score })}</span>
                  </h2>
                  <h3 className="visually-hidden">{t("matching.forYou.why")}</h3>
                  <SuggestionReasons reasons={item.reasons} />
                  <p>
                    <Link to={`/proposals/new?challenge=${item.number}`}>{t("matching.forYou.propose")}</Link>
                  </p>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </div>
  );
}
