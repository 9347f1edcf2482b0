import type { LoaderFunctionArgs } from "@remix-run/node";
import { activityFeedResponse } from "~/features/following/activity-feed.server.ts";
import { textParam } from "~/kernel/params.server.ts";

/** Atom feed of one initiative's activity (updates, status, milestones, outcomes): /initiatives/3/activity.atom. */
export const loader = ({ request, params }: LoaderFunctionArgs) =>
  activityFeedResponse(request, { initiative: textParam(params, "number") });
