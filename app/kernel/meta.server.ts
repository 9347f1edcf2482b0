import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import type { PageMeta } from "./meta.ts";

/** Meta for a page whose title and description are translation keys; private pages stay out of search engines. */
export async function translatedMeta(
  request: Request,
  keys: { title: string; description?: string },
  options: { noindex?: boolean } = {},
): Promise<PageMeta> {
  const [t, language] = await Promise.all([getFixedT(request), getLanguage(request)]);
  return {
    title: t(keys.title),
    description: t(keys.description ?? "home.description"),
    siteName: t("site.name"),
    language,
    noindex: options.noindex,
  };
}
