import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import type { OpenDataItem } from "~/features/challenges/challenge-export.server.ts";
import { loadOpenDataPage } from "~/features/challenges/open-data-pages.server.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { dashboardCsvColumns } from "~/features/dashboard/dashboard.ts";
import {
  activityFeedAddresses,
  apiEndpoints,
  apiParameters,
  calendarAddresses,
  csvColumns,
  FEED_ENTRY_LIMIT,
  feedAddresses,
  openDataLicence,
} from "~/features/challenges/open-data.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadOpenDataPage(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), ...(data?.feedLinks ?? [])];

const feedExamples: Record<(typeof feedAddresses)[number]["key"], string> = {
  all: "/challenges.atom",
  strategy: "/strategies/A/challenges.atom",
  field: "/fields/4/challenges.atom",
  area: "/areas/narakawa/challenges.atom",
};

const apiExamples: Record<(typeof apiEndpoints)[number]["key"], string> = {
  list: "/api/challenges?strategy=B&status=OPEN&page=1&pageSize=20",
  one: "/api/challenges/1",
};

/** What /api/challenges answers, written out; typed as the API's item so the example cannot drift from it. */
function exampleResponse(origin: string) {
  const item: OpenDataItem = {
    number: 12,
    url: `${origin}/challenges/12`,
    status: "OPEN",
    titleJa: "ワイナリーの在庫管理をデータで変えたい",
    titleEn: "Rethinking a winery's stock control with data",
    summaryJa: "桔梗ヶ原のワイナリーで、在庫と販売のデータを一緒に活用してくれる企業を探しています。",
    summaryEn: "A winery in Kikyogahara is looking for a company to put its stock and sales data to work.",
    strategy: {
      code: "B",
      nameJa: "共創で新たな付加価値を生み循環させ、イキイキと暮らす",
      nameEn: "Creating and circulating new value through co-creation, living vibrantly",
    },
    fields: [{ number: 4, nameJa: "地域経済・産業・観光・就労", nameEn: "Local economy, industry, tourism and work", primary: true }],
    area: { slug: "hirooka", nameJa: "広丘", nameEn: "Hirooka" },
    period: { number: 1, nameJa: "中期戦略 1期（令和6〜8年度）", nameEn: "Mid-term period 1 (FY2024–2026)" },
    skills: [{ slug: "data-analysis", nameJa: "データ分析", nameEn: "Data analysis" }],
    workStyles: ["REMOTE", "HYBRID"],
    engagementTypes: ["COMPANY_PARTNERSHIP"],
    capacity: 1,
    hoursPerMonth: 20,
    languages: ["ja"],
    deadline: "2027-03-31",
    publishedAt: "2026-11-20T01:00:00.000Z",
    updatedAt: "2026-11-22T05:30:00.000Z",
    ownerDepartmentJa: "産業振興事業部",
    ownerDepartmentEn: "Industrial Promotion Division",
    licence: openDataLicence.id,
  };
  const link = (page: number) => `${origin}/api/challenges?strategy=B&page=${page}&pageSize=1`;
  return JSON.stringify(
    { data: [item], meta: { total: 3, page: 1, pageSize: 1, totalPages: 3 }, links: { self: link(1), next: link(2), prev: null } },
    null,
    2,
  );
}

