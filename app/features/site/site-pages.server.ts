// The site's own pages: the home page (/) and /about. The route modules only call these.
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { listPublicChallenges, withCountdown } from "~/features/challenges/index.server.ts";
import { listPlanIndicators } from "~/features/dashboard/index.server.ts";
import { listStrategiesWithCounts } from "~/features/taxonomy/index.server.ts";

export async function loadHomePage(request: Request) {
  const language = await getLanguage(request);
  const [t, strategies, indicators, newest] = await Promise.all([
    getFixedT(request),
    listStrategiesWithCounts(language),
    listPlanIndicators(language),
    listPublicChallenges({ status: "OPEN" }, 1, language, 4),
  ]);
  return {
    language,
    strategies,
    indicators,
    newestChallenges: withCountdown(newest.items),
    meta: { title: t("home.title"), description: t("home.description"), siteName: t("site.name"), language },
  };
}

export async function loadAboutPage(request: Request) {
  const [t, language] = await Promise.all([getFixedT(request), getLanguage(request)]);
  return { meta: { title: t("about.title"), description: t("about.description"), siteName: t("site.name"), language } };
}
