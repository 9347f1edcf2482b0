import type { LoaderFunctionArgs } from "@remix-run/node";
import { challengeApiList } from "~/features/challenges/export-pages.server.ts";

/**
 * GET /api/challenges: public challenges as open data (CC BY 4.0), both languages in every item.
 * `{ data: [...], meta: { total, page, pageSize, totalPages }, links: { self, next, prev } }`; documented on /open-data.
 */
export const loader = ({ request }: LoaderFunctionArgs) => challengeApiList(request);
