import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { loadAreaIndex } from "~/features/taxonomy/area-pages.server.ts";
import { formatNumber } from "~/kernel/localize.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadAreaIndex(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function AreaIndex() {
  const { groups, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="page area-index">
      <header className="page-banner">
        <div className="container">
          <h1>{t("areas.indexTitle")}</h1>
          <p className="lead">{t("areas.indexLead")}</p>
        </div>
      </header>
      <div className="container">
        {groups.map((group) => (
          <section key={group.kind} aria-labelledby={`areas-${group.kind}`} className="prose-block">
            <h2 id={`areas-${group.kind}`}>{t(`areaKind.${group.kind}`)}</h2>
            <ul className="area-list">
              {group.areas.map((area) => (
                <li key={area.slug} className="area-list__item">
                  <h3>
                    <Link to={`/areas/${area.slug}`}>{area.name}</Link>
                  </h3>
                  {area.description ? <p>{area.description}</p> : null}
                  <dl className="area-list__figures">
                    <div>
                      <dt>{t("areas.figures.openChallenges")}</dt>
                      <dd>{formatNumber(language, area.figures.openChallenges)}</dd>
                    </div>
                    <div>
                      <dt>{t("areas.figures.challenges")}</dt>
                      <dd>{formatNumber(language, area.figures.challenges)}</dd>
                    </div>
                    <div>
                      <dt>{t("areas.figures.initiatives")}</dt>
                      <dd>{formatNumber(language, area.figures.initiatives)}</dd>
                    </div>
                    <div>
                      <dt>{t("areas.figures.partners")}</dt>
                      <dd>{formatNumber(language, area.figures.partners)}</dd>
                    </div>
                  </dl>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
