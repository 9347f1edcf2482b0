import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { loadContributions } from "~/features/engagements/contribution-pages.server.ts";
import { DataTable } from "~/kernel/ui/data-table.tsx";
import { formatDate } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadContributions(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function ContributionsPage() {
  const { records, year, years, totalHours, hasPartner, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container page">
      <h1>{t("engagements.records.title")}</h1>
      <p className="lead">{t("engagements.records.lead")}</p>
      {!hasPartner ? (
        <p className="empty-state">{t("engagements.records.noPartner")}</p>
      ) : (
        <>
          <Form method="get" className="filter-bar">
            <label htmlFor="records-year">{t("engagements.records.year")}</label>{" "}
            <select id="records-year" name="year" defaultValue={year}>
              {years.map((value) => (
                <option key={value} value={value}>
                  {t("engagements.records.yearValue", { year: value })}
                </option>
              ))}
            </select>{" "}
            <button type="submit" className="button">
              {t("engagements.records.show")}
            </button>
          </Form>
          <p>
            <a href={`/account/contributions.csv?year=${year}`} download>
              {t("engagements.records.csvDownload")}
            </a>
            {" · "}
            <Link to={`/account/contributions/certificate?year=${year}`}>{t("engagements.records.certificate")}</Link>
          </p>
          {records.length === 0 ? (
            <p className="empty-state">{t("engagements.records.empty")}</p>
          ) : (
            <>
              <DataTable
                caption={t("engagements.records.yearValue", { year })}
                columns={[
                  t("engagements.records.csv.date"),
                  t("engagements.records.csv.kind"),
                  t("engagements.records.csv.title"),
                  t("engagements.records.csv.hours"),
                  t("engagements.records.csv.strategy"),
                  t("engagements.records.csv.host"),
                  t("engagements.records.csv.confirmedBy"),
                ]}
              >
                {records.map((record) => (
                  <tr key={record.id}>
                    <td>{formatDate(language, record.occurredOn)}</td>
                    <td>{t(`engagements.records.kinds.${record.kind}`)}</td>
                    <th scope="row">
                      {record.engagementNumber ? <Link to={`/engagements/${record.engagementNumber}`}>{record.title}</Link> : record.title}
                    </th>
                    <td>{record.hours.toFixed(1)}</td>
                    <td>{record.strategy}</td>
                    <td>{record.hostName}</td>
                    <td>{record.confirmedByName}</td>
                  </tr>
                ))}
              </DataTable>
              <p>{t("engagements.records.total", { hours: totalHours.toFixed(1) })}</p>
            </>
          )}
        </>
      )}
    </div>
  );
}
