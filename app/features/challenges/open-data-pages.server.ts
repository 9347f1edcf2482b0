// The open data page /open-data: what it needs from the server to document the feeds, the API and the CSV (the
// site's public address, the area slugs and the page's feed links). The route module only calls this.
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { getTaxonomyOptions } from "~/features/taxonomy/index.server.ts";
import { challengeFeedLinks } from "~/features/following/index.ts";
import { publicOrigin } from "~/kernel/auth/guards.server.ts";

export async function loadOpenDataPage(request: Request) {
  const [t, language] = await Promise.all([getFixedT(request), getLanguage(request)]);
  const options = await getTaxonomyOptions(language);
  return {
    language,
    origin: publicOrigin(request),
    areas: options.areas.map((area) => ({ slug: area.slug, name: area.name })),
    feedLinks: challengeFeedLinks({}, t),
    meta: { title: t("openData.title"), description: t("openData.description"), siteName: t("site.name"), language },
  };
}
