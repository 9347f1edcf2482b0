import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuditTable } from "~/features/admin/audit-table.tsx";
import { FormAlert } from "~/kernel/forms/forms.tsx";
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { changeRole, getUserForAdmin } from "~/features/admin/user-admin.server.ts";
import { roleChangeSchema } from "~/features/accounts/schemas.ts";
import { clientIp, requirePermission } from "~/kernel/auth/guards.server.ts";
import { formatDate } from "~/kernel/japan-time.ts";
import { flashHeader } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { notFound } from "~/kernel/http.server.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { grantableRoles } from "~/kernel/auth/permissions.ts";

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "role:grant");
  if (!uuidShape.test(params.id ?? "")) notFound();
  const found = await getUserForAdmin(params.id!);
  if (!found) notFound();
  const [t, language] = await Promise.all([getFixedT(request), getLanguage(request)]);
  return {
    ...found,
    language,
    meta: { title: t("admin.userTitle", { name: found.user.displayName }), description: t("admin.overviewLead"), siteName: t("site.name"), language, noindex: true },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export async function action({ request, params, context }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "role:grant");
  if (!uuidShape.test(params.id ?? "")) notFound();
  const submission = parseWithZod(await readFormData(request), { schema: roleChangeSchema });
  const t = await getFixedT(request);
  if (submission.status !== "success") return data({ formErrors: [t("validation.invalidChoice")] }, { status: 400 });
  const outcome = await changeRole(admin, { userId: params.id!, ...submission.value }, clientIp(context));
  if (!outcome.ok) return data({ formErrors: [t(outcome.reason)] }, { status: outcome.reason === "admin.userMissing" ? 404 : 409 });
  if (!outcome.changed) return data({ formErrors: [t("admin.noChange")] }, { status: 409 });
  return redirect(`/admin/users/${params.id}`, {
    headers: { "Set-Cookie": await flashHeader(submission.value.intent === "grant" ? "roleGranted" : "roleRevoked") },
  });
}

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
                      ({t("admin.grantedBy", { name: grant.grantedBy?.displayName ?? t("admin.system"), date: formatDate(language, grant.grantedAt) })})
                    </span>
                  ) : null}
                </span>
                <Form method="post">
                  <input type="hidden" name="role" value={role} />
                  <button type="submit" name="intent" value={grant ? "revoke" : "grant"} className={grant ? "button button--danger" : "button"}>
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
        <AuditTable entries={history.map((entry) => ({ ...entry, targetType: "user", targetId: user.id, ipAddress: null }))} language={language} caption={t("admin.history")} />
      </section>
    </>
  );
}
