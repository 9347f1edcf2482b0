// The administrators' pages behind /admin: the overview, the audit log, the user list and one user's roles.
// What they load and what their one action does; the route modules only call these. Every page checks its own
// permission: loaders run in parallel, so the layout's guard alone is not enough.
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { listAuditEntries, writeAudit } from "~/kernel/audit/audit.server.ts";
import { csvDocument, csvDownloadHeaders } from "~/kernel/csv.server.ts";
import { prisma } from "~/kernel/db.server.ts";
import { auditActions } from "~/kernel/audit/audit-actions.ts";
import { changeRole, countUsersByRole, getUserForAdmin, listUsers } from "~/features/admin/user-admin.server.ts";
import { roleChangeSchema } from "~/features/accounts/index.ts";
import { clientIp, requirePermission, requireRecentAuthentication } from "~/kernel/auth/guards.server.ts";
import { flashHeader } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { notFound } from "~/kernel/http.server.ts";
import { isUuid } from "~/kernel/params.server.ts";
import { addTokyoDays, formatTokyoIso, startOfTokyoDay, todayInTokyo } from "~/kernel/japan-time.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { roles } from "~/kernel/auth/permissions.ts";

// ───────────────────────────── /admin (layout and overview) ─────────────────────────────

export async function loadAdminLayout(request: Request) {
  await requirePermission(request, "audit:read");
  return null;
}

export async function loadAdminOverview(request: Request) {
  await requirePermission(request, "audit:read");
  const [counts, recent, language] = await Promise.all([
    countUsersByRole(),
    listAuditEntries({ page: 1, pageSize: 10 }),
    getLanguage(request),
  ]);
  return {
    counts,
    recent: recent.entries,
    language,
    meta: await translatedMeta(request, { title: "admin.title", description: "admin.overviewLead" }, { noindex: true }),
  };
}

// ───────────────────────────── /admin/audit ─────────────────────────────

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

