import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { InitiativeCard } from "~/features/initiatives/initiative-list.tsx";
import { Pagination } from "~/kernel/ui/pagination.tsx";
import { initiativeStatuses } from "~/features/initiatives/initiative-options.ts";
import { loadInitiativeList } from "~/features/initiatives/initiative-pages.server.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadInitiativeList(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function InitiativeList() {
  const { filters, options, items, total, page, pageSize, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const navigation = useNavigation();
  const loading = navigation.state === "loading" && navigation.location.pathname === "/initiatives";
  return (
    <div className="page challenge-list-page initiative-list-page">
      <header className="page-banner">
        <div className="container">
          <Breadcrumbs items={[{ label: t("initiatives.title") }]} />
          <h1>{t("initiatives.title")}</h1>
          <p className="lead">{t("initiatives.lead")}</p>
          <p className="calendar-link">
            <a href="/calendar.ics" type="text/calendar">
              {t("subscribe.links.ical")}: {t("subscribe.links.hubCalendar")}
            </a>
          </p>
        </div>
      </header>
      <div className="container challenge-list-layout">
        <section aria-labelledby="filters-heading" className="filter-panel">
          <h2 id="filters-heading">{t("initiatives.list.filtersLegend")}</h2>
          <Form method="get" action="/initiatives" role="search" className="filter-form">
            <div className="field">
              <label htmlFor="filter-strategy">{t("initiatives.list.strategy")}</label>
              <select id="filter-strategy" name="strategy" defaultValue={filters.strategy ?? ""}>
                <option value="">{t("initiatives.list.any")}</option>
                {options.strategies.map((strategy) => (
                  <option key={strategy.code} value={strategy.code}>
                    {strategy.code}. {strategy.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="filter-field">{t("initiatives.list.field")}</label>
              <select id="filter-field" name="field" defaultValue={filters.field ? String(filters.field) : ""}>
                <option value="">{t("initiatives.list.any")}</option>
                {options.fields.map((field) => (
                  <option key={field.number} value={String(field.number)}>
                    {field.strategyCode}-{field.number} {field.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="filter-area">{t("initiatives.list.area")}</label>
              <select id="filter-area" name="area" defaultValue={filters.area ?? ""}>
                <option value="">{t("initiatives.list.any")}</option>
                {options.areas.map((area) => (
                  <option key={area.slug} value={area.slug}>
                    {area.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="filter-status">{t("initiatives.list.status")}</label>
              <select id="filter-status" name="status" defaultValue={filters.status ?? ""}>
                <option value="">{t("initiatives.list.any")}</option>
                {initiativeStatuses.map((status) => (
                  <option key={status} value={status}>
                    {t(`initiatives.status.${status}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="filter-form__actions">
              <button type="submit" className="button button--primary">
                {t("initiatives.list.apply")}
              </button>
              <Link to="/initiatives">{t("initiatives.list.clear")}</Link>
            </div>
          </Form>
        </section>
        <section aria-labelledby="results-heading" className="results" aria-busy={loading || undefined}>
          <h2 id="results-heading" className="results__count" aria-live="polite">
            {t("initiatives.list.results", { count: total })}
          </h2>
          {items.length === 0 ? (
            <p className="empty-state">{t("initiatives.list.empty")}</p>
          ) : (
            <ol className="challenge-list">
              {items.map((initiative) => (
                <li key={initiative.number}>
                  <InitiativeCard initiative={initiative} language={language} headingLevel={3} />
                </li>
              ))}
            </ol>
          )}
          <Pagination page={page} total={total} pageSize={pageSize} />
        </section>
      </div>
    </div>
  );
}
