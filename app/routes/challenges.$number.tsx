import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { ChallengeCard, DeadlineText, StatusBadge } from "~/features/challenges/challenge-card.tsx";
import { ChallengeProposalCount } from "~/features/challenges/challenge-proposal-count.tsx";
import { FollowButton } from "~/features/following/follow-button.tsx";
import { InitiativesSection } from "~/features/initiatives/initiative-list.tsx";
import { loadChallengePage } from "~/features/challenges/challenge-pages.server.ts";
import { challengeJsonLd, challengeShareMeta } from "~/features/challenges/challenge-meta.ts";
import { formatDate } from "~/kernel/japan-time.ts";
import { fieldMark, formatNumber, textLang } from "~/kernel/localize.ts";
import { useNonce } from "~/kernel/nonce.ts";
import { numberParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadChallengePage(request, numberParam(params, "number"));

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? challengeShareMeta(data.challenge, data.share, data.language) : []);

export default function ChallengePage() {
  const { challenge, related, proposals, language, canEdit, share, follow, initiatives } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const nonce = useNonce();
  const primaryField = challenge.fields.find((field) => field.primary) ?? challenge.fields[0];
  const jsonLd = challengeJsonLd(challenge, share, language);
  return (
    <div className={`page challenge-page strategy-${challenge.strategy.code.toLowerCase()}`}>
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <header className="page-banner">
        <div className="container">
          <Breadcrumbs items={[{ label: t("nav.challenges"), to: "/challenges" }, { label: challenge.title }]} />
          {!challenge.isPublic ? (
            <p className="notice notice--warning preview-banner" role="note">
              {t("challenge.previewBanner", { status: t(`challenge.status.${challenge.status}`) })}
            </p>
          ) : null}
          <p className="challenge-page__meta">
            <StatusBadge status={challenge.status} />
            <span className="page-banner__eyebrow">{t("home.strategyCode", { code: challenge.strategy.code })}</span>
            <span className="muted">{t("challenge.numberLabel", { number: challenge.number })}</span>
          </p>
          <h1 lang={textLang(challenge.title, language)}>{challenge.title}</h1>
          <p className="lead" lang={textLang(challenge.summary, language)}>
            {challenge.summary}
          </p>
          {challenge.status === "OPEN" ? (
            <p className="challenge-page__propose">
              <Link to={`/proposals/new?challenge=${challenge.number}`} className="button button--primary">
                {t("proposals.challengeCta.button")}
              </Link>{" "}
              <span className="muted">{t("proposals.challengeCta.lead")}</span>
            </p>
          ) : null}
          {follow ? <FollowButton state={follow} /> : null}
          {canEdit ? (
            <p>
              <Link to={`/coordinate/challenges/${challenge.number}/edit`} className="button">
                {t("challenge.edit")}
              </Link>
            </p>
          ) : null}
        </div>
      </header>
      <div className="container challenge-page__layout">
        <div className="challenge-page__main">
          {challenge.coverImageId ? (
            <img
              className="challenge-page__cover"
              src={`/images/${challenge.coverImageId}`}
              alt={challenge.coverAlt}
              width={1200}
              height={675}
            />
          ) : null}
          <section aria-labelledby="details-heading" className="prose-block">
            <h2 id="details-heading">{t("challenge.details")}</h2>
            {challenge.bodyLanguage !== language ? (
              <p className="muted" lang={language}>
                {t("challenge.japaneseOnly")}
              </p>
            ) : null}
            <div className="markdown" lang={challenge.bodyLanguage} dangerouslySetInnerHTML={{ __html: challenge.bodyHtml }} />
          </section>
          <InitiativesSection
            heading={t("initiatives.elsewhere.challengeHeading")}
            items={initiatives.items}
            total={initiatives.total}
            allHref="/initiatives"
            language={language}
          />
          {challenge.skills.length ? (
            <section aria-labelledby="skills-heading" className="prose-block">
              <h2 id="skills-heading">{t("challenge.wantedSkills")}</h2>
              <ul className="tag-list">
                {challenge.skills.map((skill) => (
                  <li key={skill.slug} className="tag">
                    <Link to={`/challenges?skill=${skill.slug}`}>{skill.name}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
        <aside aria-labelledby="facts-heading" className="challenge-facts">
          <h2 id="facts-heading">{t("challenge.facts")}</h2>
          <dl>
            <div>
              <dt>{t("challenge.deadline")}</dt>
              <dd>
                <DeadlineText deadline={challenge.deadline} daysLeft={challenge.daysLeft} language={language} />
              </dd>
            </div>
            <div>
              <dt>{t("challenge.capacity")}</dt>
              <dd>{formatNumber(language, challenge.capacity)}</dd>
            </div>
            {challenge.hoursPerMonth ? (
              <div>
                <dt>{t("challenge.hoursLabel")}</dt>
                <dd>{t("challenge.hoursPerMonth", { hours: formatNumber(language, challenge.hoursPerMonth) })}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t("challenge.languagesLabel")}</dt>
              <dd>{challenge.languages.map((code) => t(`challenge.language.${code as "ja"}`)).join(t("challenge.listSeparator"))}</dd>
            </div>
            <div>
              <dt>{t("challenge.field")}</dt>
              <dd>
                <ul className="plain-list">
                  {challenge.fields.map((field) => (
                    <li key={field.number}>
                      <Link to={`/fields/${field.number}`}>
                        <span aria-hidden="true">{fieldMark(field.number)} </span>
                        {field.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
            <div>
              <dt>{t("challenge.area")}</dt>
              <dd>
                <Link to={`/areas/${challenge.area.slug}`}>{challenge.area.name}</Link>
              </dd>
            </div>
            <div>
              <dt>{t("challenge.workStyleLabel")}</dt>
              <dd>{challenge.workStyles.map((style) => t(`challenge.workStyle.${style}`)).join("・")}</dd>
            </div>
            <div>
              <dt>{t("challenge.engagementTypeLabel")}</dt>
              <dd>{challenge.engagementTypes.map((type) => t(`challenge.engagementType.${type}`)).join("・")}</dd>
            </div>
            <div>
              <dt>{t("challenge.period")}</dt>
              <dd>{challenge.period.name}</dd>
            </div>
            {challenge.ownerDepartment ? (
              <div>
                <dt>{t("challenge.ownerDepartment")}</dt>
                <dd>{challenge.ownerDepartment}</dd>
              </div>
            ) : null}
            <ChallengeProposalCount total={proposals.total} namedPartners={proposals.namedPartners} />
            {challenge.publishedAt ? (
              <div>
                <dt>{t("challenge.publishedOn")}</dt>
                <dd>
                  <time dateTime={new Date(challenge.publishedAt).toISOString()}>{formatDate(language, challenge.publishedAt)}</time>
                </dd>
              </div>
            ) : null}
          </dl>
        </aside>
      </div>
      {related.length ? (
        <section aria-labelledby="related-heading" className="section section--tinted">
          <div className="container">
            <h2 id="related-heading">{t("challenge.related")}</h2>
            <ul className="challenge-grid">
              {related.map((item) => (
                <li key={item.number}>
                  <ChallengeCard challenge={item} language={language} headingLevel={3} />
                </li>
              ))}
            </ul>
            {primaryField ? (
              <p>
                <Link to={`/challenges?field=${primaryField.number}`}>{t("challenge.viewAll")} →</Link>
              </p>
            ) : null}
          </div>
        </section>
      ) : null}
      <div className="container">
        <p>
          <Link to="/challenges">← {t("challenge.backToList")}</Link>
        </p>
      </div>
    </div>
  );
}
