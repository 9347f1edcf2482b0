import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { loadCspReports } from "~/features/admin/csp-reports.server.ts";
import { formatDateTime } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadCspReports(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function AdminCspReports() {
  const { reports, byDirective, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("admin.cspTitle")}</h1>
      <p className="lead">{t("admin.cspLead")}</p>
      {reports.length === 0 ? (
        <p>{t("admin.cspEmpty")}</p>
      ) : (
        <>
          <h2>{t("admin.cspByDirective")}</h2>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t("admin.cspByDirective")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("admin.cspDirective")}</th>
                  <th scope="col">{t("admin.cspCount")}</th>
                </tr>
              </thead>
              <tbody>
                {byDirective.map((row) => (
                  <tr key={row.directive}>
                    <td lang="en">{row.directive || "—"}</td>
                    <td>{row.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t("admin.cspTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("admin.cspReceivedAt")}</th>
                  <th scope="col">{t("admin.cspDirective")}</th>
                  <th scope="col">{t("admin.cspBlocked")}</th>
                  <th scope="col">{t("admin.cspDocument")}</th>
                  <th scope="col">{t("admin.cspSource")}</th>
                  <th scope="col">{t("admin.cspBrowser")}</th>
                </tr>
              </thead>
              <tbody>
                {reports.map((report) => (
                  <tr key={report.id}>
                    <td>
                      <time dateTime={new Date(report.createdAt).toISOString()}>{formatDateTime(language, report.createdAt)}</time>
                    </td>
                    <td lang="en">{report.effectiveDirective || "—"}</td>
                    <td lang="en">{report.blockedUrl || "—"}</td>
                    <td lang="en">{report.documentUrl}</td>
                    <td lang="en">{report.sourceFile ? `${report.sourceFile}${report.lineNumber ? `:${report.lineNumber}` : ""}` : "—"}</td>
                    <td lang="en">{report.userAgent}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
