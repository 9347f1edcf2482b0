// Following from the pages: /follow (where every follow button posts) and the signed-in person's settings on
// /account/notifications (how often to hear, and what they follow). The route modules only call these.
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import { getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { getAccount } from "~/features/accounts/index.server.ts";
import {
  follow,
  followStateFor,
  listFollows,
  resolveFollowTarget,
  setNotificationFrequency,
  unfollow,
} from "~/features/following/follow.server.ts";
import { followFormSchema, notificationFrequencySchema, unfollowFormSchema } from "~/features/following/schemas.ts";
import { clientIp, getUser, requireUser } from "~/kernel/auth/guards.server.ts";
import { flashHeader } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { notFound } from "~/kernel/http.server.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { safeRedirectPath } from "~/kernel/redirect.ts";
import { invalidReply } from "~/kernel/forms/submission.server.ts";

// ───────────────────────────── /follow ─────────────────────────────

/** The follow button posts here: a plain form without JavaScript (redirected back), a fetcher with it (data). */
export async function followAction(request: Request) {
  const parsed = followFormSchema.safeParse(Object.fromEntries(await readFormData(request)));
  // A raw Response: a resource route's data() would lose its status on a plain form post.
  if (!parsed.success) return Response.json({ ok: false }, { status: 400 });
  const back = safeRedirectPath(parsed.data.redirectTo);
  const user = await getUser(request);
  if (!user) return redirect(`/login?${new URLSearchParams({ redirectTo: back })}`);
  const target = await resolveFollowTarget(parsed.data.targetType, parsed.data.targetId);
  if (!target) notFound();
  if (parsed.data.intent === "follow") await follow(user.id, target);
  else await unfollow(user.id, target);
  // A Response, as from every resource route: the enhanced button's fetcher calls /follow itself (no .data), and
  // under single fetch Remix logs a long deprecation warning on each click whose action returns plain data.
  if (parsed.data.respond === "data") return Response.json({ ok: true as const, state: await followStateFor(user.id, target) });
  const flash = await flashHeader(parsed.data.intent === "follow" ? "following.button.followed" : "following.button.unfollowed");
  return redirect(back, { status: 303, headers: { "Set-Cookie": flash } });
}

/** /follow is only posted to; opened in a browser it leads home. */
export async function loadFollowAddress() {
  return redirect("/");
}

// ───────────────────────────── /account/notifications ─────────────────────────────

export async function loadNotificationSettings(request: Request) {
  const user = await requireUser(request);
  const language = await getLanguage(request);
  const [account, follows] = await Promise.all([getAccount(user.id), listFollows(user.id, language)]);
  return {
    language,
    notificationFrequency: account.notificationFrequency,
    follows,
    meta: await translatedMeta(
      request,
      { title: "following.preferences.heading", description: "following.preferences.frequencyHint" },
      { noindex: true },
    ),
  };
}

export async function notificationSettingsAction(request: Request, context: unknown) {
  const user = await requireUser(request);
  const formData = await readFormData(request);
  if (formData.get("intent") === "unfollow") {
    const parsed = unfollowFormSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return data(null, { status: 400 });
    const target = await resolveFollowTarget(parsed.data.targetType, parsed.data.targetId);
    if (!target) notFound();
    await unfollow(user.id, target);
    return redirect("/account/notifications", { status: 303, headers: { "Set-Cookie": await flashHeader("following.button.unfollowed") } });
  }
  const submission = parseWithZod(formData, { schema: notificationFrequencySchema });
  if (submission.status !== "success") return data(invalidReply(submission), { status: 400 });
  await setNotificationFrequency(user, submission.value.notificationFrequency, clientIp(context));
  return redirect("/account/notifications", { status: 303, headers: { "Set-Cookie": await flashHeader("following.preferences.saved") } });
}
