// Visible "follow by feed" and "add to calendar" links for people without an account. A page's loader returns
// `subscribeHrefs(scope)` (and `subscribeLinks(scope, label, t)` for its meta, so feed readers find them too):
//
//   loader:    subscribe: subscribeHrefs({ initiative: initiative.number }),
//              feedLinks: subscribeLinks({ initiative: initiative.number }, title, t),
//   meta:      [...pageMeta(data?.meta), ...(data?.feedLinks ?? [])]
//   component: <SubscribeLinks hrefs={subscribe} />
import { useTranslation } from "react-i18next";
import type { SubscribeHrefs } from "~/features/following/feed-links.ts";

export function SubscribeLinks({ hrefs, className }: { hrefs: SubscribeHrefs; className?: string }) {
  const { t } = useTranslation();
  return (
    <div className={["subscribe-links", className].filter(Boolean).join(" ")}>
      <p className="subscribe-links__hint">{t("subscribe.links.hint")}</p>
      <ul className="subscribe-links__list">
        <li className="feed-link">
          <a href={hrefs.atom} type="application/atom+xml">
            {t("subscribe.links.atom")}
          </a>
        </li>
        <li className="calendar-link">
          <a href={hrefs.calendar} type="text/calendar">
            {t("subscribe.links.ical")}
          </a>
        </li>
      </ul>
    </div>
  );
}
