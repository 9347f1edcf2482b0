import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Pagination } from "~/kernel/ui/pagination.tsx";
import { loadUserList } from "~/features/admin/admin-pages.server.ts";
import { formatDate } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { roles } from "~/kernel/auth/permissions.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadUserList(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function AdminUsers() {
  const { users, total, pageSize, filters, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("admin.usersTitle")}</h1>
      <Form method="get" className="filter-bar" role="search">
        <div className="field">
          <label htmlFor="user-search">{t("admin.search")}</label>
          <input id="user-search" type="search" name="q" defaultValue={filters.q ?? ""} maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="user-role">{t("admin.roleFilter")}</label>
          <select id="user-role" name="role" defaultValue={filters.role ?? ""}>
            <option value="">{t("admin.allRoles")}</option>
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("admin.filter")}
        </button>
      </Form>
      <p role="status">{t("admin.resultCount", { count: total })}</p>
      {users.length === 0 ? (
        <p>{t("admin.noUsers")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t("admin.usersTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.name")}</th>
                <th scope="col">{t("admin.email")}</th>
                <th scope="col">{t("admin.roles")}</th>
                <th scope="col">{t("admin.verified")}</th>
                <th scope="col">{t("admin.registered")}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <th scope="row">
                    <Link to={`/admin/users/${user.id}`}>{user.displayName}</Link>
                  </th>
                  <td className="account-email">{user.email}</td>
                  <td>{["RESIDENT", ...user.roles].map((role) => t(`roles.${role}`)).join("・")}</td>
                  <td>{user.emailVerified ? t("account.emailVerified") : t("account.emailUnverified")}</td>
                  <td>{formatDate(language, user.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={filters.page} total={total} pageSize={pageSize} />
    </>
  );
}
