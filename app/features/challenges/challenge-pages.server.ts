// The challenge pages: the public list /challenges and page /challenges/<n> (also the coordinators' preview of
// a draft), and the coordinators' list /coordinate/challenges. The editor is editor-pages.server.ts; the
// route modules only call these.
import { z } from "zod";
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { listInitiativesFor } from "~/features/initiatives/index.server.ts";
import {
  getChallengeForPage,
  listChallengesForCoordinators,
  listPublicChallenges,
  listRelatedChallenges,
  withCountdown,
} from "~/features/challenges/challenge.server.ts";
import { followStateFor } from "~/features/following/index.server.ts";
import { getChallengeProposalSummary } from "~/features/proposals/index.server.ts";
import { countProposalsForChallenges } from "~/features/proposals/index.server.ts";
import { getTaxonomyOptions } from "~/features/taxonomy/index.server.ts";
import { parseChallengeFilters } from "~/features/challenges/challenge-filters.ts";
import { challengeStatuses } from "~/features/challenges/schemas.ts";
import { challengeFeedLinks } from "~/features/following/index.ts";
import { getUser, publicOrigin, requirePermission } from "~/kernel/auth/guards.server.ts";
import { notFound } from "~/kernel/http.server.ts";
import { renderMarkdown } from "~/kernel/markdown.server.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { hasPermission } from "~/kernel/auth/permissions.ts";

// ───────────────────────────── /challenges ─────────────────────────────

export async function loadChallengeList(request: Request) {
  const url = new URL(request.url);
  const filters = parseChallengeFilters(url.searchParams);
  const [t, language] = await Promise.all([getFixedT(request), getLanguage(request)]);
  const [result, options] = await Promise.all([listPublicChallenges(filters, filters.page, language), getTaxonomyOptions(language)]);
  const feedLinks = challengeFeedLinks(filters, t);
  return {
    language,
    filters,
    options,
    ...result,
    items: withCountdown(result.items),
    feedLinks,
    feedHref: feedLinks[0]!.href,
    meta: { title: t("challenge.listTitle"), description: t("challenge.listDescription"), siteName: t("site.name"), language },
  };
}

// ───────────────────────────── /challenges/<n> ─────────────────────────────

export async function loadChallengePage(request: Request, number: number) {
  const [user, language, t] = await Promise.all([getUser(request), getLanguage(request), getFixedT(request)]);
  const canEdit = user ? hasPermission(user.roles, "challenge:edit") : false;
  const challenge = await getChallengeForPage(number, language, { canSeeUnpublished: canEdit });
  if (!challenge) notFound();
  const [related, proposals, follow, initiatives] = await Promise.all([
    challenge.isPublic ? listRelatedChallenges(challenge, language) : [],
    getChallengeProposalSummary(challenge.id),
    // A draft in the editor's preview cannot be followed yet.
    challenge.isPublic ? followStateFor(user?.id ?? null, { type: "CHALLENGE", challengeId: challenge.id }) : null,
    listInitiativesFor({ challengeId: challenge.id }, language),
  ]);
  const { bodyMarkdown, ...rest } = challenge;
  const [withDays] = withCountdown([rest]);
  const origin = publicOrigin(request);
  return {
    language,
    canEdit,
    challenge: { ...withDays!, bodyHtml: renderMarkdown(bodyMarkdown) },
    related: withCountdown(related),
    proposals,
    follow,
    initiatives,
    share: {
      url: `${origin}/challenges/${challenge.number}`,
      image: challenge.coverImageId ? `${origin}/images/${challenge.coverImageId}` : `${origin}/og-image.png`,
      siteName: t("site.name"),
      publisher: t("site.operator"),
    },
  };
}

// ───────────────────────────── /coordinate/challenges ─────────────────────────────

// A hand-edited address falls back to defaults instead of failing.
const coordinatorFiltersSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(challengeStatuses).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export async function loadCoordinatorChallenges(request: Request) {
  const user = await requirePermission(request, "challenge:edit");
  const filters = coordinatorFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const language = await getLanguage(request);
  const [result, meta] = await Promise.all([
    listChallengesForCoordinators({ status: filters.status, q: filters.q || undefined, page: filters.page }, language),
    translatedMeta(
      request,
      {
        title: "coordinate.challengesTitle",
        description: "coordinate.challengesLead",
      },
      { noindex: true },
    ),
  ]);
  const proposalCounts = await countProposalsForChallenges(result.items.map((item) => item.id));
  return {
    filters,
    language,
    canCreate: hasPermission(user.roles, "challenge:create"),
    total: result.total,
    pageSize: result.pageSize,
    items: result.items.map((item) => ({
      number: item.number,
      title: item.title,
      status: item.status,
      strategyCode: item.strategy.code,
      strategyName: item.strategy.name,
      updatedAt: item.updatedAt,
      updatedBy: item.updatedBy,
      proposals: proposalCounts.get(item.id) ?? 0,
    })),
    meta,
  };
}
