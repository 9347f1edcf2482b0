// The site's own addresses outside any domain: the privacy notice (/privacy), the language switcher (/language),
// what crawlers read (/robots.txt, /sitemap.xml) and the liveness check (/livez). The route modules only call these.
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { supportedLanguages } from "~/kernel/i18n/config.ts";
import { languageCookie } from "~/kernel/i18n/i18next.server.ts";
import { setAccountLanguage } from "~/features/accounts/index.server.ts";
import { listPublicChallengeStamps } from "~/features/challenges/index.server.ts";
import { escapeXml } from "~/features/challenges/index.server.ts";
import { cacheSeconds } from "~/features/challenges/index.ts";
import { listInitiativeNumbersForSitemap } from "~/features/initiatives/index.server.ts";
import { listPublicPartnerStamps } from "~/features/partners/index.server.ts";
import { loadTaxonomyLookups } from "~/features/taxonomy/index.server.ts";
import { getUser, publicOrigin } from "~/kernel/auth/guards.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { safeRedirectPath } from "~/kernel/redirect.ts";

// ───────────────────────────── /privacy ─────────────────────────────

export async function loadPrivacyPage(request: Request) {
  return { meta: await translatedMeta(request, { title: "privacy.title", description: "privacy.description" }) };
}

// ───────────────────────────── /language ─────────────────────────────

const languageFormSchema = z.object({
  language: z.enum(supportedLanguages),
  returnTo: z.string().max(2048).optional(),
});

/** The language switcher posts here; a plain form, so it works without JavaScript. */
export async function languageAction(request: Request) {
  const form = Object.fromEntries(await readFormData(request));
  const parsed = languageFormSchema.safeParse(form);
  if (!parsed.success) {
    return new Response("Unsupported language", { status: 400 });
  }
  const user = await getUser(request);
  if (user) await setAccountLanguage(user.id, parsed.data.language);
  const target = new URL(safeRedirectPath(parsed.data.returnTo), "http://localhost");
  // A ?lng= in the address would outrank the cookie the visitor just chose.
  target.searchParams.delete("lng");
  return redirect(target.pathname + target.search, {
    headers: { "Set-Cookie": await languageCookie.serialize(parsed.data.language) },
  });
}

/** /language is only posted to; opened in a browser it leads home. */
export async function loadLanguageAddress() {
  return redirect("/");
}

// ───────────────────────────── /robots.txt ─────────────────────────────

// Everything public may be crawled, feeds and the CSV included. Kept out: signed-in and staff areas, the
// account forms (nothing to index, and crawling them only costs rate-limit budget), development tools, and the
// JSON API (the same data is on the pages and in the sitemap; programs read the API, search engines need not).
const disallowed = [
  "/account",
  "/admin",
  "/coordinate",
  "/dev",
  "/api/",
  "/login",
  "/logout",
  "/signup",
  "/signin-link",
  "/forgot-password",
  "/reset-password",
  "/verify-email",
  "/language",
  "/healthz",
  "/livez",
];

export async function robotsTxt(request: Request) {
  const body = [
    "User-agent: *",
    "Allow: /",
    ...disallowed.map((path) => `Disallow: ${path}`),
    "",
    `Sitemap: ${publicOrigin(request)}/sitemap.xml`,
    "",
  ].join("\n");
  return new Response(body, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": `public, max-age=${cacheSeconds.robots}` },
  });
}

// ───────────────────────────── /sitemap.xml ─────────────────────────────

// A sitemap holds at most 50,000 addresses; the hub is far from that, but the file must stay valid regardless.
const maxUrls = 50_000;

/**
 * Every public page for search engines: the fixed pages, strategies, fields ①–⑨, areas, each public challenge and each
 * partner profile shown in the directory, with its last change. Drafts, archived challenges and private
 * profiles never appear. No hreflang alternates: a page's language follows
 * the visitor (?lng=, cookie, Accept-Language) at one address, and the challenge pages' canonical link names it.
 */
export async function sitemapXml(request: Request) {
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
    return ["  <url>", `    <loc>${loc}</loc>`, ...(lastmod ? [`    <lastmod>${lastmod.toISOString()}</lastmod>`] : []), "  </url>"].join(
      "\n",
    );
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

// ───────────────────────────── /livez ─────────────────────────────

/** Liveness: the process answers. No database, no rendering; also the bare baseline for load tests. */
export function livenessResponse() {
  return new Response("ok", { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
