import type { LoaderFunctionArgs } from "@remix-run/node";
import { dashboardJsonResponse } from "~/features/dashboard/dashboard-pages.server.ts";

/** The dashboard's figures as JSON, with a description of each part and the licence. */
export const loader = ({ request }: LoaderFunctionArgs) => dashboardJsonResponse(request);
