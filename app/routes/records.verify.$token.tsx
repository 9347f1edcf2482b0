import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { loadRecordVerification } from "~/features/engagements/contribution-pages.server.ts";
import { formatDate } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { textParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadRecordVerification(request, textParam(params, "token"));

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

/** Anyone, signed out, confirms that a certificate's record is genuine: the record as the hub holds it now. */
export default function RecordVerificationPage() {
  const { record, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container page">
      <h1>{t("engagements.records.verifyTitle")}</h1>
      {record ? (
        <>
          <p className="notice notice--success">{t("engagements.records.verifyValid")}</p>
          <dl className="detail-list">
            <dt>{t("engagements.records.partner")}</dt>
            <dd>{record.partnerName}</dd>
            <dt>{t("engagements.records.csv.title")}</dt>
            <dd>{record.title}</dd>
            <dt>{t("engagements.records.csv.kind")}</dt>
            <dd>{t(`engagements.records.kinds.${record.kind}`)}</dd>
            <dt>{t("engagements.records.csv.date")}</dt>
            <dd>{formatDate(language, record.occurredOn)}</dd>
            <dt>{t("engagements.records.csv.hours")}</dt>
            <dd>{t("engagements.reflections.hoursValue", { hours: record.hours.toFixed(1) })}</dd>
            <dt>{t("engagements.records.csv.strategy")}</dt>
            <dd>{record.strategy}</dd>
            <dt>{t("engagements.records.csv.host")}</dt>
            <dd>{record.hostName}</dd>
            <dt>{t("engagements.records.csv.confirmedBy")}</dt>
            <dd>{record.confirmedByName}</dd>
          </dl>
        </>
      ) : (
        <p className="notice notice--error">{t("engagements.records.verifyInvalid")}</p>
      )}
    </div>
  );
}
