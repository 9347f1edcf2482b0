import type { LoaderFunctionArgs } from "@remix-run/node";
import { publicOrigin } from "~/kernel/auth/guards.server.ts";
import { cacheSeconds } from "~/features/challenges/open-data.ts";

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

export async function loader({ request }: LoaderFunctionArgs) {
  const body = ["User-agent: *", "Allow: /", ...disallowed.map((path) => `Disallow: ${path}`), "", `Sitemap: ${publicOrigin(request)}/sitemap.xml`, ""].join("\n");
  return new Response(body, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": `public, max-age=${cacheSeconds.robots}` },
  });
}
