import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { pageMeta } from "~/kernel/meta.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  return { meta: await translatedMeta(request, { title: "privacy.title", description: "privacy.description" }) };
}

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
