import type { LoaderFunctionArgs } from "@remix-run/node";
import { imageResponse } from "~/features/initiatives/image-pages.server.ts";
import { textParam } from "~/kernel/params.server.ts";

/** An uploaded picture, served inert; a draft's only to staff (see imageResponse). */
export const loader = ({ request, params }: LoaderFunctionArgs) => imageResponse(request, textParam(params, "id"));
