import type { LoaderFunctionArgs } from "@remix-run/node";
import { dashboardCsvDownload } from "~/features/dashboard/dashboard-pages.server.ts";

/** The dashboard's figures as CSV (columns documented on /open-data), for the same filters as the page. */
export const loader = ({ request }: LoaderFunctionArgs) => dashboardCsvDownload(request);
