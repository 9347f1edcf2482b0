// What the suggestion pages load and do: /coordinate/challenges/<number>/suggestions (ranked partners, "Create
// match"), the coordinators' section on /coordinate/partners/<id> and the partner's own /for-you list.
import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "@remix-run/node";
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { createMatch } from "~/features/matching/match.server.ts";
import { getPartnerFeatureIndex, loadChallengeFeatures, loadPartnerFeatures } from "~/features/matching/engine/features.server.ts";
import { compileChallenge, explainFit } from "~/features/matching/engine/score.ts";
import {
  explainDeciding,
  explainFactors,
  strongestFactors,
  suggestChallenges,
  suggestPartners,
  type SuggestedPartner,
} from "~/features/matching/engine/suggestions.server.ts";
import { loadTaxonomyVocabularyForMatching } from "~/features/matching/engine/vocabulary.server.ts";
import { getPartnerOptionsForUser } from "~/features/partners/index.server.ts";
import { createMatchFromSuggestionSchema, forYouFiltersSchema, suggestionsPageSchema } from "~/features/matching/suggestion-schemas.ts";
import { prisma } from "~/kernel/db.server.ts";
import { pickLanguage } from "~/kernel/localize.ts";
import { getUser, requestContext, requirePermission, requireUser } from "~/kernel/auth/guards.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { notFound } from "~/kernel/http.server.ts";
import { failureStatus } from "~/kernel/result.ts";
import { hasPermission } from "~/kernel/auth/permissions.ts";

export const SUGGESTIONS_PAGE_SIZE = 20;
const FOR_YOU_LIMIT = 10;
const PARTNER_SECTION_LIMIT = 5;

export const privateHeaders = { "Cache-Control": "private, no-store" };

async function findChallengeByNumber(number: number) {
  const challenge = await prisma.challenge.findUnique({
    where: { number },
    select: { id: true, number: true, status: true, titleJa: true, titleEn: true },
  });
  if (!challenge) notFound();
  return challenge;
}

// ───────────────────────────── /coordinate/challenges/<number>/suggestions ─────────────────────────────

export async function loadChallengeSuggestions(request: Request, number: number) {
  await requirePermission(request, "match:manage");
  const { page } = suggestionsPageSchema.parse({ page: new URL(request.url).searchParams.get("page") ?? undefined });
  const [language, t, challenge, names] = await Promise.all([
    getLanguage(request),
    getFixedT(request),
    findChallengeByNumber(number),
    loadTaxonomyVocabularyForMatching(),
  ]);
  const title = pickLanguage(language, challenge.titleJa, challenge.titleEn);
  const result = await suggestPartners(challenge.id, { limit: SUGGESTIONS_PAGE_SIZE, offset: (page - 1) * SUGGESTIONS_PAGE_SIZE });
  const shown = (item: SuggestedPartner) => ({
    ...item,
    factors: undefined,
    evidence: undefined,
    deciding: explainDeciding(item, t, language, names),
    explained: explainFactors(item.factors, t, language, names),
  });
  const items = result.ok ? result.items.map(shown) : [];
  const nearMisses = result.ok ? result.nearMisses.map(shown) : [];
  return data(
    {
      language,
      challenge: { number: challenge.number, title, status: challenge.status },
      closed: !result.ok,
      total: result.ok ? result.total : 0,
      page,
      pageSize: SUGGESTIONS_PAGE_SIZE,
      items,
      nearMisses,
      meta: {
        title: `${t("matching.suggestions.metaTitle")} · ${title}`,
        description: t("matching.suggestions.lead"),
        siteName: t("site.name"),
        language,
        noindex: true,
      },
    },
    { headers: privateHeaders },
  );
}

export type CreateFromSuggestionResult =
  { ok: true; number: number } | { ok: false; message: "openMatchExists" | "challengeClosed" | "notFound" };

