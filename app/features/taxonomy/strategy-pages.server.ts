// The basic strategy pages: the list /strategies, one strategy /strategies/<code> (its promised value, open
// challenges, initiatives, fields and a follow button) and its challenges' Atom feed /strategies/<code>/challenges.atom.
// The route modules only call these.
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { listOpenChallengesFor, withCountdown } from "~/features/challenges/index.server.ts";
import { challengeFeedResponse } from "~/features/challenges/index.server.ts";
import { notFoundText } from "~/features/challenges/index.server.ts";
import { followStateFor } from "~/features/following/index.server.ts";
import { challengeFeedLinks, subscribeHrefs, subscribeLinks } from "~/features/following/index.ts";
import { listInitiativesFor } from "~/features/initiatives/index.server.ts";
import { getStrategyByCode, listStrategiesWithCounts, loadTaxonomyLookups } from "~/features/taxonomy/taxonomy.server.ts";
import { getUser } from "~/kernel/auth/guards.server.ts";
import { notFound } from "~/kernel/http.server.ts";

// ───────────────────────────── /strategies ─────────────────────────────

export async function loadStrategiesPage(request: Request) {
  const language = await getLanguage(request);
  const [t, strategies] = await Promise.all([getFixedT(request), listStrategiesWithCounts(language)]);
  return {
    language,
    strategies,
    meta: { title: t("home.strategiesHeading"), description: t("home.strategiesLead"), siteName: t("site.name"), language },
  };
}

// ───────────────────────────── /strategies/<code> ─────────────────────────────

/** `code` is the address's text: a strategy code in either case, anything else a 404. */
export async function loadStrategyPage(request: Request, code: string) {
  const language = await getLanguage(request);
  const [t, strategy] = await Promise.all([getFixedT(request), getStrategyByCode(code, language)]);
  if (!strategy) notFound();
  const [open, lookups, user] = await Promise.all([
    listOpenChallengesFor({ strategy: strategy.code }, language),
    loadTaxonomyLookups(),
    getUser(request),
  ]);
  const [follow, initiatives] = await Promise.all([
    followStateFor(user?.id ?? null, { type: "STRATEGY", strategyId: lookups.strategyIdByCode.get(strategy.code)! }),
    listInitiativesFor({ strategyCode: strategy.code }, language),
  ]);
  return {
    language,
    strategy,
    follow,
    initiatives,
    openChallenges: { items: withCountdown(open.items), total: open.total },
    subscribe: subscribeHrefs({ strategy: strategy.code }),
    feedLinks: [
      ...subscribeLinks({ strategy: strategy.code }, `${t("home.strategyCode", { code: strategy.code })}：${strategy.name}`, t),
      ...challengeFeedLinks({ strategy: strategy.code }, t, { label: t("home.strategyCode", { code: strategy.code }) }),
    ],
    meta: {
      title: t("strategy.title", { code: strategy.code, name: strategy.name }),
      description: strategy.promisedValue,
      siteName: t("site.name"),
      language,
    },
  };
}

// ───────────────────────────── /strategies/<code>/challenges.atom ─────────────────────────────

/** Atom feed of one basic strategy's public challenges: /strategies/A/challenges.atom. */
export async function strategyChallengeFeed(request: Request, code: string) {
  if (!/^[A-Za-z]$/.test(code)) return notFoundText();
  return challengeFeedResponse(request, { strategy: code.toUpperCase() });
}
