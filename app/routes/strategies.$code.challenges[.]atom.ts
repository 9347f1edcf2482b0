import type { LoaderFunctionArgs } from "@remix-run/node";
import { challengeFeedResponse } from "~/features/challenges/challenge-feed.server.ts";
import { notFoundText } from "~/features/challenges/open-data.server.ts";

/** Atom feed of one basic strategy's public challenges: /strategies/A/challenges.atom. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const code = params.code ?? "";
  if (!/^[A-Za-z]$/.test(code)) return notFoundText();
  return challengeFeedResponse(request, { strategy: code.toUpperCase() });
}
