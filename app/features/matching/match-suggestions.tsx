// The suggestion pages' pieces: one partner's (or challenge's) explained factors, in the reader's language.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ExplainedFactor } from "~/features/matching/engine/suggestions.server.ts";

/** Each factor in words with its points: "スキル一致: GIS（希少）、写真 — 28/28点". */
export function ExplainedFactors({ factors, label }: { factors: ExplainedFactor[]; label: string }) {
  const { t } = useTranslation();
  return (
    <dl className="match-factors suggestion-factors" aria-label={label}>
      {factors.map((factor) => (
        <div key={factor.key}>
          <dt>{t(`matching.factors.label.${factor.key}`)}</dt>
          <dd>
            {factor.text} — {t("matching.factors.points", { points: factor.points, max: factor.max })}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The short "why" of a suggested challenge: its strongest factors on one line each. */
export function SuggestionReasons({ reasons }: { reasons: ExplainedFactor[] }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return null;
  return (
    <ul className="suggestion-reasons">
      {reasons.map((reason) => (
        <li key={reason.key}>
          {t(`matching.factors.label.${reason.key}`)}: {reason.text}
        </li>
      ))}
    </ul>
  );
}

/** Coordinators' section on a partner's page: the open challenges that fit this partner best. */
export function PartnerChallengeSuggestions({
  suggestions,
}: {
  suggestions: { contactable: boolean; items: Array<{ number: number; title: string; score: number; reasons: ExplainedFactor[] }> };
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="challenge-suggestions-heading" className="section">
      <h2 id="challenge-suggestions-heading">{t("matching.suggestions.partnerSection")}</h2>
      {!suggestions.contactable ? (
        <p className="muted">{t("matching.suggestions.partnerSectionNotContactable")}</p>
      ) : suggestions.items.length === 0 ? (
        <p className="empty-state">{t("matching.suggestions.partnerSectionEmpty")}</p>
      ) : (
        <ol className="plain-list suggestion-list">
          {suggestions.items.map((item) => (
            <li key={item.number} className="panel suggestion">
              <h3 className="suggestion__name">
                <Link to={`/coordinate/challenges/${item.number}/suggestions`}>{item.title}</Link>{" "}
                <span className="suggestion__score">{t("matching.suggestions.score", { score: item.score })}</span>
              </h3>
              <SuggestionReasons reasons={item.reasons} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
