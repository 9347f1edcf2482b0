import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { OpenChallengesSection } from "~/features/challenges/challenge-card.tsx";
import { SubscribeLinks } from "~/features/following/feed-links-section.tsx";
import { FollowButton } from "~/features/following/follow-button.tsx";
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { getAreaBySlug, listAreaInitiatives } from "~/features/taxonomy/area.server.ts";
import { listPublicChallenges, withCountdown } from "~/features/challenges/challenge.server.ts";
import { followStateFor } from "~/features/following/follow.server.ts";
import { getUser } from "~/kernel/auth/guards.server.ts";
import { formatDate } from "~/kernel/japan-time.ts";
import { challengeFeedHref, challengeFeedLinks, subscribeHrefs, subscribeLinks } from "~/features/following/feed-links.ts";
import { notFound } from "~/kernel/http.server.ts";
import { pageMeta } from "~/kernel/meta.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const [user, language, t] = await Promise.all([getUser(request), getLanguage(request), getFixedT(request)]);
  const area = await getAreaBySlug(params.slug ?? "", language);
  if (!area) notFound();
  const [open, initiatives, follow] = await Promise.all([
    listPublicChallenges({ area: area.slug, status: "OPEN" }, 1, language, 6),
    listAreaInitiatives(area.id, language),
    followStateFor(user?.id ?? null, { type: "AREA", areaId: area.id }),
  ]);
  return {
    language,
    area: { slug: area.slug, name: area.name, description: area.description },
    openChallenges: { items: withCountdown(open.items), total: open.total },
    initiatives,
    follow,
    feedHref: challengeFeedHref({ area: area.slug }),
    subscribe: subscribeHrefs({ area: area.slug }),
    feedLinks: [...subscribeLinks({ area: area.slug }, area.name, t), ...challengeFeedLinks({ area: area.slug }, t, { label: area.name })],
    meta: {
      title: area.name,
      description: area.description || t("following.area.metaDescription", { name: area.name }),
      siteName: t("site.name"),
      language,
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), ...(data?.feedLinks ?? [])];

export default function AreaPage() {
  const { area, openChallenges, initiatives, follow, feedHref, subscribe, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="page area-page">
      <header className="page-banner">
        <div className="container">
          <Breadcrumbs items={[{ label: t("nav.challenges"), to: "/challenges" }, { label: area.name }]} />
          <p className="page-banner__eyebrow">{t("following.area.breadcrumb")}</p>
          <h1>{area.name}</h1>
          {area.description ? <p className="lead">{area.description}</p> : null}
          <FollowButton state={follow} />
          <SubscribeLinks hrefs={subscribe} />
        </div>
      </header>
      <div className="container">
        <OpenChallengesSection
          heading={t("following.area.openChallenges")}
          emptyText={t("following.area.noOpenChallenges")}
          listHref={`/challenges?area=${area.slug}&status=OPEN`}
          openChallenges={openChallenges}
          language={language}
        />
        <section aria-labelledby="initiatives-heading" className="prose-block">
          <h2 id="initiatives-heading">{t("following.area.initiatives")}</h2>
          {initiatives.items.length ? (
            <ul className="area-initiatives">
              {initiatives.items.map((initiative) => (
                <li key={initiative.number} className="area-initiatives__item">
                  <h3>
                    <Link to={`/initiatives/${initiative.number}`}>{initiative.title}</Link>
                  </h3>
                  <p className="muted">
                    {t(`following.area.status.${initiative.status}`)}・{t("home.strategyCode", { code: initiative.strategyCode })}・
                    <time dateTime={initiative.startedOn}>{formatDate(language, initiative.startedOn)}</time>
                  </p>
                  {initiative.summary ? <p>{initiative.summary}</p> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("following.area.noInitiatives")}</p>
          )}
        </section>
        <p>
          <a href={feedHref} className="feed-link">
            {t("following.area.feed")}
          </a>
        </p>
      </div>
    </div>
  );
}
