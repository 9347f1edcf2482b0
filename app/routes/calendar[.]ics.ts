import type { LoaderFunctionArgs } from "@remix-run/node";
import { hubCalendarResponse } from "~/features/following/calendar-feed.server.ts";

/** iCalendar of every initiative's milestones and events and the public challenges' deadlines (?strategy=A&area=…). */
export const loader = ({ request }: LoaderFunctionArgs) => hubCalendarResponse(request);
