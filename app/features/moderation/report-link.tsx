// The "Report" link beside a profile, an update or a message: a plain link to the report form, so it works
// without JavaScript and the form can say why one cannot report (one's own) instead of hiding the link.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { TargetKind } from "./moderation-options.ts";

export function ReportLink({ kind, id, name }: { kind: TargetKind; id: string; name: string }) {
  const { t } = useTranslation();
  return (
    <Link
      to={`/report?type=${kind}&id=${id}`}
      className="report-link"
      rel="nofollow"
      aria-label={t("moderation.report.linkLabel", { name })}
    >
      {t("moderation.report.link")}
    </Link>
  );
}
