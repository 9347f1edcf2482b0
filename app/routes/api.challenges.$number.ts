import type { LoaderFunctionArgs } from "@remix-run/node";
import { challengeApiItem } from "~/features/challenges/export-pages.server.ts";
import { textParam } from "~/kernel/params.server.ts";

/** GET /api/challenges/12: one public challenge with its body (Markdown) in both languages; 404 JSON otherwise. */
export const loader = ({ request, params }: LoaderFunctionArgs) => challengeApiItem(request, textParam(params, "number"));
