import type { ActionFunctionArgs } from "@remix-run/node";
import { receiveCspReport } from "~/features/admin/csp-reports.server.ts";

/** Where browsers send Content-Security-Policy violation reports (report-to and report-uri). */
export const action = ({ request, context }: ActionFunctionArgs) => receiveCspReport(request, context);
