import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { ProposalStatusBadge, ProposalTargetText } from "~/features/proposals/proposal-parts.tsx";
import { formatDate } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { loadProposalList } from "~/features/proposals/proposal-pages.server.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadProposalList(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function ProposalsPage() {
  const { proposals, language, canPropose } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container page proposals-page">
      <Breadcrumbs items={[{ label: t("proposals.list.title") }]} />
      <h1>{t("proposals.list.title")}</h1>
      <p className="lead">{t("proposals.list.lead")}</p>
      <p>
        <Link to="/proposals/new" className="button button--primary">
          {t("proposals.list.newProposal")}
        </Link>
      </p>
      {proposals.length === 0 ? (
        <div className="empty-state">
          <p>{t("proposals.list.empty")}</p>
          {canPropose ? null : <Link to="/account/partner">{t("proposals.new.needProfile")}</Link>}
        </div>
      ) : (
        <>
          <p className="muted">{t("proposals.list.count", { count: proposals.length })}</p>
          <div className="table-scroll">
            <table className="data-table proposals-table">
              <caption className="visually-hidden">{t("proposals.list.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("proposals.list.columnNumber")}</th>
                  <th scope="col">{t("proposals.list.columnTitle")}</th>
                  <th scope="col">{t("proposals.list.columnPartner")}</th>
                  <th scope="col">{t("proposals.list.columnStatus")}</th>
                  <th scope="col">{t("proposals.list.columnUpdated")}</th>
                </tr>
              </thead>
              <tbody>
                {proposals.map((proposal) => (
                  <tr key={proposal.number}>
                    <td>{proposal.number}</td>
                    <th scope="row">
                      <Link to={`/proposals/${proposal.number}`}>{proposal.title}</Link>
                      <span className="proposals-table__target">
                        <ProposalTargetText target={proposal.target} linked={false} />
                      </span>
                    </th>
                    <td>{proposal.partner.name}</td>
                    <td>
                      <ProposalStatusBadge status={proposal.status} />
                      <span className="proposals-table__hint">{t(`proposals.statusHint.${proposal.status}`)}</span>
                    </td>
                    <td>
                      <time dateTime={proposal.updatedAt}>{formatDate(language, proposal.updatedAt)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
