import type { LoaderFunctionArgs } from "@remix-run/node";
import { activityFeedResponse } from "~/features/following/activity-feed.server.ts";

/** Atom feed of everything that happens in one strategic field: /fields/4/activity.atom. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return activityFeedResponse(request, { field: params.number ?? "" });
}
