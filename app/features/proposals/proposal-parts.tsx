// Small pieces of the partner's proposal pages: the status badge, what a proposal is about (a challenge, or a
// strategy and field), and its history of status changes with the reasons given.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/kernel/i18n/config.ts";
import type { ProposalTarget } from "~/features/proposals/proposal.server.ts";
import { formatDateTime } from "~/kernel/japan-time.ts";
import { fieldMark } from "~/kernel/localize.ts";
import type { ProposalStatusName } from "~/features/proposals/proposal-lifecycle.ts";

export function ProposalStatusBadge({ status }: { status: ProposalStatusName }) {
  const { t } = useTranslation();
  return <span className={`status-badge review-status--${status.toLowerCase().replace("_", "-")}`}>{t(`proposals.status.${status}`)}</span>;
}

/** "On the challenge …" (linked to it unless `linked` is false) or "Free proposal (strategy · field)". */
export function ProposalTargetText({ target, linked = true }: { target: ProposalTarget; linked?: boolean }) {
  const { t } = useTranslation();
  if (target.kind === "challenge") {
    const text = t("proposals.target.challenge", { title: target.title });
    return linked ? <Link to={`/challenges/${target.number}`}>{text}</Link> : <>{text}</>;
  }
  const strategy = `${target.strategyCode} ${target.strategyName}`;
  return (
    <>
      {target.fieldNumber !== null
        ? t("proposals.target.freeWithField", { strategy, field: `${fieldMark(target.fieldNumber)} ${target.fieldName ?? ""}` })
        : t("proposals.target.free", { strategy })}
    </>
  );
}

export type ProposalHistoryEvent = {
  id: string;
  from: ProposalStatusName | null;
  to: ProposalStatusName;
  reason: string | null;
  actorName: string | null;
  createdAt: string;
};

/** The proposal's life so far, oldest first: the draft, then each status change with who made it and why. */
export function ProposalHistory({
  createdAt,
  events,
  language,
}: {
  createdAt: string;
  events: ProposalHistoryEvent[];
  language: Language;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="history-heading" className="proposal-history">
      <h2 id="history-heading">{t("proposals.detail.historyTitle")}</h2>
      <ol className="proposal-history__list">
        <li>
          <time dateTime={createdAt}>{formatDateTime(language, createdAt)}</time> {t("proposals.detail.historyCreated")}
        </li>
        {events.map((event) => (
          <li key={event.id}>
            <time dateTime={event.createdAt}>{formatDateTime(language, event.createdAt)}</time>{" "}
            {t("proposals.detail.historyMove", {
              from: t(`proposals.status.${event.from ?? "DRAFT"}`),
              to: t(`proposals.status.${event.to}`),
            })}
            <span className="muted"> · {event.actorName ?? t("proposals.detail.historyUnknownActor")}</span>
            {event.reason ? <blockquote className="proposal-history__reason">{event.reason}</blockquote> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
