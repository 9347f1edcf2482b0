// The admin's indicator page /admin/indicators: every indicator with its yearly values, a form to enter one value
// and a box to paste a column of values as CSV. Checks "indicator:manage" in the loader and the action.
import { data, redirect } from "@remix-run/node";
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { clientIp, requirePermission } from "~/kernel/auth/guards.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { pickLanguage } from "~/kernel/localize.ts";
import {
  importIndicatorCsv,
  listIndicatorsForAdmin,
  parseFiscalYear,
  parseIndicatorValue,
  saveIndicatorValue,
} from "./indicator-admin.server.ts";

export async function loadIndicatorAdmin(request: Request) {
  await requirePermission(request, "indicator:manage");
  const [rows, language] = await Promise.all([listIndicatorsForAdmin(), getLanguage(request)]);
  const saved = new URL(request.url).searchParams.get("saved");
  return {
    language,
    saved,
    indicators: rows.map((row) => ({
      key: row.key,
      version: row.version,
      retired: row.retiredAt !== null,
      name: pickLanguage(language, row.nameJa, row.nameEn),
      unit: pickLanguage(language, row.unitJa, row.unitEn),
      target: { value: row.targetValue.toNumber(), year: row.targetYear },
      baseline: row.baselineValue !== null ? { value: row.baselineValue.toNumber(), year: row.baselineYear } : null,
      values: row.values.map((value) => ({
        year: value.year,
        value: value.value.toNumber(),
        note: value.note,
        sourceUrl: value.sourceUrl,
      })),
    })),
    meta: await translatedMeta(request, { title: "adminIndicators.title", description: "adminIndicators.lead" }, { noindex: true }),
  };
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

export async function indicatorAdminAction(request: Request, context: unknown) {
  const admin = await requirePermission(request, "indicator:manage");
  const form = await readFormData(request);
  const t = await getFixedT(request);
  const key = text(form, "indicator");
  const intent = text(form, "intent");
  const typed = Object.fromEntries([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  const refuse = (errors: string[], status = 400) => data({ indicator: key, intent, errors, typed }, { status });
  // The version of the indicator the page showed; a form from an older page (none sent) is not checked.
  const versionText = text(form, "version");
  const expectedVersion = /^\d{1,9}$/.test(versionText) ? Number(versionText) : undefined;
  const refuseConflict = (changedBy: string | null | undefined) =>
    refuse([changedBy ? t("adminIndicators.errors.changed", { name: changedBy }) : t("adminIndicators.errors.changedUnknown")], 409);
  if (intent === "import") {
    const outcome = await importIndicatorCsv(admin, key, text(form, "csv"), clientIp(context), expectedVersion);
    if (!outcome.ok) {
      if (outcome.kind === "not-found") return refuse([t("adminIndicators.errors.unknown")], 404);
      if (outcome.kind === "conflict") return refuseConflict(outcome.current?.changedBy);
      return refuse(outcome.lines.map((line) => t("adminIndicators.errors.line", { line: line.line, message: t(line.reason) })));
    }
    return redirect(`/admin/indicators?saved=${encodeURIComponent(key)}#indicator-${key}`);
  }
  const errors: string[] = [];
  const year = parseFiscalYear(text(form, "year"));
  if (year === null) errors.push(t("adminIndicators.errors.year"));
  const value = parseIndicatorValue(text(form, "value"));
  if (value === null) errors.push(t("adminIndicators.errors.value"));
  const note = text(form, "note").trim();
  if (note.length > 500) errors.push(t("adminIndicators.errors.noteTooLong"));
  const sourceUrl = text(form, "sourceUrl").trim();
  if (sourceUrl && (!/^https?:\/\/\S+$/.test(sourceUrl) || sourceUrl.length > 500)) errors.push(t("adminIndicators.errors.sourceUrl"));
  if (errors.length || year === null || value === null) return refuse(errors);
  const outcome = await saveIndicatorValue(admin, key, { year, value, note, sourceUrl }, clientIp(context), expectedVersion);
  if (!outcome.ok) {
    if (outcome.kind === "conflict") return refuseConflict(outcome.current?.changedBy);
    return refuse([t("adminIndicators.errors.unknown")], 404);
  }
  return redirect(`/admin/indicators?saved=${encodeURIComponent(key)}#indicator-${key}`);
}
