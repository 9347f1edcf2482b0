import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Language } from "~/kernel/i18n/config.ts";
import { formatDateTime } from "~/kernel/japan-time.ts";

export type AuditRow = {
  id: string;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  details: unknown;
  ipAddress: string | null;
  createdAt: Date | string;
};

/** "Number: 12, From: DRAFT" in the reader's language; a key without a name (older entries) shows as stored. */
export function describeDetails(details: unknown, t: TFunction): string {
  if (!details || typeof details !== "object") return "";
  return Object.entries(details as Record<string, unknown>)
    .map(
      ([key, value]) =>
        `${t(`admin.auditDetails.${key}`, { defaultValue: key })}: ${typeof value === "string" ? value : JSON.stringify(value)}`,
    )
    .join(t("admin.detailSeparator"));
}

export function AuditTable({ entries, language, caption }: { entries: AuditRow[]; language: Language; caption?: string }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p>{t("admin.noEntries")}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption ?? t("admin.auditTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("admin.time")}</th>
            <th scope="col">{t("admin.action")}</th>
            <th scope="col">{t("admin.actor")}</th>
            <th scope="col">{t("admin.target")}</th>
            <th scope="col">{t("admin.details")}</th>
            <th scope="col">{t("admin.ipAddress")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={new Date(entry.createdAt).toISOString()}>{formatDateTime(language, entry.createdAt)}</time>
              </td>
              <td>{t(`admin.auditActions.${entry.action}`, { defaultValue: entry.action })}</td>
              <td>{entry.actorLabel || t("admin.system")}</td>
              <td>
                {t(`admin.targetTypes.${entry.targetType}`, { defaultValue: entry.targetType })}
                {entry.targetId ? <code className="id-code"> {entry.targetId.slice(0, 8)}</code> : null}
              </td>
              <td>{describeDetails(entry.details, t)}</td>
              <td>{entry.ipAddress ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
