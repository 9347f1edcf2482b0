import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { loadAdminLayout } from "~/features/admin/admin-pages.server.ts";

// Every admin page checks its own permission too: loaders run in parallel, so a layout guard alone is not enough.
export const loader = ({ request }: LoaderFunctionArgs) => loadAdminLayout(request);

export default function AdminLayout() {
  const { t } = useTranslation();
  return (
    <div className="container page admin-page">
      <p className="page-banner__eyebrow">{t("admin.title")}</p>
      <nav aria-label={t("admin.nav")} className="subnav">
        <ul>
          <li>
            <NavLink to="/admin" end>
              {t("admin.overview")}
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/users">{t("admin.users")}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/audit">{t("admin.audit")}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/taxonomy">{t("adminTaxonomy.nav")}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/indicators">{t("adminIndicators.nav")}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/emails">{t("admin.emails")}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/csp-reports">{t("admin.cspNav")}</NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
