import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { loadCertificate } from "~/features/engagements/contribution-pages.server.ts";
import { formatDate } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadCertificate(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

/** A printable certificate: each record with its verification address, which anyone can open signed out. */
export default function CertificatePage() {
  const { year, partnerName, records, totalHours, issuedOn, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container page certificate-page">
      <h1>{t("engagements.records.certificateTitle", { year })}</h1>
      <p className="lead">{t("engagements.records.certificateLead", { name: partnerName })}</p>
      {records.length === 0 ? <p className="empty-state">{t("engagements.records.empty")}</p> : null}
      <ol className="certificate-records">
        {records.map((record) => (
          <li key={record.id}>
            <p>
              <strong>{record.title}</strong> — {formatDate(language, record.occurredOn)} · {t(`engagements.records.kinds.${record.kind}`)}{" "}
              · {t("engagements.reflections.hoursValue", { hours: record.hours.toFixed(1) })}
            </p>
            <p>
              {t("engagements.records.csv.host")}: {record.hostName} · {t("engagements.records.csv.confirmedBy")}: {record.confirmedByName}
            </p>
            <p className="certificate-verify">
              {t("engagements.records.verifyAt")}: <a href={record.verifyUrl}>{record.verifyUrl}</a>
            </p>
          </li>
        ))}
      </ol>
      <p>{t("engagements.records.total", { hours: totalHours.toFixed(1) })}</p>
      <p>{t("engagements.records.verifyNote")}</p>
      <p>{t("engagements.records.certificateIssued", { date: formatDate(language, issuedOn) })}</p>
      <p className="muted">
        {t("site.name")}（{t("site.operator")}）
      </p>
    </div>
  );
}
