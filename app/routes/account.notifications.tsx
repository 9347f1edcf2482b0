import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { ChoiceGroup, FormAlert, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { loadNotificationSettings, notificationSettingsAction } from "~/features/following/follow-pages.server.ts";
import { notificationFrequencies, notificationFrequencySchema } from "~/features/following/schemas.ts";
import { formatDate } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadNotificationSettings(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, context }: ActionFunctionArgs) => notificationSettingsAction(request, context);

export default function NotificationSettingsPage() {
  const { notificationFrequency, follows, language } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(notificationFrequencySchema, {
    id: "notification-frequency",
    lastResult,
    defaultValue: { notificationFrequency },
  });
  return (
    <div className="container narrow page account-page">
      <Breadcrumbs items={[{ label: t("account.title"), to: "/account" }, { label: t("following.preferences.heading") }]} />
      <h1>{t("following.preferences.heading")}</h1>

      <section aria-labelledby="frequency-heading" className="panel">
        <h2 id="frequency-heading">{t("following.preferences.frequencyLegend")}</h2>
        <Form method="post" {...getFormProps(form)} className="form-stack">
          <FormAlert id={form.errorId} errors={form.errors} />
          <ChoiceGroup
            meta={fields.notificationFrequency}
            legend={t("following.preferences.frequencyLegend")}
            hint={t("following.preferences.frequencyHint")}
            type="radio"
            groups={[{ options: notificationFrequencies.map((value) => ({ value, label: t(`following.preferences.${value}`) })) }]}
          />
          <SubmitButton name="intent" value="frequency">
            {t("following.preferences.save")}
          </SubmitButton>
        </Form>
        <p>
          <Link to="/notifications">{t("following.notifications.metaTitle")}</Link>
        </p>
      </section>

      <section aria-labelledby="follows-heading" className="panel">
        <h2 id="follows-heading">{t("following.preferences.followsHeading")}</h2>
        {follows.length === 0 ? (
          <p>{t("following.preferences.noFollows")}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table follows-table">
              <caption>{t("following.preferences.followsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("following.preferences.columnName")}</th>
                  <th scope="col">{t("following.preferences.columnType")}</th>
                  <th scope="col">{t("following.preferences.columnSince")}</th>
                  <th scope="col">{t("following.preferences.columnAction")}</th>
                </tr>
              </thead>
              <tbody>
                {follows.map((follow) => (
                  <tr key={follow.id}>
                    <th scope="row">
                      <Link to={follow.href}>{follow.name}</Link>
                      {follow.automatic ? <span className="follows-table__note">{t("following.button.automatic")}</span> : null}
                    </th>
                    <td>{t(`following.preferences.targetType.${follow.targetType}`)}</td>
                    <td>
                      <time dateTime={follow.followedAt}>{formatDate(language, follow.followedAt)}</time>
                    </td>
                    <td>
                      <Form method="post">
                        <input type="hidden" name="targetType" value={follow.targetType} />
                        <input type="hidden" name="targetId" value={follow.targetId} />
                        <button
                          type="submit"
                          name="intent"
                          value="unfollow"
                          className="button"
                          aria-label={t("following.preferences.unfollowNamed", { name: follow.name })}
                        >
                          {t("following.button.unfollow")}
                        </button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
