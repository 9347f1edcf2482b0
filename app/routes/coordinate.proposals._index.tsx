import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Pagination } from "~/kernel/ui/pagination.tsx";
import { PartnerKindLabel, ReviewStatusBadge, WaitingDays } from "~/features/proposals/proposal-review.tsx";
import { reviewAgeFilters, reviewStatusFilters } from "~/features/proposals/review-schemas.ts";
import { loadReviewQueue } from "~/features/proposals/review-pages.server.ts";
import { fieldMark } from "~/kernel/localize.ts";
import { FieldOptions } from "~/features/taxonomy/index.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { DataTable } from "~/kernel/ui/data-table.tsx";

export const loader = ({ request }: LoaderFunctionArgs) => loadReviewQueue(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function ReviewQueue() {
  const { filters, items, total, pageSize, strategies, fields, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container page coordinate-page review-queue-page">
      <p className="page-banner__eyebrow">{t("coordinate.title")}</p>
      <h1>{t("review.queue.title")}</h1>
      <p className="lead">{t("review.queue.lead")}</p>
      <p>
        <Link to="/coordinate/proposals/responses">{t("review.responses.link")}</Link>
      </p>
      <Form method="get" className="filter-bar" role="search" aria-label={t("review.queue.filtersLabel")}>
        <div className="field">
          <label htmlFor="review-status">{t("review.queue.statusLabel")}</label>
          <select id="review-status" name="status" defaultValue={filters.status}>
            {reviewStatusFilters.map((status) => (
              <option key={status} value={status}>
                {status === "waiting"
                  ? t("review.queue.statusWaiting")
                  : status === "all"
                    ? t("review.queue.statusAll")
                    : t(`review.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="review-strategy">{t("review.queue.strategyLabel")}</label>
          <select id="review-strategy" name="strategy" defaultValue={filters.strategy ?? ""}>
            <option value="">{t("review.queue.any")}</option>
            {strategies.map((strategy) => (
              <option key={strategy.code} value={strategy.code}>
                {t("review.strategyOption", {
                  code: strategy.code,
                  name: strategy.name,
                })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="review-field">{t("review.queue.fieldLabel")}</label>
          <select id="review-field" name="field" defaultValue={filters.field === undefined ? "" : String(filters.field)}>
            <option value="">{t("review.queue.any")}</option>
            {strategies.map((strategy) => (
              <optgroup
                key={strategy.code}
                label={t("review.strategyOption", {
                  code: strategy.code,
                  name: strategy.name,
                })}
              >
                <FieldOptions fields={fields} strategyCode={strategy.code} />
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="review-age">{t("review.queue.ageLabel")}</label>
          <select id="review-age" name="age" defaultValue={filters.age === undefined ? "" : String(filters.age)}>
            <option value="">{t("review.queue.anyAge")}</option>
            {reviewAgeFilters.map((days) => (
              <option key={days} value={String(days)}>
                {t("review.queue.ageAtLeast", { count: days })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="review-assignee">{t("review.queue.assigneeLabel")}</label>
          <select id="review-assignee" name="assignee" defaultValue={filters.assignee ?? ""}>
            <option value="">{t("review.queue.anyAssignee")}</option>
            <option value="me">{t("review.queue.assigneeMe")}</option>
            <option value="unassigned">{t("review.queue.assigneeNobody")}</option>
          </select>
        </div>
        {filters.challenge === undefined ? null : <input type="hidden" name="challenge" value={filters.challenge} />}
        <button type="submit" className="button">
          {t("review.queue.filter")}
        </button>
      </Form>
      {filters.challenge === undefined ? null : (
        <p className="notice">
          {t("review.queue.challengeOnly", { number: filters.challenge })}{" "}
          <Link to="/coordinate/proposals">{t("review.queue.challengeClear")}</Link>
        </p>
      )}
      <p role="status">{t("review.queue.resultCount", { count: total })}</p>
      {items.length === 0 ? (
        <p>{t("review.queue.empty")}</p>
      ) : (
        <DataTable
          className="coordinate-table review-queue"
          caption={t("review.queue.caption")}
          columns={[
            t("review.queue.columns.number"),
            t("review.queue.columns.title"),
            t("review.queue.columns.partner"),
            t("review.queue.columns.challenge"),
            t("review.queue.columns.classification"),
            t("review.queue.columns.status"),
            t("review.queue.columns.waiting"),
            t("review.queue.columns.assignee"),
          ]}
        >
          {items.map((item) => (
            <tr key={item.number}>
              <td>{item.number}</td>
              <th scope="row">
                <Link to={`/coordinate/proposals/${item.number}`}>{item.title}</Link>
              </th>
              <td>
                {item.partner.name} <PartnerKindLabel kind={item.partner.kind} />
              </td>
              <td>
                {item.challenge ? (
                  <Link to={`/challenges/${item.challenge.number}`}>{item.challenge.title}</Link>
                ) : (
                  <span className="muted">{t("review.freeProposal")}</span>
                )}
              </td>
              <td>
                <abbr title={item.strategy.name}>{item.strategy.code}</abbr>
                {item.field ? (
                  <span className="review-queue__field">
                    <span aria-hidden="true">{fieldMark(item.field.number)} </span>
                    {item.field.name}
                  </span>
                ) : null}
              </td>
              <td>
                <ReviewStatusBadge status={item.status} />
              </td>
              <td>
                <WaitingDays status={item.status} days={item.daysInStatus} since={item.statusChangedAt} language={language} />
              </td>
              <td>
                {item.assignee ? (
                  item.assignee.isViewer ? (
                    t("review.you", { name: item.assignee.name })
                  ) : (
                    item.assignee.name
                  )
                ) : (
                  <span className="muted">{t("review.unassigned")}</span>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={filters.page} total={total} pageSize={pageSize} />
    </div>
  );
}
