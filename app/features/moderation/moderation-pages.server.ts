// The pages of moderation: the report form (/report), the queue (/moderation), one reported thing
// (/moderation/<kind>/<id>), one account (/moderation/users/<id>) and the owner's notices (/account/notices).
// Every page checks its own permission; route modules only call these.
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import { clientIp, requestContext, requirePermission, requireUser } from "~/kernel/auth/guards.server.ts";
import { flashHeader } from "~/kernel/flash.server.ts";
import { invalidSubmission, refusalReply, refuse } from "~/kernel/forms/submission.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { notFound } from "~/kernel/http.server.ts";
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { isUuid } from "~/kernel/params.server.ts";
import { failureStatus } from "~/kernel/result.ts";
import { targetKinds, targetKindNames, type TargetKind } from "./moderation-options.ts";
import { decide, getModerationCase, listReportQueue } from "./moderation.server.ts";
import { listNotices } from "./notices.server.ts";
import { fileReport, getReportable } from "./reports.server.ts";
import { dismissSchema, hideSchema, reportSchema, restoreSchema, suspendSchema, unsuspendSchema } from "./schemas.ts";
import { changeSuspension, getAccountForModeration } from "./suspension.server.ts";

// ───────────────────────────── /report ─────────────────────────────

const reportAddressSchema = z.object({ type: z.enum(targetKindNames), id: z.uuid() });

export async function loadReportPage(request: Request) {
  const user = await requireUser(request);
  const address = reportAddressSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!address.success) notFound();
  const reportable = await getReportable(user, targetKinds[address.data.type], address.data.id);
  const t = await getFixedT(request);
  const meta = await translatedMeta(
    request,
    { title: "moderation.report.title", description: "moderation.report.lead" },
    { noindex: true },
  );
  // One's own thing: the page explains rather than 404s, so the link may be shown to everyone.
  if (!reportable.ok && reportable.kind === "forbidden") {
    return data({ kind: address.data.type, target: null, existing: null, refusal: t(reportable.reason), meta }, { status: 403 });
  }
  if (!reportable.ok) notFound();
  return data({ kind: address.data.type, target: reportable.target, existing: reportable.existing, refusal: null, meta });
}

export async function reportAction(request: Request, context: unknown) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readFormData(request), { schema: reportSchema });
  if (submission.status !== "success") return invalidSubmission(submission);
  const { type, ...rest } = submission.value;
  const outcome = await fileReport(user, { type: targetKinds[type], ...rest }, clientIp(context));
  if (!outcome.ok) {
    // Nothing there (or nothing this person may see) is a 404 like the form's page; one's own is a 403.
    if (outcome.kind === "not-found") notFound();
    const retryAfterSeconds = "retryAfterSeconds" in outcome ? outcome.retryAfterSeconds : undefined;
    const { result, init } = await refusalReply(request, submission, { reason: outcome.reason, retryAfterSeconds });
    return data(result, outcome.kind === "forbidden" ? { status: 403 } : init);
  }
  return redirect(outcome.path, { headers: { "Set-Cookie": await flashHeader("moderation.flash.reported") } });
}

// ───────────────────────────── /moderation ─────────────────────────────

