import type { LoaderFunctionArgs } from "@remix-run/node";
import { areaChallengeFeed } from "~/features/challenges/export-pages.server.ts";
import { textParam } from "~/kernel/params.server.ts";

/** Atom feed of one area's public challenges: /areas/narakawa/challenges.atom (slugs on /open-data). */
export const loader = ({ request, params }: LoaderFunctionArgs) => areaChallengeFeed(request, textParam(params, "slug"));
