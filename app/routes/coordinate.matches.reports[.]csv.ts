import type { LoaderFunctionArgs } from "@remix-run/node";
import { matchReportsCsv } from "~/features/matching/report-pages.server.ts";

/** The pipeline report as CSV for the yearly administrative evaluation (coordinators only). */
export const loader = ({ request }: LoaderFunctionArgs) => matchReportsCsv(request);
