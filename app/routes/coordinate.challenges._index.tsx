import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Pagination } from "~/kernel/ui/pagination.tsx";
import { getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { listChallengesForCoordinators } from "~/features/challenges/challenge.server.ts";
import { countProposalsForChallenges } from "~/features/proposals/proposal.server.ts";
import { challengeStatuses } from "~/features/challenges/schemas.ts";
import { requirePermission } from "~/kernel/auth/guards.server.ts";
import { formatDateTime } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { hasPermission } from "~/kernel/auth/permissions.ts";
import { DataTable } from "~/kernel/ui/data-table.tsx";

// A hand-edited address falls back to defaults instead of failing.
const filtersSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(challengeStatuses).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "challenge:edit");
  const filters = filtersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const language = await getLanguage(request);
  const [result, meta] = await Promise.all([
    listChallengesForCoordinators({ status: filters.status, q: filters.q || undefined, page: filters.page }, language),
    translatedMeta(
      request,
      {
        title: "coordinate.challengesTitle",
        description: "coordinate.challengesLead",
      },
      { noindex: true }
    ),
  ]);
  const proposalCounts = await countProposalsForChallenges(result.items.map((item) => item.id));
  return {
    filters,
    language,
    canCreate: hasPermission(user.roles, "challenge:create"),
    total: result.total,
    pageSize: result.pageSize,
    items: result.items.map((item) => ({
      number: item.number,
      title: item.title,
      status: item.status,
      strategyCode: item.strategy.code,
      strategyName: item.strategy.name,
      updatedAt: item.updatedAt,
      updatedBy: item.updatedBy,
      proposals: proposalCounts.get(item.id) ?? 0,
    })),
    meta,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function CoordinateChallenges() {
  const { items, total, pageSize, filters, language, canCreate } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container page coordinate-page">
      <p className="page-banner__eyebrow">{t("coordinate.title")}</p>
      <div className="coordinate-heading">
        <h1>{t("coordinate.challengesTitle")}</h1>
        {canCreate ? (
          <Link to="/coordinate/challenges/new" className="button button--primary">
            {t("coordinate.newChallenge")}
          </Link>
        ) : null}
      </div>
      <p className="lead">{t("coordinate.challengesLead")}</p>
      <p>
        <Link to="/coordinate/matching/batch">{t("matching.batch.linkFromChallenges")}</Link>
      </p>
      <Form method="get" className="filter-bar" role="search">
        <div className="field">
          <label htmlFor="challenge-search">{t("coordinate.keyword")}</label>
          <input id="challenge-search" type="search" name="q" defaultValue={filters.q ?? ""} maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="challenge-status">{t("coordinate.statusFilter")}</label>
          <select id="challenge-status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">{t("coordinate.allStatuses")}</option>
            {challengeStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`challenge.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("coordinate.filter")}
        </button>
      </Form>
      <p role="status">{t("coordinate.resultCount", { count: total })}</p>
      {items.length === 0 ? (
        <p>{t("coordinate.noChallenges")}</p>
      ) : (
        <DataTable
          className="coordinate-table"
          caption={t("coordinate.challengesTitle")}
          columns={[
            t("coordinate.number"),
            t("coordinate.challengeTitle"),
            t("coordinate.status"),
            t("coordinate.strategy"),
            t("review.challengeCount.coordinateColumn"),
            t("coordinate.updated"),
            t("coordinate.actions"),
          ]}
        >
          {items.map((item) => (
            <tr key={item.number}>
              <td>{item.number}</td>
              <th scope="row">
                <Link to={`/coordinate/challenges/${item.number}/edit`}>{item.title}</Link>
              </th>
              <td>
                <span className={`status-badge status-badge--${item.status.toLowerCase().replace("_", "-")}`}>
                  {t(`challenge.status.${item.status}`)}
                </span>
              </td>
              <td>
                <abbr title={item.strategyName}>{item.strategyCode}</abbr>
              </td>
              <td>
                {item.proposals ? (
                  <Link to={`/coordinate/proposals?status=all&challenge=${item.number}`}>
                    {t("review.challengeCount.coordinateCount", {
                      count: item.proposals,
                    })}
                  </Link>
                ) : (
                  t("review.challengeCount.coordinateCount", { count: 0 })
                )}
              </td>
              <td>
                {formatDateTime(language, item.updatedAt)}
                {item.updatedBy ? <span className="muted coordinate-table__editor">{item.updatedBy}</span> : null}
              </td>
              <td>
                <ul className="coordinate-table__actions">
                  <li>
                    <Link to={`/coordinate/challenges/${item.number}/edit`}>
                      {t("coordinate.edit")}
                      <span className="visually-hidden">: {item.title}</span>
                    </Link>
                  </li>
                  <li>
                    <Link to={`/challenges/${item.number}`}>
                      {t("coordinate.preview")}
                      <span className="visually-hidden">: {item.title}</span>
                    </Link>
                  </li>
                </ul>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={filters.page} total={total} pageSize={pageSize} />
    </div>
  );
}
