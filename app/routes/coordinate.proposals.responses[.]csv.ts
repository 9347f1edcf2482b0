import type { LoaderFunctionArgs } from "@remix-run/node";
import { responseStatsCsv } from "~/features/proposals/response-stats-pages.server.ts";

/** The response statistics as CSV (coordinators only). */
export const loader = ({ request }: LoaderFunctionArgs) => responseStatsCsv(request);
