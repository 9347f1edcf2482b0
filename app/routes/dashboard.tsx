import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { DashboardView } from "~/features/dashboard/dashboard-view.tsx";
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { getDashboard, parseDashboardFilters } from "~/features/dashboard/dashboard.server.ts";
import { getTaxonomyOptions } from "~/features/taxonomy/taxonomy.server.ts";
import { formatDateTime } from "~/kernel/japan-time.ts";
import { notFound } from "~/kernel/http.server.ts";
import { pageMeta } from "~/kernel/meta.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = await parseDashboardFilters(new URL(request.url).searchParams);
  if (!parsed.ok) notFound();
  const [t, language] = await Promise.all([getFixedT(request), getLanguage(request)]);
  const [data, options] = await Promise.all([getDashboard(parsed.filters), getTaxonomyOptions(language)]);
  return {
    data,
    language,
    options: { strategies: options.strategies, periods: options.periods.map((period) => ({ number: period.number, name: period.name, startFiscalYear: period.startFiscalYear })) },
    generatedAt: formatDateTime(language, data.generatedAt),
    meta: { title: t("dashboard.title"), description: t("dashboard.description"), siteName: t("site.name"), language },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageMeta(data?.meta),
  { tagName: "link", rel: "alternate", type: "text/csv", href: "/dashboard.csv" },
  { tagName: "link", rel: "alternate", type: "application/json", href: "/dashboard.json" },
];

export default function DashboardPage() {
  const { data, language, options, generatedAt } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="page dashboard-page">
      <header className="page-banner">
        <div className="container">
          <Breadcrumbs items={[{ label: t("dashboard.title") }]} />
          <h1>{t("dashboard.title")}</h1>
          <p className="lead">{t("dashboard.lead")}</p>
          <p className="dashboard__generated">{t("dashboard.generatedAt", { date: generatedAt })}</p>
        </div>
      </header>
      <DashboardView data={data} language={language} options={options} />
    </div>
  );
}
