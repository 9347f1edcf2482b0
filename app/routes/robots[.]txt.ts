import type { LoaderFunctionArgs } from "@remix-run/node";
import { robotsTxt } from "~/features/site/service-pages.server.ts";

/** What crawlers may read: everything public; signed-in, staff and form addresses are kept out. */
export const loader = ({ request }: LoaderFunctionArgs) => robotsTxt(request);
