import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/kernel/ui/data-table.tsx";
import { MatchStageBadge } from "~/features/matching/match-pipeline.tsx";
import { pageMeta } from "~/kernel/meta.ts";
import { loadPartnerMatches } from "~/features/matching/match-pages.server.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadPartnerMatches(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function PartnerMatches() {
  const { matches } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container page">
      <h1>{t("matching.partnerSide.list.title")}</h1>
      <p className="lead">{t("matching.partnerSide.list.lead")}</p>
      {matches.length === 0 ? (
        <p className="muted">{t("matching.partnerSide.list.empty")}</p>
      ) : (
        <DataTable
          caption={t("matching.partnerSide.list.title")}
          columns={[
            t("matching.partnerSide.list.challenge"),
            t("matching.partnerSide.list.partner"),
            t("matching.partnerSide.list.stage"),
            t("matching.partnerSide.list.consent"),
          ]}
        >
          {matches.map((match) => (
            <tr key={match.number}>
              <td>
                <Link to={`/matches/${match.number}`}>{match.challenge.title}</Link>
              </td>
              <td>{match.partnerName}</td>
              <td>
                <MatchStageBadge stage={match.stage} />
              </td>
              <td>{match.consented ? t("matching.partnerSide.list.consented") : t("matching.partnerSide.list.notConsented")}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
