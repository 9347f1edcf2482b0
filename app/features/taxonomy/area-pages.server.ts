// The areas index /areas (the ten districts, the wider region, online, grouped by kind, with their figures) and the
// area page /areas/<slug>: one district or the whole city, its challenges in every public status (grouped, or one
// status when the address asks for it), its initiatives, the public partners interested in it, its figures and a
// follow button. The route modules only call these.
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import {
  countAreaChallengesByStatus,
  getAreaBySlug,
  listAreaInitiatives,
  listAreaPartners,
  listAreasWithFigures,
  type AreaKindName,
} from "~/features/taxonomy/area.server.ts";
import { listPublicChallenges, withCountdown } from "~/features/challenges/index.server.ts";
import { publicChallengeStatuses } from "~/features/challenges/index.ts";
import { followStateFor } from "~/features/following/index.server.ts";
import { challengeFeedHref, challengeFeedLinks, subscribeHrefs, subscribeLinks } from "~/features/following/index.ts";
import { getUser } from "~/kernel/auth/guards.server.ts";
import { notFound } from "~/kernel/http.server.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";

const areaKindOrder: AreaKindName[] = ["CITYWIDE", "DISTRICT", "REGION", "ONLINE"];

export async function loadAreaIndex(request: Request) {
  const language = await getLanguage(request);
  const areas = await listAreasWithFigures(language);
  return {
    language,
    groups: areaKindOrder
      .map((kind) => ({ kind, areas: areas.filter((area) => area.kind === kind) }))
      .filter((group) => group.areas.length > 0),
    meta: await translatedMeta(request, { title: "areas.indexTitle", description: "areas.indexLead" }),
  };
}

type PublicStatus = (typeof publicChallengeStatuses)[number];
const isPublicStatus = (value: string | null): value is PublicStatus =>
  (publicChallengeStatuses as readonly (string | null)[]).includes(value);

export async function loadAreaPage(request: Request, slug: string) {
  const [user, language, t] = await Promise.all([getUser(request), getLanguage(request), getFixedT(request)]);
  const area = await getAreaBySlug(slug, language);
  if (!area) notFound();
  // A hand-edited ?status= that is no public status shows every status, as without it.
  const asked = new URL(request.url).searchParams.get("status");
  const status = isPublicStatus(asked) ? asked : null;
  const shown = status ? [status] : [...publicChallengeStatuses];
  const [counts, lists, initiatives, partners, follow] = await Promise.all([
    countAreaChallengesByStatus(area.id),
    Promise.all(shown.map((each) => listPublicChallenges({ area: area.slug, status: each }, 1, language, status ? 24 : 6))),
    listAreaInitiatives(area.id, language),
    listAreaPartners(area.id),
    followStateFor(user?.id ?? null, { type: "AREA", areaId: area.id }),
  ]);
  const byStatus = publicChallengeStatuses.map((each) => ({ status: each, count: counts.get(each) ?? 0 }));
  return {
    language,
    area: { slug: area.slug, kind: area.kind, name: area.name, description: area.description },
    status,
    figures: {
      challenges: byStatus.reduce((sum, entry) => sum + entry.count, 0),
      byStatus,
      initiatives: initiatives.total,
      partners: partners.total,
    },
    challengeGroups: shown.map((each, index) => ({
      status: each,
      items: withCountdown(lists[index]!.items),
      total: lists[index]!.total,
      listHref: `/challenges?area=${area.slug}&status=${each}`,
    })),
    initiatives,
    partners,
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