export async function challengeSuggestionsAction(request: Request, context: unknown, number: number) {
  const user = await requirePermission(request, "match:manage");
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: createMatchFromSuggestionSchema });
  if (submission.status !== "success")
    return data({ ok: false, message: "notFound" } as CreateFromSuggestionResult, { status: 400, headers: privateHeaders });
  const challenge = await findChallengeByNumber(number);
  // The score frozen on the match is computed now, from the partner's current profile.
  const [[partner], [features], index] = await Promise.all([
    loadPartnerFeatures([submission.value.partnerId]),
    loadChallengeFeatures({ id: challenge.id }),
    getPartnerFeatureIndex(),
  ]);
  const fit = partner && features ? explainFit(compileChallenge(features, index.context), partner) : null;
  if (!fit) return data({ ok: false, message: "notFound" } as CreateFromSuggestionResult, { status: 404, headers: privateHeaders });
  const outcome = await createMatch({
    challengeId: challenge.id,
    partnerId: submission.value.partnerId,
    proposalId: null,
    ownerId: user.id,
    score: fit.score,
    scoreFactors: fit.factors,
    actor: { userId: user.id },
    requestContext: requestContext(request, context),
  });
  if (outcome.ok) return data({ ok: true, number: outcome.match.number } as CreateFromSuggestionResult, { headers: privateHeaders });
  const message =
    outcome.reason === "open-match-exists" ? "openMatchExists" : outcome.reason === "challenge-closed" ? "challengeClosed" : "notFound";
  return data({ ok: false, message } as CreateFromSuggestionResult, { status: failureStatus(outcome), headers: privateHeaders });
}

// ───────────────────────────── Challenges for a partner ─────────────────────────────

/** The coordinators' section on /coordinate/partners/<id>: null for viewers without match:manage. */
export async function loadPartnerChallengeSuggestions(request: Request, partnerId: string) {
  const user = await getUser(request);
  if (!user || !hasPermission(user.roles, "match:manage")) return null;
  const [language, t, names, row] = await Promise.all([
    getLanguage(request),
    getFixedT(request),
    loadTaxonomyVocabularyForMatching(),
    prisma.partnerProfile.findUnique({ where: { id: partnerId }, select: { openToContact: true, inactiveSince: true } }),
  ]);
  if (!row || !row.openToContact || row.inactiveSince) return { contactable: false, items: [] };
  const items = await suggestChallenges(partnerId, { limit: PARTNER_SECTION_LIMIT, language });
  return {
    contactable: true,
    items: items.map((item) => ({
      number: item.number,
      title: item.title,
      score: item.score,
      reasons: strongestFactors(explainFactors(item.factors, t, language, names)),
    })),
  };
}

/**
 * /for-you: the signed-in user's own list (only profiles they act for; only OPEN challenges). Any signed-in user
 * may open it: without a profile it says how to make one (the header links it for proposal:create only).
 */
export async function loadForYou(request: Request) {
  const user = await requireUser(request);
  const [language, t, names, profiles] = await Promise.all([
    getLanguage(request),
    getFixedT(request),
    loadTaxonomyVocabularyForMatching(),
    getPartnerOptionsForUser(user.id),
  ]);
  const { partner: requested } = forYouFiltersSchema.parse({ partner: new URL(request.url).searchParams.get("partner") ?? undefined });
  // Only a profile the user is a member of (their own or an organisation's); anything else falls back to the first.
  const selected = profiles.find((profile) => profile.id === requested) ?? profiles[0] ?? null;
  let items: Array<{ number: number; title: string; score: number; reasons: ReturnType<typeof strongestFactors> }> = [];
  let contactable = true;
  if (selected) {
    const [suggested, row] = await Promise.all([
      suggestChallenges(selected.id, { limit: FOR_YOU_LIMIT, language, forOwner: true }),
      prisma.partnerProfile.findUnique({ where: { id: selected.id }, select: { openToContact: true, inactiveSince: true } }),
    ]);
    contactable = Boolean(row?.openToContact && !row.inactiveSince);
    items = suggested.map((item) => ({
      number: item.number,
      title: item.title,
      score: item.score,
      reasons: strongestFactors(explainFactors(item.factors, t, language, names)),
    }));
  }
  return data(
    {
      language,
      profiles,
      selectedId: selected?.id ?? null,
      contactable,
      items,
      meta: {
        title: t("matching.forYou.title"),
        description: t("matching.forYou.lead"),
        siteName: t("site.name"),
        language,
        noindex: true,
      },
    },
    { headers: privateHeaders },
  );
}
