import type { LoaderFunctionArgs } from "@remix-run/node";
import { contributionCsvResponse } from "~/features/engagements/contribution-pages.server.ts";

export const loader = ({ request }: LoaderFunctionArgs) => contributionCsvResponse(request);
