import type { LoaderFunctionArgs } from "@remix-run/node";
import { activityFeedResponse } from "~/features/following/activity-feed.server.ts";
import { textParam } from "~/kernel/params.server.ts";

/** Atom feed of everything that happens in one district or area: /areas/narakawa/activity.atom. */
export const loader = ({ request, params }: LoaderFunctionArgs) => activityFeedResponse(request, { area: textParam(params, "slug") });
