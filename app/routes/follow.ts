import type { ActionFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { follow, followStateFor, resolveFollowTarget, unfollow } from "~/features/following/follow.server.ts";
import { followFormSchema } from "~/features/following/schemas.ts";
import { getUser } from "~/kernel/auth/guards.server.ts";
import { flashHeader } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { notFound } from "~/kernel/http.server.ts";
import { safeRedirectPath } from "~/kernel/redirect.ts";

/** The follow button posts here: a plain form without JavaScript (redirected back), a fetcher with it (data). */
export async function action({ request }: ActionFunctionArgs) {
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
  if (parsed.data.respond === "data") return data({ ok: true as const, state: await followStateFor(user.id, target) });
  const flash = await flashHeader(parsed.data.intent === "follow" ? "following.button.followed" : "following.button.unfollowed");
  return redirect(back, { status: 303, headers: { "Set-Cookie": flash } });
}

export async function loader() {
  return redirect("/");
}
