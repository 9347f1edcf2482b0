import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ChallengeCard } from "~/features/challenges/challenge-card.tsx";
import { CoCreationSteps } from "~/features/site/co-creation-steps.tsx";
import { IndicatorCard } from "~/features/dashboard/indicator-card.tsx";
import { StrategyCard } from "~/features/taxonomy/strategy-card.tsx";
import { loadHomePage } from "~/features/site/site-pages.server.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadHomePage(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function HomePage() {
  const { strategies, indicators, language, newestChallenges } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <section className="hero" aria-labelledby="hero-heading">
        <div className="container hero__inner">
          <p className="hero__purpose">{t("site.purpose")}</p>
          <h1 id="hero-heading" className="hero__image">
            {t("site.cityImage")}
            <span className="hero__image-sub">{t("site.cityImageSub")}</span>
          </h1>
          <p className="hero__lead">{t("home.lead")}</p>
          <p>
            <Link to="/about" className="button button--primary">
              {t("home.aboutCta")}
            </Link>
          </p>
        </div>
      </section>

      <section className="section" id="strategies" aria-labelledby="strategies-heading">
        <div className="container">
          <h2 id="strategies-heading">{t("home.strategiesHeading")}</h2>
          <p className="section__lead">{t("home.strategiesLead")}</p>
          <div className="strategy-grid">
            {strategies.map((strategy) => (
              <StrategyCard key={strategy.code} strategy={strategy} language={language} />
            ))}
          </div>
        </div>
      </section>

      {newestChallenges.length ? (
        <section className="section section--tinted" aria-labelledby="newest-heading">
          <div className="container">
            <h2 id="newest-heading">{t("home.newestHeading")}</h2>
            <ul className="challenge-grid">
              {newestChallenges.map((challenge) => (
                <li key={challenge.number}>
                  <ChallengeCard challenge={challenge} language={language} headingLevel={3} />
                </li>
              ))}
            </ul>
            <p>
              <Link to="/challenges?status=OPEN" className="button">
                {t("challenge.viewAll")}
              </Link>
            </p>
          </div>
        </section>
      ) : null}

      <section className="section" aria-labelledby="indicators-heading">
        <div className="container">
          <h2 id="indicators-heading">{t("home.indicatorsHeading")}</h2>
          <p className="section__lead">{t("home.indicatorsLead")}</p>
          <div className="indicator-grid">
            {indicators.map((indicator) => (
              <IndicatorCard key={indicator.key} indicator={indicator} language={language} />
            ))}
          </div>
        </div>
      </section>

      <section className="section section--tinted" aria-labelledby="steps-heading">
        <div className="container">
          <h2 id="steps-heading">{t("home.stepsHeading")}</h2>
          <CoCreationSteps />
        </div>
      </section>
    </>
  );
}
