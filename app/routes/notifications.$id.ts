import type { LoaderFunctionArgs } from "@remix-run/node";
import { openNotificationLink } from "~/features/following/notification-pages.server.ts";
import { textParam } from "~/kernel/params.server.ts";

/** A notification's link: marks it read and goes on to what it is about (one's own notifications only). */
export const loader = ({ request, params }: LoaderFunctionArgs) => openNotificationLink(request, textParam(params, "id"));
