import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { CoCreationSteps } from "~/features/site/co-creation-steps.tsx";
import { loadAboutPage } from "~/features/site/site-pages.server.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadAboutPage(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

const roles = ["partner", "coordinator", "resident"] as const;

export default function AboutPage() {
  const { t } = useTranslation();
  return (
    <div className="container page narrow">
      <Breadcrumbs items={[{ label: t("about.title") }]} />
      <h1>{t("about.title")}</h1>
      <p className="section__lead">{t("about.lead")}</p>

      <section aria-labelledby="steps-heading" className="prose-block">
        <h2 id="steps-heading">{t("about.stepsHeading")}</h2>
        <CoCreationSteps />
      </section>

      <section aria-labelledby="who-heading" className="prose-block">
        <h2 id="who-heading">{t("about.whoHeading")}</h2>
        <div className="role-grid">
          {roles.map((role) => (
            <article key={role} className="role-card" aria-labelledby={`role-${role}`}>
              <h3 id={`role-${role}`}>{t(`about.who.${role}.title`)}</h3>
              <p>{t(`about.who.${role}.body`)}</p>
            </article>
          ))}
        </div>
      </section>

      <section aria-labelledby="privacy-heading" className="prose-block">
        <h2 id="privacy-heading">{t("about.privacyHeading")}</h2>
        <p>{t("about.privacy")}</p>
      </section>

      <section aria-labelledby="plan-heading" className="prose-block">
        <h2 id="plan-heading">{t("about.planHeading")}</h2>
        <p>{t("about.plan")}</p>
      </section>
    </div>
  );
}
