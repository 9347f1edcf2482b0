import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { OpenChallengesSection } from "~/features/challenges/challenge-card.tsx";
import { SubscribeLinks } from "~/features/following/feed-links-section.tsx";
import { FollowButton } from "~/features/following/follow-button.tsx";
import { loadStrategyPage } from "~/features/taxonomy/strategy-pages.server.ts";
import { StrategyCounts } from "~/features/taxonomy/strategy-card.tsx";
import { fieldMark } from "~/kernel/localize.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { textParam } from "~/kernel/params.server.ts";
import { InitiativesSection } from "~/features/initiatives/initiative-list.tsx";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadStrategyPage(request, textParam(params, "code"));

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), ...(data?.feedLinks ?? [])];

export default function StrategyPage() {
  const { strategy, language, openChallenges, follow, subscribe, initiatives } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className={`page strategy-page strategy-${strategy.code.toLowerCase()}`}>
      <header className="page-banner">
        <div className="container">
          <Breadcrumbs
            items={[{ label: t("nav.strategies"), to: "/strategies" }, { label: t("home.strategyCode", { code: strategy.code }) }]}
          />
          <p className="page-banner__eyebrow">{t("home.strategyCode", { code: strategy.code })}</p>
          <h1>{strategy.name}</h1>
          <dl className="count-row">
            <StrategyCounts counts={strategy.counts} language={language} />
          </dl>
          <FollowButton state={follow} />
          <SubscribeLinks hrefs={subscribe} />
        </div>
      </header>
      <div className="container">
        <section aria-labelledby="promised-value-heading" className="prose-block">
          <h2 id="promised-value-heading">{t("strategy.promisedValue")}</h2>
          <p className="statement">{strategy.promisedValue}</p>
        </section>
        <section aria-labelledby="context-heading" className="prose-block">
          <h2 id="context-heading">{t("strategy.context")}</h2>
          <p>{strategy.context}</p>
        </section>
        <OpenChallengesSection
          heading={t("strategy.challengesHeading")}
          emptyText={t("strategy.noChallenges")}
          listHref={`/challenges?strategy=${strategy.code}&status=OPEN`}
          openChallenges={openChallenges}
          language={language}
        />
        <InitiativesSection
          heading={t("initiatives.elsewhere.strategyHeading")}
          items={initiatives.items}
          total={initiatives.total}
          allHref={`/initiatives?strategy=${strategy.code}`}
          language={language}
        />
        <section aria-labelledby="fields-heading" className="prose-block">
          <h2 id="fields-heading">{t("strategy.fieldsHeading")}</h2>
          <ul className="field-list">
            {strategy.fields.map((field) => (
              <li key={field.number} className="field-list__item">
                <h3>
                  <Link to={`/fields/${field.number}`}>
                    <span className="field-mark" aria-hidden="true">
                      {fieldMark(field.number)}
                    </span>{" "}
                    {field.name}
                  </Link>
                </h3>
                <p>{field.vision}</p>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
