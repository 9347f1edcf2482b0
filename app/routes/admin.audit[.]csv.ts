import type { LoaderFunctionArgs } from "@remix-run/node";
import { auditLogCsv } from "~/features/admin/admin-pages.server.ts";

/** The audit log as CSV, filtered like /admin/audit, for the city's auditors (administrators only). */
export const loader = ({ request, context }: LoaderFunctionArgs) => auditLogCsv(request, context);
