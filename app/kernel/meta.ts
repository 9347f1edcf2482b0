import type { MetaDescriptor } from "@remix-run/node";

export type PageMeta = { title: string; description: string; siteName: string; language: string; noindex?: boolean };

/** Title, description and the Open Graph / Twitter tags that make a shared link readable in LINE, X and Facebook. */
export function pageMeta(meta: PageMeta | undefined): MetaDescriptor[] {
  if (!meta) return [];
  const fullTitle = meta.title.includes(meta.siteName) ? meta.title : `${meta.title} | ${meta.siteName}`;
  return [
    { title: fullTitle },
    { name: "description", content: meta.description },
    { property: "og:title", content: meta.title },
    { property: "og:description", content: meta.description },
    { property: "og:type", content: "website" },
    { property: "og:site_name", content: meta.siteName },
    { property: "og:locale", content: meta.language === "en" ? "en_GB" : "ja_JP" },
    { name: "twitter:card", content: "summary" },
    ...(meta.noindex ? [{ name: "robots", content: "noindex" }] : []),
  ];
}
