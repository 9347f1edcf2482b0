import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/kernel/i18n/config.ts";
import { formatDate } from "~/kernel/japan-time.ts";
import { fieldMark, textLang } from "~/kernel/localize.ts";

export type ChallengeCardData = {
  number: number;
  status: string;
  title: string;
  summary: string;
  deadline: string | null;
  daysLeft: number | null;
  strategy: { code: string; name: string };
  area: { slug: string; name: string };
  fields: { number: number; name: string; primary: boolean }[];
  workStyles: string[];
  engagementTypes: string[];
};

export function DeadlineText({ deadline, daysLeft, language }: { deadline: string | null; daysLeft: number | null; language: Language }) {
  const { t } = useTranslation();
  if (!deadline || daysLeft === null) return <>{t("challenge.noDeadline")}</>;
  const countdown =
    daysLeft < 0 ? t("challenge.closed") : daysLeft === 0 ? t("challenge.dueToday") : t("challenge.daysLeft", { count: daysLeft });
  return (
    <>
      <time dateTime={deadline}>{formatDate(language, deadline)}</time>{" "}
      <span className={`countdown${daysLeft >= 0 && daysLeft <= 7 ? " countdown--soon" : ""}`}>（{countdown}）</span>
    </>
  );
}

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-badge--${status.toLowerCase().replace("_", "-")}`}>{t(`challenge.status.${status}`)}</span>;
}

/** One challenge in a list: its title links to the page; everything else is there to decide whether to click. */
export function ChallengeCard({
  challenge,
  language,
  headingLevel = 2,
}: {
  challenge: ChallengeCardData;
  language: Language;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const primary = challenge.fields.find((field) => field.primary) ?? challenge.fields[0];
  return (
    <article className={`challenge-card strategy-${challenge.strategy.code.toLowerCase()}`}>
      <p className="challenge-card__meta">
        <StatusBadge status={challenge.status} />
        <span className="challenge-card__strategy">{t("home.strategyCode", { code: challenge.strategy.code })}</span>
        {primary ? (
          <span>
            <span aria-hidden="true">{fieldMark(primary.number)} </span>
            {primary.name}
          </span>
        ) : null}
      </p>
      <Heading className="challenge-card__title">
        <Link to={`/challenges/${challenge.number}`} lang={textLang(challenge.title, language)}>
          {challenge.title}
        </Link>
      </Heading>
      <p className="challenge-card__summary" lang={textLang(challenge.summary, language)}>
        {challenge.summary}
      </p>
      <dl className="challenge-card__facts">
        <div>
          <dt>{t("challenge.area")}</dt>
          <dd>{challenge.area.name}</dd>
        </div>
        <div>
          <dt>{t("challenge.deadline")}</dt>
          <dd>
            <DeadlineText deadline={challenge.deadline} daysLeft={challenge.daysLeft} language={language} />
          </dd>
        </div>
        <div>
          <dt>{t("challenge.ways")}</dt>
          <dd>
            {[
              ...challenge.workStyles.map((style) => t(`challenge.workStyle.${style}`)),
              ...challenge.engagementTypes.map((type) => t(`challenge.engagementType.${type}`)),
            ].join("・")}
          </dd>
        </div>
      </dl>
    </article>
  );
}

/** A strategy's or field's open challenges, with their total and a link to the full, filtered list. */
export function OpenChallengesSection({
  heading,
  emptyText,
  listHref,
  openChallenges,
  language,
}: {
  heading: string;
  emptyText: string;
  listHref: string;
  openChallenges: { items: ChallengeCardData[]; total: number };
  language: Language;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="challenges-heading" className="prose-block">
      <div className="section-heading-row">
        <h2 id="challenges-heading">{heading}</h2>
        <span className="muted">{t("challenge.openChallengesCount", { count: openChallenges.total })}</span>
      </div>
      {openChallenges.items.length ? (
        <ul className="challenge-grid">
          {openChallenges.items.map((challenge) => (
            <li key={challenge.number}>
              <ChallengeCard challenge={challenge} language={language} headingLevel={3} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{emptyText}</p>
      )}
      <p>
        <Link to={listHref}>{t("challenge.viewAll")} →</Link>
      </p>
    </section>
  );
}
