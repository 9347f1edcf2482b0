import type { LoaderFunctionArgs } from "@remix-run/node";
import { strategyChallengeFeed } from "~/features/taxonomy/strategy-pages.server.ts";
import { textParam } from "~/kernel/params.server.ts";

/** Atom feed of one basic strategy's public challenges: /strategies/A/challenges.atom. */
export const loader = ({ request, params }: LoaderFunctionArgs) => strategyChallengeFeed(request, textParam(params, "code"));
