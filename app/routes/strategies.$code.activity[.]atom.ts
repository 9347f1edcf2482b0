import type { LoaderFunctionArgs } from "@remix-run/node";
import { activityFeedResponse } from "~/features/following/activity-feed.server.ts";

/** Atom feed of everything that happens under one basic strategy: /strategies/A/activity.atom. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return activityFeedResponse(request, { strategy: params.code ?? "" });
}
