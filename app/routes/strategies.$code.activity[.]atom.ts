import type { LoaderFunctionArgs } from "@remix-run/node";
import { activityFeedResponse } from "~/features/following/activity-feed.server.ts";
import { textParam } from "~/kernel/params.server.ts";

/** Atom feed of everything that happens under one basic strategy: /strategies/A/activity.atom. */
export const loader = ({ request, params }: LoaderFunctionArgs) => activityFeedResponse(request, { strategy: textParam(params, "code") });
