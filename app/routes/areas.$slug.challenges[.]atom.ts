import type { LoaderFunctionArgs } from "@remix-run/node";
import { challengeFeedResponse } from "~/features/challenges/challenge-feed.server.ts";
import { notFoundText } from "~/features/challenges/open-data.server.ts";

/** Atom feed of one area's public challenges: /areas/narakawa/challenges.atom (slugs on /open-data). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  if (!/^[A-Za-z0-9-]{1,60}$/.test(slug)) return notFoundText();
  return challengeFeedResponse(request, { area: slug.toLowerCase() });
}
