import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/kernel/i18n/config.ts";
import type { StrategySummary } from "~/features/taxonomy/taxonomy.server.ts";
import { fieldMark, formatNumber } from "~/kernel/localize.ts";

export function StrategyCard({ strategy, language }: { strategy: StrategySummary; language: Language }) {
  const { t } = useTranslation();
  const headingId = `strategy-${strategy.code}-heading`;
  return (
    <article className={`strategy-card strategy-${strategy.code.toLowerCase()}`} aria-labelledby={headingId}>
      <p className="strategy-card__code" aria-hidden="true">
        {strategy.code}
      </p>
      <h3 id={headingId} className="strategy-card__name">
        <span className="visually-hidden">{t("home.strategyCode", { code: strategy.code })}: </span>
        {strategy.name}
      </h3>
      <dl className="strategy-card__counts">
        <StrategyCounts counts={strategy.counts} language={language} />
      </dl>
      <h4 className="strategy-card__fields-heading">{t("home.fieldsOf")}</h4>
      <ul className="strategy-card__fields">
        {strategy.fields.map((field) => (
          <li key={field.number}>
            <Link to={`/fields/${field.number}`}>
              <span aria-hidden="true">{fieldMark(field.number)} </span>
              {field.name}
            </Link>
          </li>
        ))}
      </ul>
      <Link className="strategy-card__more" to={`/strategies/${strategy.code}`}>
        {t("home.viewStrategy", { code: strategy.code })}
        <span aria-hidden="true"> →</span>
      </Link>
    </article>
  );
}

/** A strategy's open challenges, initiatives and partners, as the items of a description list. */
export function StrategyCounts({ counts, language }: { counts: StrategySummary["counts"]; language: Language }) {
  const { t } = useTranslation();
  const items = [
    { key: "openChallenges", label: t("home.openChallenges"), value: counts.openChallenges },
    { key: "initiatives", label: t("home.initiatives"), value: counts.initiatives },
    { key: "partners", label: t("home.partners"), value: counts.partners },
  ];
  return items.map((count) => (
    <div key={count.key}>
      <dt>{count.label}</dt>
      <dd data-count={count.key}>{formatNumber(language, count.value)}</dd>
    </div>
  ));
}
