import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { openNotification } from "~/features/following/notification-inbox.server.ts";
import { requireUser } from "~/kernel/auth/guards.server.ts";
import { notFound } from "~/kernel/http.server.ts";

/**
 * A notification's link: marks it read and goes on to what it is about, so that opening it works as a plain
 * link (middle-click, no JavaScript). Only one's own notifications: any other id is a 404.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const href = await openNotification(user.id, params.id ?? "", await getLanguage(request));
  if (!href) notFound();
  return redirect(href);
}
