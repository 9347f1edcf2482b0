import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { loadMyEngagements } from "~/features/engagements/engagement-pages.server.ts";
import { EngagementStatusBadge } from "~/features/engagements/engagement-parts.tsx";
import { formatDate } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadMyEngagements(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function MyEngagements() {
  const { engagements, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container page">
      <h1>{t("engagements.mine.title")}</h1>
      <p className="lead">{t("engagements.mine.lead")}</p>
      <p>
        <Link to="/account/contributions">{t("engagements.mine.records")}</Link>
      </p>
      {engagements.length === 0 ? (
        <p className="empty-state">{t("engagements.mine.empty")}</p>
      ) : (
        <ul className="card-list">
          {engagements.map((engagement) => (
            <li key={engagement.number} className="card">
              <h2>
                <Link to={`/engagements/${engagement.number}`}>{engagement.title}</Link>
              </h2>
              <p>
                <EngagementStatusBadge status={engagement.status} /> {t(`engagements.kinds.${engagement.kind}`)} ·{" "}
                {t("engagements.scope.periodValue", {
                  start: formatDate(language, engagement.startsOn),
                  end: formatDate(language, engagement.endsOn),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
