import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Pagination } from "~/kernel/ui/pagination.tsx";
import { loadNotificationsPage, notificationsAction } from "~/features/following/notification-pages.server.ts";
import { formatDate, formatDateTime, tokyoDate } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadNotificationsPage(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request }: ActionFunctionArgs) => notificationsAction(request);

/** Days in Japan time, newest first, as the list is ordered. */
function groupByDay<T extends { createdAt: string }>(items: T[]): Array<{ day: string; items: T[] }> {
  const groups: Array<{ day: string; items: T[] }> = [];
  for (const item of items) {
    const day = tokyoDate(item.createdAt);
    const last = groups.at(-1);
    if (last?.day === day) last.items.push(item);
    else groups.push({ day, items: [item] });
  }
  return groups;
}

export default function NotificationsPage() {
  const { inbox, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formAction === "/notifications";
  const groups = groupByDay(inbox.items);
  return (
    <div className="page container narrow notifications-page">
      <h1>{t("following.notifications.metaTitle")}</h1>
      <p>{t("following.notifications.intro")}</p>
      <div className="notifications-page__bar">
        <p className="muted">{t("following.notifications.unreadCount", { count: inbox.unread })}</p>
        {inbox.unread > 0 ? (
          <Form method="post" action="/notifications">
            <input type="hidden" name="intent" value="markAllRead" />
            {inbox.items[0] && inbox.page === 1 ? <input type="hidden" name="upTo" value={inbox.items[0].id} /> : null}
            <button type="submit" className="button" disabled={busy}>
              {t("following.notifications.markAllRead")}
            </button>
          </Form>
        ) : null}
        <Link to="/account/notifications">{t("following.notifications.preferences")}</Link>
      </div>
      {groups.length === 0 ? (
        <p className="notice">{t("following.notifications.empty")}</p>
      ) : (
        groups.map((group) => (
          <section key={group.day} aria-labelledby={`day-${group.day}`} className="notifications-day">
            <h2 id={`day-${group.day}`}>
              <time dateTime={group.day}>{formatDate(language, group.day)}</time>
            </h2>
            <ul className="notification-list">
              {group.items.map((item) => (
                <li key={item.id} className={item.read ? "notification" : "notification notification--unread"}>
                  {item.read ? null : <span className="notification__badge">{t("following.notifications.unread")}</span>}
                  <Link to={`/notifications/${item.id}`} className="notification__link">
                    {item.text}
                  </Link>
                  <time className="notification__time muted" dateTime={item.createdAt}>
                    {formatDateTime(language, item.createdAt)}
                  </time>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
      <Pagination page={inbox.page} total={inbox.total} pageSize={inbox.pageSize} />
    </div>
  );
}
