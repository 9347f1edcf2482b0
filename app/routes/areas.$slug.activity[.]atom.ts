import type { LoaderFunctionArgs } from "@remix-run/node";
import { activityFeedResponse } from "~/features/following/activity-feed.server.ts";

/** Atom feed of everything that happens in one district or area: /areas/narakawa/activity.atom. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return activityFeedResponse(request, { area: params.slug ?? "" });
}
