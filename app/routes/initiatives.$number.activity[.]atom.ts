import type { LoaderFunctionArgs } from "@remix-run/node";
import { activityFeedResponse } from "~/features/following/activity-feed.server.ts";

/** Atom feed of one initiative's activity (updates, status, milestones, outcomes): /initiatives/3/activity.atom. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return activityFeedResponse(request, { initiative: params.number ?? "" });
}
