import type { LoaderFunctionArgs } from "@remix-run/node";
import { accountExportDownload } from "~/features/accounts/account-pages.server.ts";

/** The signed-in person's data as a JSON download (APPI disclosure request, self-service). */
export const loader = ({ request, context }: LoaderFunctionArgs) => accountExportDownload(request, context);
