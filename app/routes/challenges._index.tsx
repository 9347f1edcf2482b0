import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { ChallengeCard } from "~/features/challenges/challenge-card.tsx";
import { Pagination } from "~/kernel/ui/pagination.tsx";
import { loadChallengeList } from "~/features/challenges/challenge-pages.server.ts";
import { engagementTypes, publicChallengeStatuses, workStyles } from "~/features/challenges/challenge-options.ts";
import { formatNumber } from "~/kernel/localize.ts";
import { FieldOptions } from "~/features/taxonomy/index.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadChallengeList(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), ...(data?.feedLinks ?? [])];

export default function ChallengeList() {
  const { filters, options, items, total, page, pageSize, language, feedHref } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  // An area filter leads on to the area's own page (its initiatives, a follow button).
  const selectedArea = filters.area ? options.areas.find((area) => area.slug === filters.area) : undefined;
  const submit = useSubmit();
  const navigation = useNavigation();
  const searching = navigation.state === "loading" && navigation.location.pathname === "/challenges";
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const areaKinds = [...new Set(options.areas.map((area) => area.kind))];
  const activeFilterCount = (["strategy", "field", "area", "skill", "workStyle", "engagementType", "status", "period"] as const).filter(
    (key) => filters[key] !== undefined,
  ).length;
  const skillCategories = [...new Set(options.skills.map((skill) => skill.category))];

  // With JavaScript a choice in a list applies at once; without it, the search button does the same.
  const applyOnChange = (event: React.ChangeEvent<HTMLSelectElement>) =>
    submit(event.currentTarget.form, { replace: true, preventScrollReset: true });

  return (
    <div className="page challenge-list-page">
      <header className="page-banner">
        <div className="container">
          <Breadcrumbs items={[{ label: t("nav.challenges") }]} />
          <h1>{t("challenge.listTitle")}</h1>
          <p className="lead">{t("challenge.listLead")}</p>
        </div>
      </header>
      <div className="container challenge-list-layout">
        <section aria-labelledby="filters-heading" className="filter-panel">
          <h2 id="filters-heading">{t("challenge.filtersHeading")}</h2>
          <Form method="get" action="/challenges" role="search" className="filter-form">
            <div className="field">
              <label htmlFor="filter-q">{t("challenge.keyword")}</label>
              <p id="filter-q-hint" className="field-hint">
                {t("challenge.keywordHint")}
              </p>
              <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={100} aria-describedby="filter-q-hint" />
            </div>
            {/* On a phone the other filters fold away under the keyword, so results are one scroll away; on wide
                screens they always show (app.css). Open whenever one of them is in use. */}
            <details className="filter-more" open={activeFilterCount > 0 || undefined}>
              <summary>{t("challenge.moreFilters", { count: activeFilterCount })}</summary>
              <div className="filter-more__fields">
                <div className="field">
                  <label htmlFor="filter-strategy">{t("challenge.strategy")}</label>
                  <select id="filter-strategy" name="strategy" defaultValue={filters.strategy ?? ""} onChange={applyOnChange}>
                    <option value="">{t("challenge.any")}</option>
                    {options.strategies.map((strategy) => (
                      <option key={strategy.code} value={strategy.code}>
                        {t("home.strategyCode", { code: strategy.code })}：{strategy.name}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor="filter-field">{t("challenge.field")}</label>
                  <select id="filter-field" name="field" defaultValue={filters.field ?? ""} onChange={applyOnChange}>
                    <option value="">{t("challenge.any")}</option>
                    {options.strategies.map((strategy) => (
                      <optgroup key={strategy.code} label={t("home.strategyCode", { code: strategy.code })}>
                        <FieldOptions fields={options.fields} strategyCode={strategy.code} />
                      </optgroup>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor="filter-area">{t("challenge.area")}</label>
                  <select id="filter-area" name="area" defaultValue={filters.area ?? ""} onChange={applyOnChange}>
                    <option value="">{t("challenge.any")}</option>
                    {areaKinds.map((kind) => (
                      <optgroup key={kind} label={t(`areaKind.${kind}`)}>
                        {options.areas
                          .filter((area) => area.kind === kind)
                          .map((area) => (
                            <option key={area.slug} value={area.slug}>
                              {area.name}
                            </option>
                          ))}
                      </optgroup>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor="filter-skill">{t("challenge.skill")}</label>
                  <select id="filter-skill" name="skill" defaultValue={filters.skill ?? ""} onChange={applyOnChange}>
                    <option value="">{t("challenge.any")}</option>
                    {skillCategories.map((category) => (
                      <optgroup key={category} label={category}>
                        {options.skills
                          .filter((skill) => skill.category === category)
                          .map((skill) => (
                            <option key={skill.slug} value={skill.slug}>
                              {skill.name}
                            </option>
                          ))}
                      </optgroup>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor="filter-work-style">{t("challenge.workStyleLabel")}</label>
                  <select id="filter-work-style" name="workStyle" defaultValue={filters.workStyle ?? ""} onChange={applyOnChange}>
                    <option value="">{t("challenge.any")}</option>
                    {workStyles.map((style) => (
                      <option key={style} value={style}>
                        {t(`challenge.workStyle.${style}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor="filter-engagement">{t("challenge.engagementTypeLabel")}</label>
                  <select id="filter-engagement" name="engagementType" defaultValue={filters.engagementType ?? ""} onChange={applyOnChange}>
                    <option value="">{t("challenge.any")}</option>
                    {engagementTypes.map((type) => (
                      <option key={type} value={type}>
                        {t(`challenge.engagementType.${type}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor="filter-status">{t("challenge.statusLabel")}</label>
                  <select id="filter-status" name="status" defaultValue={filters.status ?? ""} onChange={applyOnChange}>
                    <option value="">{t("challenge.any")}</option>
                    {publicChallengeStatuses.map((status) => (
                      <option key={status} value={status}>
                        {t(`challenge.status.${status}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor="filter-period">{t("challenge.period")}</label>
                  <select id="filter-period" name="period" defaultValue={filters.period ?? ""} onChange={applyOnChange}>
                    <option value="">{t("challenge.any")}</option>
                    {options.periods.map((period) => (
                      <option key={period.number} value={period.number}>
                        {period.name}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor="filter-sort">{t("challenge.sortLabel")}</label>
                  <select id="filter-sort" name="sort" defaultValue={filters.sort ?? "newest"} onChange={applyOnChange}>
                    <option value="newest">{t("challenge.sort.newest")}</option>
                    <option value="deadline">{t("challenge.sort.deadline")}</option>
                  </select>
                </div>
              </div>
            </details>
            <div className="filter-form__actions">
              <button type="submit" className="button button--primary">
                {t("challenge.search")}
              </button>
              <Link to="/challenges">{t("challenge.clear")}</Link>
            </div>
          </Form>
        </section>
        <section aria-labelledby="results-heading" className="results" aria-busy={searching || undefined}>
          <h2 id="results-heading" className="visually-hidden">
            {t("challenge.resultsHeading")}
          </h2>
          <p className="results__count" role="status">
            <strong>{t("challenge.resultCount", { count: total })}</strong>
            {total > 0 ? (
              <span className="muted">
                {" "}
                {t("challenge.resultRange", { from: formatNumber(language, from), to: formatNumber(language, to) })}
              </span>
            ) : null}
          </p>
          {selectedArea ? (
            <p>
              <Link to={`/areas/${selectedArea.slug}`}>{t("following.area.pageLink", { name: selectedArea.name })}</Link>
            </p>
          ) : null}
          {items.length === 0 ? (
            <p className="empty-state">{t("challenge.noResults")}</p>
          ) : (
            <ol className="challenge-list">
              {items.map((challenge) => (
                <li key={challenge.number}>
                  <ChallengeCard challenge={challenge} language={language} />
                </li>
              ))}
            </ol>
          )}
          <Pagination page={page} total={total} pageSize={pageSize} />
          <p className="feed-link">
            <a href={feedHref} type="application/atom+xml">
              {t("challenge.feedLink")}
            </a>
          </p>
        </section>
      </div>
    </div>
  );
}
