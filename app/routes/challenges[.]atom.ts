import type { LoaderFunctionArgs } from "@remix-run/node";
import { challengeFeedResponse } from "~/features/challenges/challenge-feed.server.ts";

/** Atom feed of the newest public challenges, with the list's filters (?strategy=A&field=4&area=narakawa…). */
export const loader = ({ request }: LoaderFunctionArgs) => challengeFeedResponse(request, null);
