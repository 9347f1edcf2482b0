import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { ChallengeCard } from "~/features/challenges/challenge-card.tsx";
import { SubscribeLinks } from "~/features/following/feed-links-section.tsx";
import { FollowButton } from "~/features/following/follow-button.tsx";
import { loadAreaPage } from "~/features/taxonomy/area-pages.server.ts";
import { formatDate } from "~/kernel/japan-time.ts";
import { formatNumber } from "~/kernel/localize.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { textParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadAreaPage(request, textParam(params, "slug"));

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), ...(data?.feedLinks ?? [])];

export default function AreaPage() {
  const { area, status, figures, challengeGroups, initiatives, partners, follow, feedHref, subscribe, language } =
    useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const openCount = figures.byStatus.find((entry) => entry.status === "OPEN")?.count ?? 0;
  return (
    <div className="page area-page">
      <header className="page-banner">
        <div className="container">
          <Breadcrumbs items={[{ label: t("areas.breadcrumb"), to: "/areas" }, { label: area.name }]} />
          <p className="page-banner__eyebrow">{t(`areaKind.${area.kind}`)}</p>
          <h1>{area.name}</h1>
          {area.description ? <p className="lead">{area.description}</p> : null}
          <FollowButton state={follow} />
          <SubscribeLinks hrefs={subscribe} />
        </div>
      </header>
      <div className="container">
        <section aria-labelledby="figures-heading" className="prose-block">
          <h2 id="figures-heading" className="visually-hidden">
            {t("areas.figuresLabel", { name: area.name })}
          </h2>
          <dl className="count-row count-row--panel area-figures">
            <div>
              <dt>{t("areas.figures.openChallenges")}</dt>
              <dd>{formatNumber(language, openCount)}</dd>
            </div>
            <div>
              <dt>{t("areas.figures.challenges")}</dt>
              <dd>{formatNumber(language, figures.challenges)}</dd>
            </div>
            <div>
              <dt>{t("areas.figures.initiatives")}</dt>
              <dd>{formatNumber(language, figures.initiatives)}</dd>
            </div>
            <div>
              <dt>{t("areas.figures.partners")}</dt>
              <dd>{formatNumber(language, figures.partners)}</dd>
            </div>
          </dl>
        </section>

        <section aria-labelledby="challenges-heading" className="prose-block">
          <h2 id="challenges-heading">{t("areas.challengesHeading")}</h2>
          <Form method="get" className="area-status-filter">
            <label htmlFor="area-status">{t("areas.statusFilter")}</label>{" "}
            <select id="area-status" name="status" defaultValue={status ?? ""}>
              <option value="">{t("areas.allStatuses")}</option>
              {figures.byStatus.map((entry) => (
                <option key={entry.status} value={entry.status}>
                  {t(`challenge.status.${entry.status}`)}（{t("areas.statusCount", { count: entry.count })}）
                </option>
              ))}
            </select>{" "}
            <button type="submit" className="button">
              {t("areas.apply")}
            </button>
          </Form>
          {figures.challenges === 0 ? <p>{t("areas.noChallenges")}</p> : null}
          {challengeGroups
            .filter((group) => status || group.total > 0)
            .map((group) => (
              <section key={group.status} aria-labelledby={`status-${group.status}`} className="area-status-group">
                <h3 id={`status-${group.status}`}>
                  {t(`challenge.status.${group.status}`)} <span className="muted">{t("areas.statusCount", { count: group.total })}</span>
                </h3>
                {group.items.length ? (
                  <ul className="challenge-grid">
                    {group.items.map((challenge) => (
                      <li key={challenge.number}>
                        <ChallengeCard challenge={challenge} language={language} headingLevel={3} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>{t("areas.noChallengesOfStatus")}</p>
                )}
                {group.total > group.items.length ? (
                  <p>
                    <Link to={group.listHref}>{t("areas.viewAllOfStatus", { status: t(`challenge.status.${group.status}`) })} →</Link>
                  </p>
                ) : null}
              </section>
            ))}
        </section>

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

        <section aria-labelledby="partners-heading" className="prose-block">
          <h2 id="partners-heading">{t("areas.partnersHeading")}</h2>
          <p className="muted">{t("areas.partnersNote")}</p>
          {partners.items.length ? (
            <ul className="area-partners">
              {partners.items.map((partner) => (
                <li key={partner.id}>
                  <Link to={`/partners/${partner.id}`}>{partner.displayName}</Link>{" "}
                  <span className="muted">（{t(`areas.partnerKind.${partner.kind}`)}）</span>
                  {partner.headline ? <p>{partner.headline}</p> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("areas.noPartners")}</p>
          )}
          {partners.total > partners.items.length ? (
            <p className="muted">{t("areas.morePartners", { count: partners.total - partners.items.length })}</p>
          ) : null}
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
