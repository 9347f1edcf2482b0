import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { OpenChallengesSection } from "~/features/challenges/challenge-card.tsx";
import { SubscribeLinks } from "~/features/following/feed-links-section.tsx";
import { FollowButton } from "~/features/following/follow-button.tsx";
import { loadAreaPage } from "~/features/taxonomy/area-pages.server.ts";
import { formatDate } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { textParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadAreaPage(request, textParam(params, "slug"));

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), ...(data?.feedLinks ?? [])];

export default function AreaPage() {
  const { area, openChallenges, initiatives, follow, feedHref, subscribe, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="page area-page">
      <header className="page-banner">
        <div className="container">
          <Breadcrumbs items={[{ label: t("nav.challenges"), to: "/challenges" }, { label: area.name }]} />
          <p className="page-banner__eyebrow">{t("following.area.breadcrumb")}</p>
          <h1>{area.name}</h1>
          {area.description ? <p className="lead">{area.description}</p> : null}
          <FollowButton state={follow} />
          <SubscribeLinks hrefs={subscribe} />
        </div>
      </header>
      <div className="container">
        <OpenChallengesSection
          heading={t("following.area.openChallenges")}
          emptyText={t("following.area.noOpenChallenges")}
          listHref={`/challenges?area=${area.slug}&status=OPEN`}
          openChallenges={openChallenges}
          language={language}
        />
        <section aria-labelledby="initiatives-heading" className="prose-block">
          <h2 id="initiatives-heading">{t("following.area.initiatives")}</h2>
          {initiatives.items.length ? (
            <ul className="area-initiatives">
              {initiatives.items.map((initiative) => (
                <li key={initiative.number} className="area-initiatives__item">
                  <h3>
                    <Link to={`/initiatives/${initiative.number}`}>{initiative.title}</Link>
                  </h3>
                  <p className="muted">
                    {t(`following.area.status.${initiative.status}`)}・{t("home.strategyCode", { code: initiative.strategyCode })}・
                    <time dateTime={initiative.startedOn}>{formatDate(language, initiative.startedOn)}</time>
                  </p>
                  {initiative.summary ? <p>{initiative.summary}</p> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("following.area.noInitiatives")}</p>
          )}
        </section>
        <p>
          <a href={feedHref} className="feed-link">
            {t("following.area.feed")}
          </a>
        </p>
      </div>
    </div>
  );
}
