import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { OpenChallengesSection } from "~/features/challenges/challenge-card.tsx";
import { SubscribeLinks } from "~/features/following/feed-links-section.tsx";
import { FollowButton } from "~/features/following/follow-button.tsx";
import { loadFieldPage } from "~/features/taxonomy/field-pages.server.ts";
import { fieldMark } from "~/kernel/localize.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { textParam } from "~/kernel/params.server.ts";
import { InitiativesSection } from "~/features/initiatives/initiative-list.tsx";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadFieldPage(request, textParam(params, "number"));

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), ...(data?.feedLinks ?? [])];

export default function FieldPage() {
  const { field, language, openChallenges, follow, subscribe, initiatives } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const mark = fieldMark(field.number);
  return (
    <div className={`page field-page strategy-${field.strategy.code.toLowerCase()}`}>
      <header className="page-banner">
        <div className="container">
          <Breadcrumbs
            items={[
              { label: t("nav.strategies"), to: "/strategies" },
              { label: t("home.strategyCode", { code: field.strategy.code }), to: `/strategies/${field.strategy.code}` },
              { label: t("field.numberLabel", { mark }) },
            ]}
          />
          <p className="page-banner__eyebrow">{t("field.numberLabel", { mark })}</p>
          <h1>{field.name}</h1>
          <p>
            <Link to={`/strategies/${field.strategy.code}`}>
              {t("field.partOf", { code: field.strategy.code, name: field.strategy.name })}
            </Link>
          </p>
          <FollowButton state={follow} />
          <SubscribeLinks hrefs={subscribe} />
        </div>
      </header>
      <div className="container">
        <section aria-labelledby="vision-heading" className="prose-block">
          <h2 id="vision-heading">{t("field.vision")}</h2>
          <blockquote className="statement">
            <p>{field.vision}</p>
          </blockquote>
        </section>
        <OpenChallengesSection
          heading={t("field.challengesHeading")}
          emptyText={t("field.noChallenges")}
          listHref={`/challenges?field=${field.number}&status=OPEN`}
          openChallenges={openChallenges}
          language={language}
        />
        <InitiativesSection
          heading={t("initiatives.elsewhere.fieldHeading")}
          items={initiatives.items}
          total={initiatives.total}
          allHref={`/initiatives?field=${field.number}`}
          language={language}
        />
        <section aria-labelledby="other-fields-heading" className="prose-block">
          <h2 id="other-fields-heading">{t("field.otherFields")}</h2>
          <ul className="link-list">
            {field.siblings.map((sibling) => (
              <li key={sibling.number}>
                <Link to={`/fields/${sibling.number}`}>
                  <span aria-hidden="true">{fieldMark(sibling.number)} </span>
                  {sibling.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
