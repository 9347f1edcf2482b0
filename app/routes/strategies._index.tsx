import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { StrategyCard } from "~/features/taxonomy/strategy-card.tsx";
import { loadStrategiesPage } from "~/features/taxonomy/strategy-pages.server.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadStrategiesPage(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function StrategiesPage() {
  const { strategies, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container page">
      <Breadcrumbs items={[{ label: t("nav.strategies") }]} />
      <h1>{t("home.strategiesHeading")}</h1>
      <p className="section__lead">{t("home.strategiesLead")}</p>
      <div className="strategy-grid">
        {strategies.map((strategy) => (
          <StrategyCard key={strategy.code} strategy={strategy} language={language} />
        ))}
      </div>
    </div>
  );
}
