import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { loadPrivacyPage } from "~/features/site/service-pages.server.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadPrivacyPage(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

const sections = ["collected", "purpose", "sharing", "retention", "rights", "deletion", "cookies", "contact"] as const;

export default function PrivacyPage() {
  const { t } = useTranslation();
  return (
    <div className="container narrow page">
      <h1>{t("privacy.title")}</h1>
      <p className="lead">{t("privacy.lead")}</p>
      {sections.map((section) => (
        <section key={section} aria-labelledby={`privacy-${section}`} className="prose-block">
          <h2 id={`privacy-${section}`}>{t(`privacy.sections.${section}.title`)}</h2>
          <p>{t(`privacy.sections.${section}.body`)}</p>
        </section>
      ))}
    </div>
  );
}
