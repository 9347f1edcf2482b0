import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { loadNoticesPage } from "~/features/moderation/moderation-pages.server.ts";
import { formatDateTime } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadNoticesPage(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function AccountNotices() {
  const { notices, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container narrow page">
      <h1>{t("moderation.notices.title")}</h1>
      <p className="lead">{t("moderation.notices.lead")}</p>
      {notices.length === 0 ? (
        <p>{t("moderation.notices.empty")}</p>
      ) : (
        <ol className="notice-list">
          {notices.map((notice) => (
            <li key={notice.id} className="panel">
              <p>
                <time dateTime={notice.createdAt}>{formatDateTime(language, notice.createdAt)}</time>
              </p>
              <p>
                <strong>
                  {t(`moderation.notices.kinds.${notice.kind}`, {
                    label: notice.targetLabel,
                    kind: notice.targetType ? t(`moderation.kinds.${notice.targetType}`) : "",
                  })}
                </strong>
              </p>
              {notice.reason ? <p>{t("moderation.notices.reason", { reason: t(`moderation.reasons.${notice.reason}`) })}</p> : null}
              {notice.note ? <p>{t("moderation.notices.note", { note: notice.note })}</p> : null}
            </li>
          ))}
        </ol>
      )}
      <p className="muted">{t("moderation.notices.contact")}</p>
    </div>
  );
}
