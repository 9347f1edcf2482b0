// What the partner pages load: the public directory (/partners), one profile (/partners/<id>) and the
// coordinators' list and detail (/coordinate/partners). The route modules only call these.
import { shownPartnerName } from "./former-partner.server.ts";
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import {
  getOwnPartnerProfileId,
  getPartnerForCoordinator,
  getPartnerProfileForPage,
  listPartnersForCoordinators,
  listProposalsOfPartner,
  listPublicPartners,
} from "~/features/partners/partner.server.ts";
import { getTaxonomyOptions } from "~/features/taxonomy/index.server.ts";
import { loadPartnerChallengeSuggestions } from "~/features/matching/index.server.ts";
import { z } from "zod";
import { getUser, requirePermission } from "~/kernel/auth/guards.server.ts";
import { notFound } from "~/kernel/http.server.ts";
import { renderMarkdown } from "~/kernel/markdown.server.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { parsePartnerFilters } from "./partner-filters.ts";
import { hasPermission } from "~/kernel/auth/permissions.ts";

// ───────────────────────────── /partners ─────────────────────────────

export async function loadPartnerDirectory(request: Request) {
  const filters = parsePartnerFilters(new URL(request.url).searchParams);
  const [language, user] = await Promise.all([getLanguage(request), getUser(request)]);
  const [result, taxonomy, ownProfileId, meta] = await Promise.all([
    listPublicPartners(filters, filters.page, language),
    getTaxonomyOptions(language),
    user ? getOwnPartnerProfileId(user.id) : null,
    translatedMeta(request, { title: "partners.directory.title", description: "partners.directory.description" }),
  ]);
  const { region: _region, ...shownFilters } = filters;
  return {
    language,
    filters: shownFilters,
    options: { strategies: taxonomy.strategies, fields: taxonomy.fields, skills: taxonomy.skills },
    hasOwnProfile: ownProfileId !== null,
    canManage: user ? hasPermission(user.roles, "partner:view-private") : false,
    ...result,
    meta,
  };
}

// ───────────────────────────── /partners/<id> ─────────────────────────────

export async function loadPartnerPage(request: Request, id: string | undefined) {
  const [language, user, t] = await Promise.all([getLanguage(request), getUser(request), getFixedT(request)]);
  const canViewPrivate = user ? hasPermission(user.roles, "partner:view-private") : false;
  const found = id ? await getPartnerProfileForPage(id, language, { userId: user?.id ?? null, canViewPrivate }) : null;
  if (!found) notFound();
  const { bioMarkdown, ...profile } = found.profile;
  const ownProfile = found.isMember && profile.kind === "INDIVIDUAL";
  return {
    language,
    profile: { ...profile, bioHtml: bioMarkdown ? renderMarkdown(bioMarkdown) : "" },
    editHref: ownProfile ? "/account/partner" : found.isMember ? `/organisations/${profile.id}` : null,
    coordinatorHref: canViewPrivate ? `/coordinate/partners/${profile.id}` : null,
    meta: {
      title: profile.displayName,
      description: profile.headline || t("partners.directory.description"),
      siteName: t("site.name"),
      language,
      // Only a public profile belongs in search engines.
      noindex: !profile.isPublic,
    },
  };
}

// ───────────────────────────── /coordinate/partners ─────────────────────────────

const coordinatorFiltersSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  kind: z.enum(["INDIVIDUAL", "ORGANISATION"]).optional().catch(undefined),
  visibility: z.enum(["public", "private"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export async function loadCoordinatorPartnerList(request: Request) {
  await requirePermission(request, "partner:view-private");
  const raw = Object.fromEntries([...new URL(request.url).searchParams].filter(([, value]) => value !== ""));
  const filters = coordinatorFiltersSchema.parse(raw);
  const [language, result, meta] = await Promise.all([
    getLanguage(request),
    listPartnersForCoordinators({ ...filters, q: filters.q || undefined }),
    translatedMeta(request, { title: "partners.coordinate.listTitle", description: "partners.coordinate.listLead" }, { noindex: true }),
  ]);
  return { language, filters, ...result, meta };
}

export async function loadCoordinatorPartner(request: Request, id: string | undefined) {
  await requirePermission(request, "partner:view-private");
  const [language, t] = await Promise.all([getLanguage(request), getFixedT(request)]);
  const partner = id ? await getPartnerForCoordinator(id, language) : null;
  if (!partner) notFound();
  const proposals = await listProposalsOfPartner(partner.profile.id, language);
  const { bioMarkdown, ...stored } = partner.profile;
  const profile = { ...stored, displayName: shownPartnerName(stored.displayName, language) };
  return {
    language,
    profile: { ...profile, bioHtml: bioMarkdown ? renderMarkdown(bioMarkdown) : "" },
    contact: partner.contact,
    members: partner.members,
    proposals,
    meta: {
      title: t("partners.coordinate.detailTitle", { name: profile.displayName }),
      description: t("partners.coordinate.listLead"),
      siteName: t("site.name"),
      language,
      noindex: true,
    },
  };
}

/** /coordinate/partners/<id> as the page shows it: the partner and, for match managers, the challenges that fit. */
export async function loadCoordinatorPartnerPage(request: Request, id: string) {
  const page = await loadCoordinatorPartner(request, id);
  return { ...page, suggestions: await loadPartnerChallengeSuggestions(request, page.profile.id) };
}
