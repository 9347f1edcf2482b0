import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { ReportLink } from "~/features/moderation/index.ts";
import { KindBadge, PartnerFacts, PartnerSkillsAndInterests } from "~/features/partners/partner-profile.tsx";
import { formatDate } from "~/kernel/japan-time.ts";
import { htmlTextLang, textLang } from "~/kernel/localize.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { loadPartnerPage } from "~/features/partners/partner-pages.server.ts";
import { uuidParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadPartnerPage(request, uuidParam(params, "id"));

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function PartnerPage() {
  const { profile, language, editHref, coordinatorHref } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="page partner-page">
      <header className="page-banner">
        <div className="container">
          <Breadcrumbs items={[{ label: t("nav.partners"), to: "/partners" }, { label: profile.displayName }]} />
          {!profile.isPublic ? (
            <p className="notice notice--warning preview-banner" role="note">
              {t("partners.profile.notPublicBanner")}
            </p>
          ) : null}
          <p className="challenge-page__meta">
            <KindBadge kind={profile.kind} />
          </p>
          <h1>{profile.displayName}</h1>
          {profile.headline ? (
            <p className="lead" lang={textLang(profile.headline, language)}>
              {profile.headline}
            </p>
          ) : null}
          <p className="partner-page__actions">
            <ReportLink kind="profile" id={profile.id} name={profile.displayName} />
          </p>
          {editHref || coordinatorHref ? (
            <p className="partner-page__actions">
              {editHref ? (
                <Link to={editHref} className="button">
                  {t("partners.profile.edit")}
                </Link>
              ) : null}
              {coordinatorHref ? <Link to={coordinatorHref}>{t("partners.profile.coordinatorView")}</Link> : null}
            </p>
          ) : null}
        </div>
      </header>
      <div className="container challenge-page__layout">
        <div className="challenge-page__main">
          <section aria-labelledby="about-heading" className="prose-block">
            <h2 id="about-heading">{t("partners.profile.about")}</h2>
            {profile.bioHtml ? (
              <div
                className="markdown"
                lang={htmlTextLang(profile.bioHtml, language)}
                dangerouslySetInnerHTML={{ __html: profile.bioHtml }}
              />
            ) : (
              <p className="muted">{t("partners.profile.noBio")}</p>
            )}
          </section>
          <PartnerSkillsAndInterests profile={profile} />
        </div>
        <aside aria-labelledby="facts-heading" className="challenge-facts">
          <h2 id="facts-heading">{t("partners.profile.facts")}</h2>
          <PartnerFacts profile={profile} language={language} />
          {profile.openToContact ? <p className="muted">{t("partners.profile.openToContact")}</p> : null}
          <p className="muted">{t("partners.profile.updated", { date: formatDate(language, profile.updatedAt) })}</p>
        </aside>
      </div>
      <div className="container">
        <p>
          <Link to="/partners">← {t("partners.profile.backToDirectory")}</Link>
        </p>
      </div>
    </div>
  );
}
