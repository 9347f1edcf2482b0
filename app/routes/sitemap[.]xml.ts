import type { LoaderFunctionArgs } from "@remix-run/node";
import { listPublicChallengeStamps } from "~/features/challenges/challenge-export.server.ts";
import { listInitiativeNumbersForSitemap } from "~/features/initiatives/initiative-queries.server.ts";
import { listPublicPartnerStamps } from "~/features/partners/partner.server.ts";
import { loadTaxonomyLookups } from "~/features/taxonomy/taxonomy.server.ts";
import { publicOrigin } from "~/kernel/auth/guards.server.ts";
import { escapeXml } from "~/features/challenges/open-data.server.ts";
import { cacheSeconds } from "~/features/challenges/open-data.ts";

// A sitemap holds at most 50,000 addresses; the hub is far from that, but the file must stay valid regardless.
const maxUrls = 50_000;

/**
 * Every public page for search engines: the fixed pages, strategies, fields ①–⑨, areas, each public challenge and each
 * partner profile shown in the directory, with its last change. Drafts, archived challenges and private
 * profiles never appear. No hreflang alternates: a page's language follows
 * the visitor (?lng=, cookie, Accept-Language) at one address, and the challenge pages' canonical link names it.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const origin = publicOrigin(request);
  const [lookups, challenges, partners, initiatives] = await Promise.all([
    loadTaxonomyLookups(),
    listPublicChallengeStamps(),
    listPublicPartnerStamps(maxUrls),
    listInitiativeNumbersForSitemap(),
  ]);
  const strategies = [...lookups.strategyIdByCode.keys()].sort();
  const fields = [...lookups.fieldIdByNumber.keys()].sort((a, b) => a - b);
  const areas = [...lookups.areaIdBySlug.keys()];
  const pages: Array<{ path: string; lastmod?: Date }> = [
    { path: "/" },
    { path: "/challenges" },
    { path: "/strategies" },
    ...strategies.map((code) => ({ path: `/strategies/${code}` })),
    ...fields.map((number) => ({ path: `/fields/${number}` })),
    ...areas.map((slug) => ({ path: `/areas/${slug}` })),
    { path: "/about" },
    { path: "/open-data" },
    { path: "/dashboard" },
    { path: "/privacy" },
    ...challenges.map((challenge) => ({ path: `/challenges/${challenge.number}`, lastmod: challenge.updatedAt })),
    { path: "/initiatives" },
    ...initiatives.map((initiative) => ({ path: `/initiatives/${initiative.number}`, lastmod: initiative.updatedAt })),
    { path: "/partners" },
    ...partners.map((partner) => ({ path: `/partners/${partner.id}`, lastmod: partner.updatedAt })),
  ].slice(0, maxUrls);

  const urls = pages.map(({ path, lastmod }) => {
    const loc = escapeXml(`${origin}${path}`);
    return ["  <url>", `    <loc>${loc}</loc>`, ...(lastmod ? [`    <lastmod>${lastmod.toISOString()}</lastmod>`] : []), "  </url>"].join("\n");
  });
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": `public, max-age=${cacheSeconds.sitemap}` },
  });
}
