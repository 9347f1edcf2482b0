// The admin's pages for the indicators themselves: /admin/indicators/new (add one) and /admin/indicators/<key>
// (edit, retire, restore). Every loader and action checks "indicator:manage" itself; the routes only call these.
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import { clientIp, requirePermission } from "~/kernel/auth/guards.server.ts";
import { flashHeader } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { newSubmissionKey, oncePerSubmission } from "~/kernel/forms/submission-key.server.ts";
import { refuse } from "~/kernel/forms/submission.server.ts";
import { notFound } from "~/kernel/http.server.ts";
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { pickLanguage } from "~/kernel/localize.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { createIndicator, findIndicatorForEdit, updateIndicator, type IndicatorForEdit } from "./indicator-catalogue.server.ts";
import { indicatorSchema, newIndicatorSchema } from "./indicator-schemas.ts";

function indicatorKeyOf(value: string): string {
  if (!/^[a-z0-9-]{1,60}$/.test(value)) notFound();
  return value;
}

function formDefaults(indicator: IndicatorForEdit) {
  const defaults: Record<string, string> = { version: String(indicator.version) };
  for (const [column, value] of Object.entries(indicator.editable)) if (value !== null) defaults[column] = String(value);
  if (indicator.retiredAt) defaults.retired = "on";
  return defaults;
}

export async function loadNewIndicator(request: Request) {
  await requirePermission(request, "indicator:manage");
  return {
    language: await getLanguage(request),
    submissionKey: newSubmissionKey(),
    meta: await translatedMeta(request, { title: "adminIndicators.new.title", description: "adminIndicators.new.lead" }, { noindex: true }),
  };
}

export async function newIndicatorAction(request: Request, context: unknown) {
  const admin = await requirePermission(request, "indicator:manage");
  const formData = await readFormData(request);
  return oncePerSubmission(formData, admin.id, async () => {
    const submission = parseWithZod(formData, { schema: newIndicatorSchema });
    if (submission.status !== "success") return data({ result: submission.reply(), conflict: null }, { status: 400 });
    const outcome = await createIndicator(admin, submission.value, clientIp(context));
    if (!outcome.ok) {
      const t = await getFixedT(request);
      return refuse({}, submission, outcome, { field: { key: [t(outcome.reason)] } });
    }
    return redirect(`/admin/indicators#indicator-${outcome.key}`, {
      headers: { "Set-Cookie": await flashHeader("adminIndicators.flash.created") },
    });
  });
}

export async function loadIndicatorEdit(request: Request, keyParam: string) {
  await requirePermission(request, "indicator:manage");
  const indicator = await findIndicatorForEdit(indicatorKeyOf(keyParam));
  if (!indicator) notFound();
  const [language, t] = await Promise.all([getLanguage(request), getFixedT(request)]);
  const name = pickLanguage(language, indicator.editable.nameJa as string, indicator.editable.nameEn as string);
  return {
    language,
    indicator: { key: indicator.key, name, retired: indicator.retiredAt !== null },
    defaults: formDefaults(indicator),
    meta: {
      title: t("adminIndicators.editPage.title", { name }),
      description: t("adminIndicators.editPage.lead"),
      siteName: t("site.name"),
      language,
      noindex: true,
    },
  };
}

export async function indicatorEditAction(request: Request, context: unknown, keyParam: string) {
  const admin = await requirePermission(request, "indicator:manage");
  const key = indicatorKeyOf(keyParam);
  const submission = parseWithZod(await readFormData(request), { schema: indicatorSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), conflict: null }, { status: 400 });
  const outcome = await updateIndicator(admin, key, { ...submission.value, version: submission.value.version ?? 0 }, clientIp(context));
  if (!outcome.ok) {
    if (outcome.kind === "not-found") notFound();
    const t = await getFixedT(request);
    return refuse({}, submission, outcome, { form: [t("adminIndicators.conflict.refused")] });
  }
  return redirect(`/admin/indicators#indicator-${key}`, { headers: { "Set-Cookie": await flashHeader("adminIndicators.flash.saved") } });
}
