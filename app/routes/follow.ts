import type { ActionFunctionArgs } from "@remix-run/node";
import { followAction, loadFollowAddress } from "~/features/following/follow-pages.server.ts";

/** The follow button posts here: a plain form without JavaScript (redirected back), a fetcher with it (data). */
export const action = ({ request }: ActionFunctionArgs) => followAction(request);

export const loader = () => loadFollowAddress();
