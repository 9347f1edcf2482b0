import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuditTable } from "~/features/admin/audit-table.tsx";
import { FormAlert } from "~/kernel/forms/forms.tsx";
import { loadUserAdmin, userAdminAction } from "~/features/admin/admin-pages.server.ts";
import { formatDate } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { textParam } from "~/kernel/params.server.ts";
import { grantableRoles } from "~/kernel/auth/permissions.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadUserAdmin(request, textParam(params, "id"));

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, params, context }: ActionFunctionArgs) => userAdminAction(request, context, textParam(params, "id"));

export default function AdminUser() {
  const { user, history, language } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const held = new Map(user.roles.map((entry) => [entry.role, entry]));
  return (
    <>
      <p>
        <Link to="/admin/users">← {t("admin.users")}</Link>
      </p>
      <h1>{t("admin.userTitle", { name: user.displayName })}</h1>
      <dl className="fact-list">
        <div>
          <dt>{t("admin.email")}</dt>
          <dd className="account-email">{user.email}</dd>
        </div>
        <div>
          <dt>{t("admin.verified")}</dt>
          <dd>{user.emailVerifiedAt ? t("account.emailVerified") : t("account.emailUnverified")}</dd>
        </div>
        <div>
          <dt>{t("admin.registered")}</dt>
          <dd>{formatDate(language, user.createdAt)}</dd>
        </div>
      </dl>
      <section aria-labelledby="roles-heading" className="panel">
        <h2 id="roles-heading">{t("admin.roles")}</h2>
        <FormAlert errors={actionData?.formErrors} />
        <ul className="role-list">
          {grantableRoles.map((role) => {
            const grant = held.get(role);
            const roleName = t(`roles.${role}`);
            return (
              <li key={role} className="role-list__item">
                <span className="role-list__name">
                  {roleName}
                  {grant ? (
                    <span className="muted">
                      {" "}
                      (
                      {t("admin.grantedBy", {
                        name: grant.grantedBy?.displayName ?? t("admin.system"),
                        date: formatDate(language, grant.grantedAt),
                      })}
                      )
                    </span>
                  ) : null}
                </span>
                <Form method="post">
                  <input type="hidden" name="role" value={role} />
                  <button
                    type="submit"
                    name="intent"
                    value={grant ? "revoke" : "grant"}
                    className={grant ? "button button--danger" : "button"}
                  >
                    {grant ? t("admin.revoke", { role: roleName }) : t("admin.grant", { role: roleName })}
                  </button>
                </Form>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t("admin.history")}</h2>
        <AuditTable
          entries={history.map((entry) => ({ ...entry, targetType: "user", targetId: user.id, ipAddress: null }))}
          language={language}
          caption={t("admin.history")}
        />
      </section>
    </>
  );
}
