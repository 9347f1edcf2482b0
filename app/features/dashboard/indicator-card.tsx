import { useTranslation } from "react-i18next";
import type { Language } from "~/kernel/i18n/config.ts";
import type { PlanIndicatorSummary } from "~/features/dashboard/indicator.server.ts";
import { formatNumber } from "~/kernel/localize.ts";

export function IndicatorCard({ indicator, language }: { indicator: PlanIndicatorSummary; language: Language }) {
  const { t } = useTranslation();
  const format = (value: number) => formatNumber(language, value, indicator.decimals);
  const targetText = t(indicator.target.comparison === "AT_LEAST" ? "indicator.atLeast" : "indicator.atMost", {
    value: format(indicator.target.value),
    unit: indicator.unit,
  });
  const headingId = `indicator-${indicator.key}`;
  return (
    <article className="indicator-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{indicator.name}</h3>
      <p className="indicator-card__target">
        <span className="indicator-card__label">{t("indicator.target", { year: indicator.target.year })}</span>
        <span className="indicator-card__value" data-indicator-target={indicator.key}>
          {targetText}
        </span>
      </p>
      <dl className="indicator-card__facts">
        {indicator.baseline ? (
          <div>
            <dt>{t("indicator.baselineAt", { year: indicator.baseline.year })}</dt>
            <dd>
              {format(indicator.baseline.value)}
              {language === "en" ? " " : ""}
              {indicator.unit}
            </dd>
          </div>
        ) : null}
        {indicator.projection ? (
          <div>
            <dt>{t("indicator.projection", { year: indicator.projection.year })}</dt>
            <dd>
              {format(indicator.projection.value)}
              {language === "en" ? " " : ""}
              {indicator.unit}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{indicator.latest ? t("indicator.latest", { year: indicator.latest.year }) : t("indicator.latestLabel")}</dt>
          <dd>
            {indicator.latest
              ? `${format(indicator.latest.value)}${language === "en" ? " " : ""}${indicator.unit}`
              : t("indicator.noValueYet")}
          </dd>
        </div>
      </dl>
      <p className="indicator-card__description">{indicator.description}</p>
    </article>
  );
}
