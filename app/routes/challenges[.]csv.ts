import type { LoaderFunctionArgs } from "@remix-run/node";
import { challengeCsvDownload } from "~/features/challenges/export-pages.server.ts";

/** Every public challenge matching the list's filters as CSV (columns documented on /open-data), by number. */
export const loader = ({ request }: LoaderFunctionArgs) => challengeCsvDownload(request);
