import type { LoaderFunctionArgs } from "@remix-run/node";
import { sitemapXml } from "~/features/site/service-pages.server.ts";

/** Every public page for search engines, with its last change where it has one. */
export const loader = ({ request }: LoaderFunctionArgs) => sitemapXml(request);
