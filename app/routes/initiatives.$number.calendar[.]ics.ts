import type { LoaderFunctionArgs } from "@remix-run/node";
import { initiativeCalendarResponse } from "~/features/following/calendar-feed.server.ts";
import { textParam } from "~/kernel/params.server.ts";

/** iCalendar of one initiative's milestones and events: /initiatives/3/calendar.ics. */
export const loader = ({ request, params }: LoaderFunctionArgs) => initiativeCalendarResponse(request, textParam(params, "number"));
