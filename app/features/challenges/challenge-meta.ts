// What a shared link to a challenge shows in LINE, X and Facebook (Open Graph / Twitter cards) and what search
// engines read (schema.org JSON-LD).
import type { MetaDescriptor } from "@remix-run/node";
import { endOfTokyoDay, formatTokyoIso } from "~/kernel/japan-time.ts";

type SharedChallenge = {
  number: number;
  title: string;
  summary: string;
  isPublic: boolean;
  publishedAt: Date | string | null;
  updatedAt: Date | string;
  deadline: string | null;
  coverAlt: string;
  strategy: { code: string; name: string };
  area: { name: string };
  fields: { name: string }[];
  skills: { name: string }[];
};

type Share = { url: string; image: string; siteName: string; publisher: string };

const iso = (value: Date | string) => new Date(value).toISOString();

export function challengeShareMeta(challenge: SharedChallenge, share: Share, language: string): MetaDescriptor[] {
  return [
    { title: `${challenge.title} | ${share.siteName}` },
    { name: "description", content: challenge.summary },
    { tagName: "link", rel: "canonical", href: share.url },
    { property: "og:type", content: "article" },
    { property: "og:title", content: challenge.title },
    { property: "og:description", content: challenge.summary },
    { property: "og:url", content: share.url },
    { property: "og:image", content: share.image },
    ...(challenge.coverAlt ? [{ property: "og:image:alt", content: challenge.coverAlt }] : []),
    { property: "og:site_name", content: share.siteName },
    { property: "og:locale", content: language === "en" ? "en_GB" : "ja_JP" },
    ...(challenge.publishedAt ? [{ property: "article:published_time", content: iso(challenge.publishedAt) }] : []),
    { property: "article:modified_time", content: iso(challenge.updatedAt) },
    { name: "twitter:card", content: "summary_large_image" },
    { name: "twitter:title", content: challenge.title },
    { name: "twitter:description", content: challenge.summary },
    { name: "twitter:image", content: share.image },
    ...(challenge.isPublic ? [] : [{ name: "robots", content: "noindex" }]),
  ];
}

/** JSON-LD for the page, with "<" escaped so no text can close the script element. */
export function challengeJsonLd(challenge: SharedChallenge, share: Share, language: string): string {
  const data = {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: challenge.title,
    description: challenge.summary,
    url: share.url,
    image: share.image,
    inLanguage: language,
    ...(challenge.publishedAt ? { datePublished: iso(challenge.publishedAt) } : {}),
    dateModified: iso(challenge.updatedAt),
    ...(challenge.deadline ? { expires: formatTokyoIso(endOfTokyoDay(challenge.deadline)) } : {}),
    about: [challenge.strategy.name, ...challenge.fields.map((field) => field.name)],
    keywords: challenge.skills.map((skill) => skill.name).join(", "),
    contentLocation: {
      "@type": "Place",
      name: challenge.area.name,
      address: { "@type": "PostalAddress", addressLocality: "塩尻市", addressRegion: "長野県", addressCountry: "JP" },
    },
    publisher: { "@type": "GovernmentOrganization", name: share.publisher },
    isPartOf: { "@type": "WebSite", name: share.siteName },
  };
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
