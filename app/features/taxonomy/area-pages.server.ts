// The area page /areas/<slug>: one district or the whole city, its open challenges, its initiatives and a follow
// button. The route module only calls this.
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { getAreaBySlug, listAreaInitiatives } from "~/features/taxonomy/area.server.ts";
import { listPublicChallenges, withCountdown } from "~/features/challenges/index.server.ts";
import { followStateFor } from "~/features/following/index.server.ts";
import { challengeFeedHref, challengeFeedLinks, subscribeHrefs, subscribeLinks } from "~/features/following/index.ts";
import { getUser } from "~/kernel/auth/guards.server.ts";
import { notFound } from "~/kernel/http.server.ts";

export async function loadAreaPage(request: Request, slug: string) {
  const [user, language, t] = await Promise.all([getUser(request), getLanguage(request), getFixedT(request)]);
  const area = await getAreaBySlug(slug, language);
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
