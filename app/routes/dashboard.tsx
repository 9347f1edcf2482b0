import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { DashboardView } from "~/features/dashboard/dashboard-view.tsx";
import { loadDashboardPage } from "~/features/dashboard/dashboard-pages.server.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadDashboardPage(request);

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
