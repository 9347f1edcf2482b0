// The follow button for a challenge, initiative, strategy, field or area page.
//
// How a page uses it:
//   loader:    const user = await getUser(request);
//              const follow = await followStateFor(user?.id ?? null, { type: "AREA", areaId: area.id });
//              return { …, follow };                         (app/features/following/follow.server.ts)
//   component: <FollowButton state={data.follow} />
//
// Without JavaScript it is a plain form posting to /follow, which redirects back to this page. With JavaScript
// it posts through a fetcher, shows the new state at once (optimistic) and announces the result in a live
// region. Signed-out visitors get a link to sign in that brings them back here. The follower count is shown
// to everyone.
import { Form, Link, useFetcher, useLocation } from "@remix-run/react";
import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import type { FollowState } from "~/features/following/follow.server.ts";

// The server render and the first client render agree (false); afterwards the fetcher takes over the form.
const subscribeToNothing = () => () => {};

type FollowResponse = { ok: true; state: FollowState } | { ok: false };

export function FollowButton({ state, className }: { state: FollowState; className?: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const fetcher = useFetcher<FollowResponse>({ key: `follow-${state.targetType}-${state.targetId}` });
  const hydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  const here = location.pathname + location.search;

  const pendingIntent = fetcher.formData?.get("intent");
  // While the request runs, show what was asked for; afterwards the revalidated loader is the truth.
  const current = state;
  let following = current.following;
  let followers = current.followers;
  if (pendingIntent === "follow" && !state.following) {
    following = true;
    followers = state.followers + 1;
  } else if (pendingIntent === "unfollow" && state.following) {
    following = false;
    followers = Math.max(0, state.followers - 1);
  }
  const automatic = following && current.automatic && pendingIntent !== "follow";

  let announcement = "";
  if (fetcher.state === "idle" && fetcher.data) {
    announcement = fetcher.data.ok
      ? t(fetcher.data.state.following ? "following.button.followed" : "following.button.unfollowed")
      : t("following.button.failed");
  }

  const count = <span className="follow-button__count">{t("following.button.followers", { count: followers })}</span>;

  if (!state.signedIn) {
    return (
      <div className={["follow-button", className].filter(Boolean).join(" ")}>
        <Link to={`/login?${new URLSearchParams({ redirectTo: here })}`} className="button">
          {t("following.button.signInToFollow")}
        </Link>
        {count}
      </div>
    );
  }

  const FormComponent = hydrated ? fetcher.Form : Form;
  return (
    <div className={["follow-button", className].filter(Boolean).join(" ")}>
      <FormComponent method="post" action="/follow" className="follow-button__form" preventScrollReset>
        <input type="hidden" name="targetType" value={state.targetType} />
        <input type="hidden" name="targetId" value={state.targetId} />
        <input type="hidden" name="redirectTo" value={here} />
        <input type="hidden" name="intent" value={following ? "unfollow" : "follow"} />
        {hydrated ? <input type="hidden" name="respond" value="data" /> : null}
        {following ? (
          <span className="follow-button__state">
            <span aria-hidden="true">✓ </span>
            {t("following.button.following")}
          </span>
        ) : null}
        <button type="submit" className={following ? "button" : "button button--primary"}>
          {following ? t("following.button.unfollow") : t("following.button.follow")}
        </button>
      </FormComponent>
      {count}
      {automatic ? <span className="follow-button__note">{t("following.button.automatic")}</span> : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
