import { Form, Link, NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/kernel/i18n/config.ts";
import type { Permission } from "~/kernel/auth/permissions.ts";
import { LogoMark } from "./logo-mark.tsx";

type HeaderUser = { displayName: string; permissions: Permission[]; unreadNotifications: number } | null;

export function SiteHeader({ language, returnTo, user }: { language: Language; returnTo: string; user: HeaderUser }) {
  const { t } = useTranslation();
  const otherLanguage: Language = language === "ja" ? "en" : "ja";
  // Work links (proposals, matches, review, coordination, admin) sit in their own menu so that the public menu
  // stays short and the header does not wrap however many roles someone holds.
  const workPermissions: Permission[] = [
    "proposal:create",
    "proposal:review",
    "match:manage",
    "challenge:edit",
    "audit:read",
    "moderation:manage",
  ];
  const hasWorkMenu = workPermissions.some((permission) => user?.permissions.includes(permission));
  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skipToContent")}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="site-brand">
            <LogoMark />
            <span className="site-brand__text">
              <span className="site-brand__name">{t("site.name")}</span>
              <span className="site-brand__operator">{t("site.operator")}</span>
            </span>
          </Link>
          <div className="site-header__navs">
            <nav aria-label={t("nav.primary")} className="site-nav">
              <ul>
                <li>
                  <NavLink to="/" end>
                    {t("nav.home")}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/challenges">{t("nav.challenges")}</NavLink>
                </li>
                <li>
                  <NavLink to="/initiatives">{t("initiatives.title")}</NavLink>
                </li>
                <li>
                  <NavLink to="/partners">{t("nav.partners")}</NavLink>
                </li>
                <li>
                  <NavLink to="/strategies">{t("nav.strategies")}</NavLink>
                </li>
                <li>
                  <NavLink to="/dashboard">{t("dashboard.headerLink")}</NavLink>
                </li>
                <li>
                  <NavLink to="/about">{t("nav.about")}</NavLink>
                </li>
              </ul>
            </nav>
            {hasWorkMenu ? (
              <nav aria-label={t("nav.work")} className="site-nav site-nav--work">
                <ul>
                  {user?.permissions.includes("proposal:create") ? (
                    <li>
                      <NavLink to="/proposals">{t("nav.myProposals")}</NavLink>
                    </li>
                  ) : null}
                  {user?.permissions.includes("proposal:create") ? (
                    <li>
                      <NavLink to="/for-you">{t("matching.forYou.headerLink")}</NavLink>
                    </li>
                  ) : null}
                  {user?.permissions.includes("proposal:create") ? (
                    <li>
                      <NavLink to="/matches">{t("matching.partnerSide.list.headerLink")}</NavLink>
                    </li>
                  ) : null}
                  {user?.permissions.includes("proposal:create") ? (
                    <li>
                      <NavLink to="/engagements">{t("engagements.mine.title")}</NavLink>
                    </li>
                  ) : null}
                  {user?.permissions.includes("match:manage") ? (
                    <li>
                      <NavLink to="/coordinate/matches">{t("matching.pipeline.board.headerLink")}</NavLink>
                    </li>
                  ) : null}
                  {user?.permissions.includes("proposal:review") ? (
                    <li>
                      <NavLink to="/coordinate/proposals">{t("nav.review")}</NavLink>
                    </li>
                  ) : null}
                  {user?.permissions.includes("challenge:edit") ? (
                    <li>
                      <NavLink to="/coordinate/challenges">{t("coordinate.title")}</NavLink>
                    </li>
                  ) : null}
                  {user?.permissions.includes("initiative:manage") ? (
                    <li>
                      <NavLink to="/coordinate/initiatives">{t("initiatives.coordinate.title")}</NavLink>
                    </li>
                  ) : null}
                  {user?.permissions.includes("moderation:manage") ? (
                    <li>
                      <NavLink to="/moderation">{t("moderation.queue.nav")}</NavLink>
                    </li>
                  ) : null}
                  {user?.permissions.includes("engagement:manage") ? (
                    <li>
                      <NavLink to="/coordinate/engagements">{t("engagements.coordinate.title")}</NavLink>
                    </li>
                  ) : null}
                  {user?.permissions.includes("audit:read") ? (
                    <li>
                      <NavLink to="/admin">{t("nav.admin")}</NavLink>
                    </li>
                  ) : null}
                </ul>
              </nav>
            ) : null}
          </div>
          <nav aria-label={t("nav.accountMenu")} className="account-nav">
            {user ? (
              <>
                <NavLink
                  to="/notifications"
                  className="account-nav__link notifications-link"
                  // The count is read as part of the name: 「お知らせ（未読 3 件）」.
                  aria-label={
                    user.unreadNotifications > 0
                      ? t("following.notifications.headerLinkUnread", { count: user.unreadNotifications })
                      : undefined
                  }
                >
                  {t("following.notifications.headerLink")}
                  {user.unreadNotifications > 0 ? (
                    <span className="notifications-link__badge" aria-hidden="true">
                      {user.unreadNotifications > 99 ? "99+" : user.unreadNotifications}
                    </span>
                  ) : null}
                </NavLink>
                <NavLink to="/account" className="account-nav__link">
                  {user.displayName}
                </NavLink>
                <Form method="post" action="/logout">
                  <button type="submit" className="account-nav__button">
                    {t("auth.signOut")}
                  </button>
                </Form>
              </>
            ) : (
              <>
                <NavLink to="/login" className="account-nav__link">
                  {t("nav.signIn")}
                </NavLink>
                <NavLink to="/signup" className="account-nav__link account-nav__link--primary">
                  {t("nav.signUp")}
                </NavLink>
              </>
            )}
          </nav>
          <Form method="post" action="/language" className="language-switcher" preventScrollReset>
            <input type="hidden" name="language" value={otherLanguage} />
            <input type="hidden" name="returnTo" value={returnTo} />
            <button type="submit" lang={otherLanguage} aria-label={t("language.switchToLong")} className="language-switcher__button">
              <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" focusable="false">
                <path
                  fill="currentColor"
                  d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm6.93 6h-2.95a15.7 15.7 0 0 0-1.38-3.56A8.03 8.03 0 0 1 18.93 8ZM12 4.04c.83 1.2 1.48 2.53 1.91 3.96h-3.82c.43-1.43 1.08-2.76 1.91-3.96ZM4.26 14a8.2 8.2 0 0 1 0-4h3.38a16.5 16.5 0 0 0 0 4H4.26Zm.81 2h2.95c.32 1.25.78 2.45 1.38 3.56A7.99 7.99 0 0 1 5.07 16Zm2.95-8H5.07a7.99 7.99 0 0 1 4.33-3.56A15.7 15.7 0 0 0 8.02 8ZM12 19.96A14.1 14.1 0 0 1 10.09 16h3.82A14.1 14.1 0 0 1 12 19.96ZM14.34 14H9.66a14.7 14.7 0 0 1 0-4h4.68a14.7 14.7 0 0 1 0 4Zm.26 5.56A15.7 15.7 0 0 0 15.98 16h2.95a8.03 8.03 0 0 1-4.33 3.56ZM16.36 14a16.5 16.5 0 0 0 0-4h3.38a8.2 8.2 0 0 1 0 4h-3.38Z"
                />
              </svg>
              <span>{t("language.switchTo")}</span>
            </button>
          </Form>
        </div>
      </header>
    </>
  );
}
