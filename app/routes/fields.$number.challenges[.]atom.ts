import type { LoaderFunctionArgs } from "@remix-run/node";
import { challengeFeedResponse } from "~/features/challenges/challenge-feed.server.ts";
import { notFoundText } from "~/features/challenges/open-data.server.ts";

/** Atom feed of one strategy field's public challenges: /fields/4/challenges.atom. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const number = params.number ?? "";
  if (!/^[1-9][0-9]?$/.test(number)) return notFoundText();
  return challengeFeedResponse(request, { field: Number(number) });
}
