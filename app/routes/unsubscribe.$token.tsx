import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Notice, SubmitButton } from "~/kernel/forms/forms.tsx";
import { loadUnsubscribePage, unsubscribeAction } from "~/features/following/notification-pages.server.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { textParam } from "~/kernel/params.server.ts";

// No sign-in: the signed token in the address is the authorisation (app/kernel/signed-token.server.ts). A mail
// app's one-click POST (RFC 8058) carries no Origin header; server.js exempts exactly this route from that check.
export const loader = ({ request, params }: LoaderFunctionArgs) => loadUnsubscribePage(request, textParam(params, "token"));

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => pageMeta(loaded?.meta);

export const headers: HeadersFunction = () => ({ "Cache-Control": "private, no-store" });

export const action = ({ request, params, context }: ActionFunctionArgs) => unsubscribeAction(request, context, textParam(params, "token"));

export default function UnsubscribePage() {
  const { target } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  if (!target || actionData?.result === "invalid") {
    return (
      <div className="container narrow page">
        <h1>{t("unsubscribe.invalidTitle")}</h1>
        <Notice tone="error">
          <p>{t("unsubscribe.invalid")}</p>
        </Notice>
        <p>
          <Link to="/login?redirectTo=%2Faccount">{t("unsubscribe.settingsLink")}</Link>
        </p>
      </div>
    );
  }
  const names = target.follow
    ? {
        type: t(`unsubscribe.targetType.${target.follow.type}`),
        name: i18n.language === "en" ? target.follow.nameEn : target.follow.nameJa,
      }
    : null;
  const isAll = target.scope === "all";
  const finished = actionData?.result ?? (target.done ? "already" : null);
  return (
    <div className="container narrow page">
      <h1>{t("unsubscribe.title")}</h1>
      <div aria-live="polite">
        {finished === "done" ? (
          <Notice tone="success">
            <p>{isAll ? t("unsubscribe.doneAll") : t("unsubscribe.doneFollow", names ?? {})}</p>
          </Notice>
        ) : null}
        {finished === "already" ? (
          <Notice>
            <p>{isAll ? t("unsubscribe.alreadyAll") : t("unsubscribe.alreadyFollow", names ?? {})}</p>
          </Notice>
        ) : null}
      </div>
      {finished ? null : (
        <>
          <p className="lead">{isAll ? t("unsubscribe.leadAll") : t("unsubscribe.leadFollow", names ?? {})}</p>
          <p>{t("unsubscribe.inAppStays")}</p>
          <p>{t("unsubscribe.noSignIn")}</p>
          <Form method="post" replace>
            <SubmitButton>{isAll ? t("unsubscribe.confirmAll") : t("unsubscribe.confirmFollow")}</SubmitButton>
          </Form>
        </>
      )}
      {finished ? <p>{t("unsubscribe.inAppStays")}</p> : null}
      <p>
        <Link to="/account">{t("unsubscribe.settingsLink")}</Link>
      </p>
    </div>
  );
}
