// The admin's taxonomy pages (/admin/taxonomy, /admin/taxonomy/<kind>, /admin/taxonomy/<kind>/<id>,
// /admin/taxonomy/<kind>/new): what they load and what their forms do. Every loader and action checks
// "taxonomy:manage" itself; the route modules only call these.
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { clientIp, requirePermission } from "~/kernel/auth/guards.server.ts";
import { flashHeader } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { refuse } from "~/kernel/forms/submission.server.ts";
import { notFound } from "~/kernel/http.server.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { pickLanguage } from "~/kernel/localize.ts";
import {
  createTaxonomyEntry,
  countTaxonomyEntries,
  findTaxonomyEntry,
  listTaxonomyEntries,
  updateTaxonomyEntry,
} from "./taxonomy-admin.server.ts";
import { creatableKinds, entrySchemaFor, isTaxonomyKind, taxonomyKinds, type TaxonomyKind } from "./taxonomy-schemas.ts";

function kindOf(value: string): TaxonomyKind {
  if (!isTaxonomyKind(value)) notFound();
  return value;
}

function entryIdOf(value: string): number {
  if (!/^[1-9]\d{0,8}$/.test(value)) notFound();
  return Number(value);
}

function creatableKindOf(value: string): "areas" | "skills" {
  const kind = kindOf(value);
  if (!(creatableKinds as readonly string[]).includes(kind)) notFound();
  return kind as "areas" | "skills";
}

export async function loadTaxonomyOverview(request: Request) {
  await requirePermission(request, "taxonomy:manage");
  const counts = await countTaxonomyEntries();
  return {
    kinds: taxonomyKinds.map((kind) => ({ kind, ...counts[kind] })),
    meta: await translatedMeta(request, { title: "adminTaxonomy.title", description: "adminTaxonomy.lead" }, { noindex: true }),
  };
}

export async function loadTaxonomyList(request: Request, kindParam: string) {
  await requirePermission(request, "taxonomy:manage");
  const kind = kindOf(kindParam);
  const [rows, language, t] = await Promise.all([listTaxonomyEntries(kind), getLanguage(request), getFixedT(request)]);
  return {
    kind,
    language,
    canAdd: (creatableKinds as readonly string[]).includes(kind),
    entries: rows.map((row) => ({
      id: row.id,
      key: row.key,
      nameJa: row.nameJa,
      nameEn: row.nameEn,
      position: row.position,
      retired: row.retiredAt !== null,
      group: row.areaKind ? t(`areaKind.${row.areaKind}`) : row.category ? pickLanguage(language, row.category.ja, row.category.en) : null,
    })),
    meta: { ...(await translatedMeta(request, { title: `adminTaxonomy.kinds.${kind}` }, { noindex: true })) },
  };
}

function formDefaults(entry: NonNullable<Awaited<ReturnType<typeof findTaxonomyEntry>>>) {
  const defaults: Record<string, string> = { version: String(entry.version) };
  for (const [column, value] of Object.entries(entry.editable)) defaults[column] = Array.isArray(value) ? value.join("\n") : String(value);
  if (entry.retiredAt) defaults.retired = "on";
  return defaults;
}

export async function loadTaxonomyEntry(request: Request, kindParam: string, idParam: string) {
  await requirePermission(request, "taxonomy:manage");
  const kind = kindOf(kindParam);
  const entry = await findTaxonomyEntry(kind, entryIdOf(idParam));
  if (!entry) notFound();
  const [language, t] = await Promise.all([getLanguage(request), getFixedT(request)]);
  return {
    kind,
    language,
    entry: { id: entry.id, key: entry.key, name: pickLanguage(language, entry.nameJa, entry.nameEn), retired: entry.retiredAt !== null },
    defaults: formDefaults(entry),
    meta: {
      title: t("adminTaxonomy.editTitle", { name: pickLanguage(language, entry.nameJa, entry.nameEn) }),
      description: t("adminTaxonomy.lead"),
      siteName: t("site.name"),
      language,
      noindex: true,
    },
  };
}

export async function taxonomyEntryAction(request: Request, context: unknown, kindParam: string, idParam: string) {
  const admin = await requirePermission(request, "taxonomy:manage");
  const kind = kindOf(kindParam);
  const id = entryIdOf(idParam);
  const submission = parseWithZod(await readFormData(request), { schema: entrySchemaFor(kind, false) });
  if (submission.status !== "success") return data({ result: submission.reply(), conflict: null }, { status: 400 });
  const outcome = await updateTaxonomyEntry(
    admin,
    kind,
    id,
    { ...submission.value, version: submission.value.version ?? 0 },
    clientIp(context),
  );
  if (!outcome.ok) {
    if (outcome.kind === "not-found") notFound();
    const t = await getFixedT(request);
    return refuse({}, submission, outcome, { form: [t("adminTaxonomy.conflictRefused")] });
  }
  return redirect(`/admin/taxonomy/${kind}`, { headers: { "Set-Cookie": await flashHeader("adminTaxonomy.flash.saved") } });
}

export async function loadNewTaxonomyEntry(request: Request, kindParam: string) {
  await requirePermission(request, "taxonomy:manage");
  const kind = creatableKindOf(kindParam);
  return {
    kind,
    language: await getLanguage(request),
    meta: await translatedMeta(request, { title: `adminTaxonomy.new.${kind}` }, { noindex: true }),
  };
}

export async function newTaxonomyEntryAction(request: Request, context: unknown, kindParam: string) {
  const admin = await requirePermission(request, "taxonomy:manage");
  const kind = creatableKindOf(kindParam);
  const submission = parseWithZod(await readFormData(request), { schema: entrySchemaFor(kind, true) });
  if (submission.status !== "success") return data({ result: submission.reply(), conflict: null }, { status: 400 });
  const outcome = await createTaxonomyEntry(admin, kind, submission.value as Parameters<typeof createTaxonomyEntry>[2], clientIp(context));
  if (!outcome.ok) {
    const t = await getFixedT(request);
    return refuse({}, submission, outcome, { field: { slug: [t(outcome.reason)] } });
  }
  return redirect(`/admin/taxonomy/${kind}`, { headers: { "Set-Cookie": await flashHeader("adminTaxonomy.flash.created") } });
}
