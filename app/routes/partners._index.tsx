import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { Pagination } from "~/kernel/ui/pagination.tsx";
import { PartnerCard } from "~/features/partners/partner-profile.tsx";
import { formatNumber } from "~/kernel/localize.ts";
import { FieldOptions } from "~/features/taxonomy/index.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { loadPartnerDirectory } from "~/features/partners/partner-pages.server.ts";
import { localName, prefecturesOfRegion, regionKeys, regions, shiojiriRelationships } from "~/features/taxonomy/prefectures.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadPartnerDirectory(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function PartnerDirectory() {
  const { filters, options, items, total, page, pageSize, language, hasOwnProfile, canManage } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const submit = useSubmit();
  const navigation = useNavigation();
  const searching = navigation.state === "loading" && navigation.location.pathname === "/partners";
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const skillCategories = [...new Set(options.skills.map((skill) => skill.category))];
  // With JavaScript a choice in a list applies at once; without it, the search button does the same.
  const applyOnChange = (event: React.ChangeEvent<HTMLSelectElement>) =>
    submit(event.currentTarget.form, { replace: true, preventScrollReset: true });

  return (
    <div className="page partner-directory-page">
      <header className="page-banner">
        <div className="container">
          <Breadcrumbs items={[{ label: t("nav.partners") }]} />
          <h1>{t("partners.directory.title")}</h1>
          <p className="lead">{t("partners.directory.lead")}</p>
          <p className="partner-page__actions">
            <Link to="/account/partner" className="button button--primary">
              {hasOwnProfile ? t("partners.directory.editOwn") : t("partners.directory.becomePartner")}
            </Link>
            {canManage ? <Link to="/coordinate/partners">{t("partners.directory.coordinatorLink")}</Link> : null}
          </p>
        </div>
      </header>
      <div className="container challenge-list-layout">
        <section aria-labelledby="filters-heading" className="filter-panel">
          <h2 id="filters-heading">{t("partners.directory.filtersHeading")}</h2>
          <Form method="get" action="/partners" role="search" className="filter-form" id="partner-filters">
            <div className="field">
              <label htmlFor="filter-q">{t("partners.directory.keyword")}</label>
              <p id="filter-q-hint" className="field-hint">
                {t("partners.directory.keywordHint")}
              </p>
              <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={100} aria-describedby="filter-q-hint" />
            </div>
            <div className="field">
              <label htmlFor="filter-skill">{t("partners.directory.skill")}</label>
              <select id="filter-skill" name="skill" defaultValue={filters.skill ?? ""} onChange={applyOnChange}>
                <option value="">{t("partners.directory.any")}</option>
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
              <label htmlFor="filter-field">{t("partners.directory.field")}</label>
              <select id="filter-field" name="field" defaultValue={filters.field ?? ""} onChange={applyOnChange}>
                <option value="">{t("partners.directory.any")}</option>
                {options.strategies.map((strategy) => (
                  <optgroup key={strategy.code} label={t("home.strategyCode", { code: strategy.code })}>
                    <FieldOptions fields={options.fields} strategyCode={strategy.code} />
                  </optgroup>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="filter-relationship">{t("partners.directory.relationship")}</label>
              <select id="filter-relationship" name="relationship" defaultValue={filters.relationship ?? ""} onChange={applyOnChange}>
                <option value="">{t("partners.directory.any")}</option>
                {shiojiriRelationships.map((relationship) => (
                  <option key={relationship} value={relationship}>
                    {t(`partners.relationship.${relationship}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="filter-region">{t("partners.directory.region")}</label>
              <select id="filter-region" name="region" defaultValue={filters.regionValue ?? ""} onChange={applyOnChange}>
                <option value="">{t("partners.directory.any")}</option>
                {regionKeys.map((region) => (
                  <optgroup key={region} label={localName(language, regions[region])}>
                    <option value={region}>{t("partners.directory.regionAll", { region: localName(language, regions[region]) })}</option>
                    {prefecturesOfRegion(region).map((prefecture) => (
                      <option key={prefecture.code} value={String(prefecture.code)}>
                        {localName(language, prefecture)}
                      </option>
                    ))}
                  </optgroup>
                ))}
                <option value="abroad">{t("partners.directory.abroad")}</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="filter-kind">{t("partners.directory.kind")}</label>
              <select id="filter-kind" name="kind" defaultValue={filters.kind ?? ""} onChange={applyOnChange}>
                <option value="">{t("partners.directory.any")}</option>
                <option value="INDIVIDUAL">{t("partners.kind.INDIVIDUAL")}</option>
                <option value="ORGANISATION">{t("partners.kind.ORGANISATION")}</option>
              </select>
            </div>
            <div className="filter-form__actions">
              <button type="submit" className="button button--primary">
                {t("partners.directory.search")}
              </button>
              <Link to="/partners">{t("partners.directory.clear")}</Link>
            </div>
          </Form>
        </section>
        <section aria-labelledby="results-heading" className="results" aria-busy={searching || undefined}>
          <h2 id="results-heading" className="visually-hidden">
            {t("partners.directory.resultsHeading")}
          </h2>
          <p className="results__count" role="status">
            <strong>{t("partners.directory.resultCount", { count: total })}</strong>
            {total > 0 ? (
              <span className="muted">
                {" "}
                {t("partners.directory.resultRange", { from: formatNumber(language, from), to: formatNumber(language, to) })}
              </span>
            ) : null}
          </p>
          {items.length === 0 ? (
            <p className="empty-state">{t("partners.directory.noResults")}</p>
          ) : (
            <ul className="challenge-grid partner-grid">
              {items.map((partner) => (
                <li key={partner.id}>
                  <PartnerCard partner={partner} language={language} />
                </li>
              ))}
            </ul>
          )}
          <Pagination page={page} total={total} pageSize={pageSize} />
        </section>
      </div>
    </div>
  );
}