export default function OpenDataPage() {
  const { origin, areas, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const deed = language === "en" ? openDataLicence.deedEn : openDataLicence.deedJa;
  return (
    <div className="page open-data-page">
      <header className="page-banner">
        <div className="container">
          <Breadcrumbs items={[{ label: t("openData.title") }]} />
          <h1>{t("openData.title")}</h1>
          <p className="lead">{t("openData.lead")}</p>
        </div>
      </header>
      <div className="container">
        <section aria-labelledby="od-contents" className="prose-block">
          <h2 id="od-contents">{t("openData.contentsHeading")}</h2>
          <ul>
            <li>
              <a href="#od-feeds">{t("openData.contents.feeds", { limit: FEED_ENTRY_LIMIT })}</a>
            </li>
            <li>
              <a href="#od-subscribe">{t("subscribe.openData.heading")}</a>
            </li>
            <li>
              <a href="#od-api">{t("openData.contents.api")}</a>
            </li>
            <li>
              <a href="#od-csv">{t("openData.contents.csv")}</a>
            </li>
            <li>
              <a href="#od-dashboard">{t("dashboard.openData.contents")}</a>
            </li>
          </ul>
          <p>{t("openData.scope")}</p>
        </section>

        <section aria-labelledby="od-licence" className="prose-block">
          <h2 id="od-licence">{t("openData.licenceHeading")}</h2>
          <p>{t("openData.licenceBody")}</p>
          <p>
            <a href={deed} rel="license">
              {t("openData.licenceLink")}
            </a>
          </p>
          <p className="open-data__label">{t("openData.attributionLabel")}</p>
          <p className="open-data__attribution">{t("openData.attribution")}</p>
          <p>{t("openData.attributionNote")}</p>
        </section>

        <section aria-labelledby="od-frequency" className="prose-block">
          <h2 id="od-frequency">{t("openData.frequencyHeading")}</h2>
          <p>{t("openData.frequencyBody")}</p>
        </section>

        <section aria-labelledby="od-feeds" className="prose-block">
          <h2 id="od-feeds">{t("openData.feedsHeading")}</h2>
          <p>{t("openData.feedsIntro", { limit: FEED_ENTRY_LIMIT })}</p>
          <table className="data-table open-data__table">
            <caption className="visually-hidden">{t("openData.feedsHeading")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("openData.address")}</th>
                <th scope="col">{t("openData.contentsColumn")}</th>
                <th scope="col">{t("openData.example")}</th>
              </tr>
            </thead>
            <tbody>
              {feedAddresses.map((feed) => (
                <tr key={feed.key}>
                  <th scope="row">
                    <code>{feed.path}</code>
                  </th>
                  <td>{t(`openData.feed.${feed.key}`)}</td>
                  <td>
                    <a href={feedExamples[feed.key]} type="application/atom+xml">
                      <code>{feedExamples[feed.key]}</code>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>{t("openData.feedsFilters")}</p>
          <p>{t("openData.feedsLanguage")}</p>
          <p>{t("openData.feedsNotFound")}</p>
          <h3 id="od-areas">{t("openData.areasHeading")}</h3>
          <table className="data-table open-data__table">
            <caption className="visually-hidden">{t("openData.areasHeading")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("openData.slug")}</th>
                <th scope="col">{t("openData.name")}</th>
              </tr>
            </thead>
            <tbody>
              {areas.map((area) => (
                <tr key={area.slug}>
                  <th scope="row">
                    <code>{area.slug}</code>
                  </th>
                  <td>{area.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section aria-labelledby="od-subscribe" className="prose-block">
          <h2 id="od-subscribe">{t("subscribe.openData.heading")}</h2>
          <p>{t("subscribe.openData.intro", { limit: FEED_ENTRY_LIMIT })}</p>
          <table className="data-table open-data__table">
            <caption className="visually-hidden">{t("subscribe.openData.heading")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("openData.address")}</th>
                <th scope="col">{t("openData.contentsColumn")}</th>
                <th scope="col">{t("openData.example")}</th>
              </tr>
            </thead>
            <tbody>
              {activityFeedAddresses.map((feed) => (
                <tr key={`atom-${feed.key}`}>
                  <th scope="row">
                    <code>{feed.path}</code>
                  </th>
                  <td>{t(`subscribe.openData.activity.${feed.key}`)}</td>
                  <td>
                    {feed.example ? (
                      <a href={feed.example} type="application/atom+xml">
                        <code>{feed.example}</code>
                      </a>
                    ) : null}
                  </td>
                </tr>
              ))}
              {calendarAddresses.map((calendar) => (
                <tr key={`ics-${calendar.key}`}>
                  <th scope="row">
                    <code>{calendar.path}</code>
                  </th>
                  <td>{t(`subscribe.openData.calendar.${calendar.key}`)}</td>
                  <td>
                    {calendar.example ? (
                      <a href={calendar.example} type="text/calendar">
                        <code>{calendar.example}</code>
                      </a>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>{t("subscribe.openData.calendarFilters")}</p>
          <p>{t("subscribe.openData.language")}</p>
        </section>

        <section aria-labelledby="od-api" className="prose-block">
          <h2 id="od-api">{t("openData.apiHeading")}</h2>
          <p>{t("openData.apiIntro")}</p>
          <table className="data-table open-data__table">
            <caption className="visually-hidden">{t("openData.apiHeading")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("openData.address")}</th>
                <th scope="col">{t("openData.contentsColumn")}</th>
                <th scope="col">{t("openData.example")}</th>
              </tr>
            </thead>
            <tbody>
              {apiEndpoints.map((endpoint) => (
                <tr key={endpoint.key}>
                  <th scope="row">
                    <code>GET {endpoint.path}</code>
                  </th>
                  <td>{t(`openData.api.${endpoint.key}`)}</td>
                  <td>
                    <a href={apiExamples[endpoint.key]} type="application/json">
                      <code>{apiExamples[endpoint.key]}</code>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3 id="od-parameters">{t("openData.parametersHeading")}</h3>
          <table className="data-table open-data__table">
            <caption className="visually-hidden">{t("openData.parametersHeading")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("openData.parameter")}</th>
                <th scope="col">{t("openData.values")}</th>
              </tr>
            </thead>
            <tbody>
              {apiParameters.map((parameter) => (
                <tr key={parameter}>
                  <th scope="row">
                    <code>{parameter}</code>
                  </th>
                  <td>{t(`openData.parameters.${parameter}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>{t("openData.apiErrors")}</p>
          <h3 id="od-example">{t("openData.exampleHeading")}</h3>
          <pre className="open-data__example">
            <code>{exampleResponse(origin)}</code>
          </pre>
        </section>

        <section aria-labelledby="od-csv" className="prose-block">
          <h2 id="od-csv">{t("openData.csvHeading")}</h2>
          <p>{t("openData.csvIntro")}</p>
          <p>
            <a href="/challenges.csv" className="button" download>
              {t("openData.csvDownload")}
            </a>{" "}
            <code>GET /challenges.csv</code>
          </p>
          <p>{t("openData.csvFormat")}</p>
          <table className="data-table open-data__table">
            <caption className="visually-hidden">{t("openData.csvHeading")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("openData.column")}</th>
                <th scope="col">{t("openData.meaning")}</th>
              </tr>
            </thead>
            <tbody>
              {csvColumns.map((column) => (
                <tr key={column}>
                  <th scope="row">
                    <code>{column}</code>
                  </th>
                  <td>{t(`openData.columns.${column}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section aria-labelledby="od-dashboard" className="prose-block">
          <h2 id="od-dashboard">{t("dashboard.openData.heading")}</h2>
          <p>{t("dashboard.openData.intro")}</p>
          <p>
            <a href="/dashboard.csv" className="button" download>
              {t("dashboard.download.csv")}
            </a>{" "}
            <code>GET /dashboard.csv</code>
          </p>
          <p>
            <a href="/dashboard.json" type="application/json">
              {t("dashboard.download.json")}
            </a>{" "}
            <code>GET /dashboard.json?strategy=B&amp;period=1</code>
          </p>
          <p>{t("dashboard.openData.format")}</p>
          <p>{t("dashboard.openData.privacy")}</p>
          <table className="data-table open-data__table">
            <caption className="visually-hidden">{t("dashboard.openData.columnsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("openData.column")}</th>
                <th scope="col">{t("openData.meaning")}</th>
              </tr>
            </thead>
            <tbody>
              {dashboardCsvColumns.map((column) => (
                <tr key={column}>
                  <th scope="row">
                    <code>{column}</code>
                  </th>
                  <td>{t(`dashboard.openData.columns.${column}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section aria-labelledby="od-contact" className="prose-block">
          <h2 id="od-contact">{t("openData.contactHeading")}</h2>
          <p>{t("openData.contactBody")}</p>
        </section>
      </div>
    </div>
  );
}