// A hand-edited address falls back to "no filter" instead of failing.
const auditFiltersSchema = z.object({
  action: z.enum(auditActions).optional().catch(undefined),
  actor: z.string().trim().max(100).optional().catch(undefined),
  target: z.string().trim().max(100).optional().catch(undefined),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

// Dates are Japan's calendar days: 2026-11-24 means midnight to midnight in Asia/Tokyo.
function tokyoMidnight(date: string | undefined, plusDays = 0): Date | undefined {
  if (!date) return undefined;
  const start = startOfTokyoDay(date);
  if (Number.isNaN(start.getTime())) return undefined;
  return startOfTokyoDay(addTokyoDays(date, plusDays));
}

function auditFiltersOf(request: Request) {
  const filters = auditFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const query = {
    action: filters.action,
    actor: filters.actor || undefined,
    targetId: filters.target || undefined,
    from: tokyoMidnight(filters.from),
    to: tokyoMidnight(filters.to, 1),
  };
  return { filters, query };
}

export async function loadAuditLog(request: Request) {
  await requirePermission(request, "audit:read");
  const { filters, query } = auditFiltersOf(request);
  const [result, language] = await Promise.all([listAuditEntries({ ...query, page: filters.page }), getLanguage(request)]);
  return {
    ...result,
    filters,
    language,
    meta: await translatedMeta(request, { title: "admin.auditTitle", description: "admin.auditLead" }, { noindex: true }),
  };
}

/** The most rows one export holds; narrower filters (dates, action) give the rest. */
export const AUDIT_EXPORT_LIMIT = 100_000;
const AUDIT_EXPORT_BATCH = 5_000;

/**
 * /admin/audit.csv: the audit log as the page filters it (same address parameters, every page), for the city's
 * auditors. Times in Japan time, action codes with their names in the reader's language. The export is itself logged.
 * A data export: the audit page's permission, and a sign-in proved within the last minutes (decision 0017).
 */
export async function auditLogCsv(request: Request, context: unknown) {
  const admin = await requirePermission(request, "audit:read");
  await requireRecentAuthentication(request);
  const { filters, query } = auditFiltersOf(request);
  const t = await getFixedT(request);
  const rows: string[][] = [];
  for (let page = 1; rows.length < AUDIT_EXPORT_LIMIT; page++) {
    const batch = await listAuditEntries({ ...query, page, pageSize: AUDIT_EXPORT_BATCH });
    for (const entry of batch.entries) {
      rows.push([
        entry.id,
        formatTokyoIso(entry.createdAt),
        entry.action,
        t(`admin.auditActions.${entry.action}`, { defaultValue: entry.action }),
        entry.actorLabel,
        entry.targetType,
        entry.targetId ?? "",
        JSON.stringify(entry.details ?? {}),
        entry.ipAddress ?? "",
      ]);
    }
    if (batch.entries.length < AUDIT_EXPORT_BATCH) break;
  }
  await writeAudit(prisma, {
    actor: { id: admin.id, label: admin.displayName },
    action: "audit.exported",
    targetType: "audit",
    details: { rows: rows.length, filters: { ...filters, page: undefined } },
    ipAddress: clientIp(context),
  });
  const header = ["id", "time", "action", "actionName", "actor", "targetType", "targetId", "details", "ipAddress"];
  return new Response(csvDocument([header, ...rows.slice(0, AUDIT_EXPORT_LIMIT)]), {
    headers: { ...csvDownloadHeaders(`shiojiri-audit-${todayInTokyo()}.csv`), "Cache-Control": "private, no-store" },
  });
}

// ───────────────────────────── /admin/users and /admin/users/<id> ─────────────────────────────

// A hand-edited address falls back to defaults instead of failing.
const userFiltersSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  role: z.enum(roles).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export async function loadUserList(request: Request) {
  await requirePermission(request, "role:grant");
  const filters = userFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [result, language] = await Promise.all([
    listUsers({ query: filters.q || undefined, role: filters.role, page: filters.page }),
    getLanguage(request),
  ]);
  return {
    ...result,
    filters,
    language,
    users: result.users.map((user) => ({
      ...user,
      roles: user.roles.map((entry) => entry.role),
      emailVerified: user.emailVerifiedAt !== null,
    })),
    meta: await translatedMeta(request, { title: "admin.usersTitle" }, { noindex: true }),
  };
}

/** `userId` is the address's text, checked after the permission: to anyone else the page answers as it always does. */
export async function loadUserAdmin(request: Request, userId: string) {
  await requirePermission(request, "role:grant");
  if (!isUuid(userId)) notFound();
  const found = await getUserForAdmin(userId);
  if (!found) notFound();
  const [t, language] = await Promise.all([getFixedT(request), getLanguage(request)]);
  return {
    ...found,
    language,
    meta: {
      title: t("admin.userTitle", { name: found.user.displayName }),
      description: t("admin.overviewLead"),
      siteName: t("site.name"),
      language,
      noindex: true,
    },
  };
}

export async function userAdminAction(request: Request, context: unknown, userId: string) {
  const admin = await requirePermission(request, "role:grant");
  if (!isUuid(userId)) notFound();
  // Changing who may do what is asked again of the admin (decision 0017): a session left open is not enough.
  await requireRecentAuthentication(request);
  const submission = parseWithZod(await readFormData(request), { schema: roleChangeSchema });
  const t = await getFixedT(request);
  if (submission.status !== "success") return data({ formErrors: [t("validation.invalidChoice")] }, { status: 400 });
  const outcome = await changeRole(admin, { userId, ...submission.value }, clientIp(context));
  if (!outcome.ok) return data({ formErrors: [t(outcome.reason)] }, { status: outcome.reason === "admin.userMissing" ? 404 : 409 });
  if (!outcome.changed) return data({ formErrors: [t("admin.noChange")] }, { status: 409 });
  return redirect(`/admin/users/${userId}`, {
    headers: { "Set-Cookie": await flashHeader(submission.value.intent === "grant" ? "roleGranted" : "roleRevoked") },
  });
}
