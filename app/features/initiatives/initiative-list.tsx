// The initiatives' status badge, their card and the list section on strategy, field, challenge and list pages:
// no form code, so a page that only lists initiatives does not download zod and Conform.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/kernel/i18n/config.ts";
import type { InitiativeCardData, InitiativeStatusName } from "~/features/initiatives/initiative-options.ts";
import { formatDate } from "~/kernel/japan-time.ts";
import { textLang } from "~/kernel/localize.ts";

export function InitiativeStatusBadge({ status }: { status: InitiativeStatusName }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-badge--initiative-${status.toLowerCase()}`}>{t(`initiatives.status.${status}`)}</span>;
}

export function InitiativeCard({
  initiative,
  language,
  headingLevel = 2,
}: {
  initiative: InitiativeCardData;
  language: Language;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  return (
    <article className={`challenge-card initiative-card strategy-${initiative.strategyCode.toLowerCase()}`}>
      <p className="challenge-card__meta">
        <InitiativeStatusBadge status={initiative.status} />{" "}
        <span className="muted">{t("home.strategyCode", { code: initiative.strategyCode })}</span>
      </p>
      <Heading className="challenge-card__title">
        <Link to={`/initiatives/${initiative.number}`} lang={textLang(initiative.title, language)}>
          {initiative.title}
        </Link>
      </Heading>
      {initiative.summary ? (
        <p className="challenge-card__summary" lang={textLang(initiative.summary, language)}>
          {initiative.summary}
        </p>
      ) : null}
      <p className="muted">
        {initiative.areaName}
        {initiative.fieldNames[0] ? ` · ${initiative.fieldNames[0]}` : ""} ·{" "}
        {t("initiatives.list.started", { date: formatDate(language, initiative.startedOn) })}
      </p>
      <p className="initiative-card__counts">
        <span>{t("initiatives.list.cheers", { count: initiative.cheers })}</span>{" "}
        <span>{t("initiatives.list.updates", { count: initiative.updates })}</span>
      </p>
    </article>
  );
}

/** The initiatives under a strategy or field, or grown from a challenge, on those pages. */
export function InitiativesSection({
  heading,
  items,
  total,
  allHref,
  language,
}: {
  heading: string;
  items: InitiativeCardData[];
  total: number;
  allHref: string;
  language: Language;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="initiatives-heading" className="prose-block initiatives-section">
      <h2 id="initiatives-heading">{heading}</h2>
      <ul className="challenge-grid">
        {items.map((initiative) => (
          <li key={initiative.number}>
            <InitiativeCard initiative={initiative} language={language} headingLevel={3} />
          </li>
        ))}
      </ul>
      {total > items.length ? (
        <p>
          <Link to={allHref}>{t("initiatives.elsewhere.viewAll")} →</Link>
        </p>
      ) : null}
    </section>
  );
}
