import type { LoaderFunctionArgs } from "@remix-run/node";
import { imageResponse } from "~/features/initiatives/image-pages.server.ts";
import { textParam } from "~/kernel/params.server.ts";

/** An uploaded picture, cached for a year and served inert (see imageResponse). */
export const loader = ({ params }: LoaderFunctionArgs) => imageResponse(textParam(params, "id"));
