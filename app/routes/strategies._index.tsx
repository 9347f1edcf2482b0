import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { StrategyCard } from "~/features/taxonomy/strategy-card.tsx";
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { listStrategiesWithCounts } from "~/features/taxonomy/taxonomy.server.ts";
import { pageMeta } from "~/kernel/meta.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const language = await getLanguage(request);
  const [t, strategies] = await Promise.all([getFixedT(request), listStrategiesWithCounts(language)]);
  return {
    language,
    strategies,
    meta: { title: t("home.strategiesHeading"), description: t("home.strategiesLead"), siteName: t("site.name"), language },
  };
}

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
