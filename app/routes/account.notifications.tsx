import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { ChoiceGroup, FormAlert, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { getAccount } from "~/features/accounts/account.server.ts";
import { listFollows, resolveFollowTarget, setNotificationFrequency, unfollow } from "~/features/following/follow.server.ts";
import { notificationFrequencies, notificationFrequencySchema, unfollowFormSchema } from "~/features/following/schemas.ts";
import { clientIp, requireUser } from "~/kernel/auth/guards.server.ts";
import { formatDate } from "~/kernel/japan-time.ts";
import { flashHeader } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { notFound } from "~/kernel/http.server.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { invalidReply } from "~/kernel/forms/submission.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const language = await getLanguage(request);
  const [account, follows] = await Promise.all([getAccount(user.id), listFollows(user.id, language)]);
  return {
    language,
    notificationFrequency: account.notificationFrequency,
    follows,
    meta: await translatedMeta(request, { title: "following.preferences.heading", description: "following.preferences.frequencyHint" }, { noindex: true }),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await readFormData(request);
  if (formData.get("intent") === "unfollow") {
    const parsed = unfollowFormSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return data(null, { status: 400 });
    const target = await resolveFollowTarget(parsed.data.targetType, parsed.data.targetId);
    if (!target) notFound();
    await unfollow(user.id, target);
    return redirect("/account/notifications", { status: 303, headers: { "Set-Cookie": await flashHeader("following.button.unfollowed") } });
  }
  const submission = parseWithZod(formData, { schema: notificationFrequencySchema });
  if (submission.status !== "success") return data(invalidReply(submission), { status: 400 });
  await setNotificationFrequency(user, submission.value.notificationFrequency, clientIp(context));
  return redirect("/account/notifications", { status: 303, headers: { "Set-Cookie": await flashHeader("following.preferences.saved") } });
}

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
                        <button type="submit" name="intent" value="unfollow" className="button" aria-label={t("following.preferences.unfollowNamed", { name: follow.name })}>
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
