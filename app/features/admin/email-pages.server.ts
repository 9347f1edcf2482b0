// The e-mail outbox's pages: the administrators' /admin/emails (with "send again" for a dead message) and
// /admin/emails/preview, and the development mailbox /dev/mailbox[/<id>]. The route modules only call these.
import { data } from "@remix-run/node";
import { z } from "zod";
import { getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { supportedLanguages } from "~/kernel/i18n/config.ts";
import {
  emailTemplateNames,
  getMailboxMessage,
  linksInText,
  listMailbox,
  listOutbox,
  renderTemplatePreview,
  retryDeadEmail,
} from "~/kernel/email/outbox.server.ts";
import { emailStatuses } from "~/kernel/email/email-statuses.ts";
import { clientIp, requirePermission } from "~/kernel/auth/guards.server.ts";
import { requireDevelopment } from "~/kernel/development.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";

// ───────────────────────────── /admin/emails ─────────────────────────────

// A hand-edited address falls back to "no filter" instead of failing.
const outboxFiltersSchema = z.object({
  status: z.enum(emailStatuses).optional().catch(undefined),
  to: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

const retrySchema = z.object({ intent: z.literal("retry"), id: z.uuid() });

export async function loadOutbox(request: Request) {
  await requirePermission(request, "email:manage");
  const filters = outboxFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [outbox, language, meta] = await Promise.all([
    listOutbox({ status: filters.status, to: filters.to || undefined, page: filters.page }),
    getLanguage(request),
    translatedMeta(request, { title: "adminEmails.title", description: "adminEmails.lead" }, { noindex: true }),
  ]);
  return { ...outbox, filters, language, meta };
}

export async function outboxAction(request: Request, context: unknown) {
  const admin = await requirePermission(request, "email:manage");
  const parsed = retrySchema.safeParse(Object.fromEntries(await readFormData(request)));
  if (!parsed.success) return data({ ok: false, message: "adminEmails.invalid" }, { status: 400 });
  const result = await retryDeadEmail(parsed.data.id, { actor: { id: admin.id, label: admin.displayName }, ipAddress: clientIp(context) });
  if (result === "not-found") return data({ ok: false, message: "adminEmails.notFound" }, { status: 404 });
  if (result === "not-dead") return data({ ok: false, message: "adminEmails.notDead" }, { status: 409 });
  return { ok: true, message: "adminEmails.retried" };
}

// ───────────────────────────── /admin/emails/preview ─────────────────────────────

export async function loadEmailPreview(request: Request) {
  await requirePermission(request, "email:manage");
  const pageLanguage = await getLanguage(request);
  const params = z
    .object({
      template: z.enum(emailTemplateNames).catch(emailTemplateNames[0]!),
      language: z.enum(supportedLanguages).catch(pageLanguage),
    })
    .parse(Object.fromEntries(new URL(request.url).searchParams));
  const [rendered, meta] = await Promise.all([
    renderTemplatePreview(params.template, params.language),
    translatedMeta(request, { title: "adminEmails.previewTitle", description: "adminEmails.previewLead" }, { noindex: true }),
  ]);
  return { templates: emailTemplateNames, selected: params, rendered, meta };
}

// ───────────────────────────── /dev/mailbox (development only) ─────────────────────────────

export async function loadDevMailbox(request: Request) {
  requireDevelopment();
  const filters = z
    .object({ to: z.string().trim().max(200).optional().catch(undefined) })
    .parse(Object.fromEntries(new URL(request.url).searchParams));
  const [messages, language, meta] = await Promise.all([
    listMailbox({ to: filters.to || undefined }),
    getLanguage(request),
    translatedMeta(request, { title: "mailbox.title", description: "mailbox.lead" }, { noindex: true }),
  ]);
  return { messages, filters, language, meta };
}

export async function loadDevMailboxMessage(request: Request, id: string) {
  requireDevelopment();
  const [message, language] = await Promise.all([getMailboxMessage(id), getLanguage(request)]);
  if (!message) throw new Response("Not Found", { status: 404 });
  return { message: { ...message, links: linksInText(message.text) }, language };
}
