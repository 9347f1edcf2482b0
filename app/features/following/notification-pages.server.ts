// The notification pages: the signed-in person's inbox /notifications (mark all read), one notification's link
// /notifications/<id>, and the unsubscribe link of a mail /unsubscribe/<token>. The route modules only call these.
import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import { getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { listNotifications, markAllNotificationsRead, openNotification } from "~/features/following/notification-inbox.server.ts";
import { applyUnsubscribe, loadUnsubscribe } from "~/features/following/unsubscribe.server.ts";
import { clientIp, requireUser } from "~/kernel/auth/guards.server.ts";
import { flashHeader } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { notFound } from "~/kernel/http.server.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";

// ───────────────────────────── /notifications ─────────────────────────────

const markAllReadSchema = z.object({
  intent: z.literal("markAllRead"),
  upTo: z
    .string()
    .regex(/^[1-9][0-9]{0,18}$/)
    .optional(),
});

export async function loadNotificationsPage(request: Request) {
  const user = await requireUser(request);
  const language = await getLanguage(request);
  const pageParam = Number(new URL(request.url).searchParams.get("page") ?? "1");
  const page = Number.isInteger(pageParam) && pageParam > 0 && pageParam < 100_000 ? pageParam : 1;
  const inbox = await listNotifications(user.id, language, page);
  return {
    language,
    inbox,
    meta: await translatedMeta(
      request,
      { title: "following.notifications.metaTitle", description: "following.notifications.intro" },
      { noindex: true },
    ),
  };
}

export async function notificationsAction(request: Request) {
  const user = await requireUser(request);
  const parsed = markAllReadSchema.safeParse(Object.fromEntries(await readFormData(request)));
  if (!parsed.success) return data({ ok: false }, { status: 400 });
  await markAllNotificationsRead(user.id, parsed.data.upTo);
  return redirect("/notifications", { status: 303, headers: { "Set-Cookie": await flashHeader("following.notifications.allMarkedRead") } });
}

// ───────────────────────────── /notifications/<id> ─────────────────────────────

/**
 * A notification's link: marks it read and goes on to what it is about, so that opening it works as a plain
 * link (middle-click, no JavaScript). Only one's own notifications: any other id is a 404.
 */
export async function openNotificationLink(request: Request, id: string) {
  const user = await requireUser(request);
  const href = await openNotification(user.id, id, await getLanguage(request));
  if (!href) notFound();
  return redirect(href);
}

// ───────────────────────────── /unsubscribe/<token> ─────────────────────────────

// No sign-in: the signed token in the address is the authorisation (app/kernel/signed-token.server.ts).
export async function loadUnsubscribePage(request: Request, token: string) {
  const target = await loadUnsubscribe(token);
  const url = new URL(request.url);
  // The page speaks the account's language (the link is opened from a mail client, often without our cookie).
  if (target && !url.searchParams.has("lng") && (await getLanguage(request)) !== target.language) {
    throw redirect(`${url.pathname}?lng=${target.language}`);
  }
  const meta = await translatedMeta(request, { title: "unsubscribe.title", description: "unsubscribe.metaDescription" }, { noindex: true });
  if (!target) return data({ target: null, meta }, { status: 400 });
  return { target: { scope: target.scope, follow: target.follow, done: target.done }, meta };
}

export async function unsubscribeAction(request: Request, context: unknown, token: string) {
  const form = await request.formData().catch(() => null);
  const oneClick = form?.get("List-Unsubscribe") === "One-Click";
  const result = await applyUnsubscribe(token, { ipAddress: clientIp(context), oneClick });
  if (!result) return data({ result: "invalid" as const }, { status: 400 });
  return { result: result.changed ? ("done" as const) : ("already" as const) };
}
