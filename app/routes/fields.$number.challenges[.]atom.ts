import type { LoaderFunctionArgs } from "@remix-run/node";
import { fieldChallengeFeed } from "~/features/challenges/export-pages.server.ts";
import { textParam } from "~/kernel/params.server.ts";

/** Atom feed of one strategy field's public challenges: /fields/4/challenges.atom. */
export const loader = ({ request, params }: LoaderFunctionArgs) => fieldChallengeFeed(request, textParam(params, "number"));