const queueFiltersSchema = z.object({
  status: z.enum(["open", "all"]).catch("open"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export async function loadModerationQueue(request: Request) {
  await requirePermission(request, "moderation:manage");
  const filters = queueFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [queue, language, meta] = await Promise.all([
    listReportQueue(filters),
    getLanguage(request),
    translatedMeta(request, { title: "moderation.queue.title", description: "moderation.queue.lead" }, { noindex: true }),
  ]);
  return { ...queue, filters, language, meta };
}

// ───────────────────────────── /moderation/<kind>/<id> ─────────────────────────────

function caseAddress(kind: string, id: string): { kind: TargetKind; id: string } {
  if (!(targetKindNames as string[]).includes(kind) || !isUuid(id)) notFound();
  return { kind: kind as TargetKind, id };
}

export async function loadModerationCase(request: Request, kind: string, id: string) {
  await requirePermission(request, "moderation:manage");
  const address = caseAddress(kind, id);
  const found = await getModerationCase(targetKinds[address.kind], address.id);
  if (!found) notFound();
  const [t, language] = await Promise.all([getFixedT(request), getLanguage(request)]);
  return {
    ...found,
    kind: address.kind,
    language,
    meta: {
      title: t("moderation.target.title", { name: found.target.label }),
      description: t("moderation.queue.lead"),
      siteName: t("site.name"),
      language,
      noindex: true,
    },
  };
}

const decisionSchema = z.discriminatedUnion("intent", [hideSchema, restoreSchema, dismissSchema]);

export async function moderationCaseAction(request: Request, context: unknown, kind: string, id: string) {
  const moderator = await requirePermission(request, "moderation:manage");
  const address = caseAddress(kind, id);
  const formData = await readFormData(request);
  const intent = String(formData.get("intent") ?? "");
  const submission = parseWithZod(formData, { schema: decisionSchema });
  if (submission.status !== "success") return data({ intent, result: submission.reply(), conflict: null }, { status: 400 });
  const outcome = await decide(
    moderator,
    { type: targetKinds[address.kind], id: address.id },
    submission.value,
    requestContext(request, context),
  );
  if (!outcome.ok) {
    const t = await getFixedT(request);
    return refuse({ intent }, submission, failureStatus(outcome), { form: [t(outcome.reason)] });
  }
  const flash = { hide: "moderation.flash.hidden", restore: "moderation.flash.restored", dismiss: "moderation.flash.dismissed" } as const;
  return redirect(`/moderation/${address.kind}/${address.id}`, {
    headers: { "Set-Cookie": await flashHeader(flash[submission.value.intent]) },
  });
}

// ───────────────────────────── /moderation/users/<id> ─────────────────────────────

export async function loadModerationAccount(request: Request, userId: string) {
  await requirePermission(request, "moderation:manage");
  if (!isUuid(userId)) notFound();
  const found = await getAccountForModeration(userId);
  if (!found) notFound();
  const [t, language] = await Promise.all([getFixedT(request), getLanguage(request)]);
  return {
    ...found,
    language,
    meta: {
      title: t("moderation.account.title", { name: found.user.displayName }),
      description: t("moderation.queue.lead"),
      siteName: t("site.name"),
      language,
      noindex: true,
    },
  };
}

const suspensionSchema = z.discriminatedUnion("intent", [suspendSchema, unsuspendSchema]);

export async function moderationAccountAction(request: Request, context: unknown, userId: string) {
  const moderator = await requirePermission(request, "moderation:manage");
  if (!isUuid(userId)) notFound();
  const formData = await readFormData(request);
  const intent = String(formData.get("intent") ?? "");
  const submission = parseWithZod(formData, { schema: suspensionSchema });
  if (submission.status !== "success") return data({ intent, result: submission.reply(), conflict: null }, { status: 400 });
  const outcome = await changeSuspension(moderator, { userId, ...submission.value }, requestContext(request, context));
  if (!outcome.ok) {
    const t = await getFixedT(request);
    return refuse({ intent }, submission, failureStatus(outcome), { form: [t(outcome.reason)] });
  }
  const flash = submission.value.intent === "suspend" ? "moderation.flash.suspended" : "moderation.flash.unsuspended";
  return redirect(`/moderation/users/${userId}`, { headers: { "Set-Cookie": await flashHeader(flash) } });
}

// ───────────────────────────── /account/notices ─────────────────────────────

export async function loadNoticesPage(request: Request) {
  const user = await requireUser(request);
  const [notices, language, meta] = await Promise.all([
    listNotices(user.id),
    getLanguage(request),
    translatedMeta(request, { title: "moderation.notices.title", description: "moderation.notices.lead" }, { noindex: true }),
  ]);
  return { notices, language, meta };
}
