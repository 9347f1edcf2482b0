import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { loadModerationQueue } from "~/features/moderation/moderation-pages.server.ts";
import { kindOf } from "~/features/moderation/moderation-options.ts";
import { formatDateTime } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { Pagination } from "~/kernel/ui/pagination.tsx";

export const loader = ({ request }: LoaderFunctionArgs) => loadModerationQueue(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function ModerationQueue() {
  const { items, total, pageSize, filters, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container page">
      <h1>{t("moderation.queue.title")}</h1>
      <p className="lead">{t("moderation.queue.lead")}</p>
      <Form method="get" className="filter-bar">
        <div className="field">
          <label htmlFor="queue-status">{t("moderation.queue.state")}</label>
          <select id="queue-status" name="status" defaultValue={filters.status}>
            <option value="open">{t("moderation.queue.open")}</option>
            <option value="all">{t("moderation.queue.all")}</option>
          </select>
        </div>
        <button type="submit" className="button">
          {t("moderation.queue.show")}
        </button>
      </Form>
      <p role="status">{t("moderation.queue.resultCount", { count: total })}</p>
      {items.length === 0 ? (
        <p>{t("moderation.queue.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t("moderation.queue.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("moderation.queue.target")}</th>
                <th scope="col">{t("moderation.queue.kind")}</th>
                <th scope="col">{t("moderation.queue.count")}</th>
                <th scope="col">{t("moderation.queue.reasons")}</th>
                <th scope="col">{t("moderation.queue.first")}</th>
                <th scope="col">{t("moderation.queue.last")}</th>
                <th scope="col">{t("moderation.queue.state")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={`${item.targetType}-${item.targetId}`}>
                  <td>
                    <Link to={`/moderation/${kindOf(item.targetType)}/${item.targetId}`}>{item.label || item.targetId.slice(0, 8)}</Link>
                  </td>
                  <td>{t(`moderation.kinds.${item.targetType}`)}</td>
                  <td>
                    {item.open} / {item.reports}
                  </td>
                  <td>{item.reasons.map((reason) => t(`moderation.reasons.${reason}`)).join(language === "ja" ? "、" : ", ")}</td>
                  <td>
                    <time dateTime={item.firstAt}>{formatDateTime(language, item.firstAt)}</time>
                  </td>
                  <td>
                    <time dateTime={item.lastAt}>{formatDateTime(language, item.lastAt)}</time>
                  </td>
                  <td>
                    <span className={`badge ${item.hidden ? "badge--warn" : "badge--ok"}`}>
                      {item.hidden ? t("moderation.queue.hidden") : t("moderation.queue.visible")}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={filters.page} total={total} pageSize={pageSize} />
    </div>
  );
}
