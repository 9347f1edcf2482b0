import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Notice, SubmitButton } from "~/kernel/forms/forms.tsx";
import { getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { applyUnsubscribe, loadUnsubscribe } from "~/features/following/unsubscribe.server.ts";
import { clientIp } from "~/kernel/auth/guards.server.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";

// No sign-in: the signed token in the address is the authorisation (app/kernel/signed-token.server.ts). A mail
// app's one-click POST (RFC 8058) carries no Origin header; server.js exempts exactly this route from that check.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const target = await loadUnsubscribe(params.token);
  const url = new URL(request.url);
  // The page speaks the account's language (the link is opened from a mail client, often without our cookie).
  if (target && !url.searchParams.has("lng") && (await getLanguage(request)) !== target.language) {
    throw redirect(`${url.pathname}?lng=${target.language}`);
  }
  const meta = await translatedMeta(request, { title: "unsubscribe.title", description: "unsubscribe.metaDescription" }, { noindex: true });
  if (!target) return data({ target: null, meta }, { status: 400 });
  return { target: { scope: target.scope, follow: target.follow, done: target.done }, meta };
}

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => pageMeta(loaded?.meta);

export const headers: HeadersFunction = () => ({ "Cache-Control": "private, no-store" });

export async function action({ request, params, context }: ActionFunctionArgs) {
  const form = await request.formData().catch(() => null);
  const oneClick = form?.get("List-Unsubscribe") === "One-Click";
  const result = await applyUnsubscribe(params.token, { ipAddress: clientIp(context), oneClick });
  if (!result) return data({ result: "invalid" as const }, { status: 400 });
  return { result: result.changed ? ("done" as const) : ("already" as const) };
}

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
    ? { type: t(`unsubscribe.targetType.${target.follow.type}`), name: i18n.language === "en" ? target.follow.nameEn : target.follow.nameJa }
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
