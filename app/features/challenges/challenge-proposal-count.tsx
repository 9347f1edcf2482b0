// "N proposals received" on a challenge's public page, as a term of its facts list. Nobody who proposed is
// named, except partners of accepted proposals who agreed to be shown and whose profile is public.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function ChallengeProposalCount({ total, namedPartners }: { total: number; namedPartners: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  return (
    <>
      <div>
        <dt>{t("review.challengeCount.heading")}</dt>
        <dd>
          {total === 0 ? t("review.challengeCount.none") : t("review.challengeCount.count", { count: total })}
          <span className="field-hint challenge-proposals__note">{t("review.challengeCount.countNote")}</span>
        </dd>
      </div>
      {namedPartners.length ? (
        <div>
          <dt>{t("review.challengeCount.accepted")}</dt>
          <dd>
            <ul className="plain-list">
              {namedPartners.map((partner) => (
                <li key={partner.id}>
                  <Link to={`/partners/${partner.id}`}>{partner.name}</Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
    </>
  );
}
