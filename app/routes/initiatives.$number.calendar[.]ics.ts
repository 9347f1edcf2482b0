import type { LoaderFunctionArgs } from "@remix-run/node";
import { initiativeCalendarResponse } from "~/features/following/calendar-feed.server.ts";

/** iCalendar of one initiative's milestones and events: /initiatives/3/calendar.ics. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return initiativeCalendarResponse(request, params.number);
}
