// How partners look: a card in the directory, and the profile (introduction, facts, skills, interests) shared by
// the public profile page and the coordinators' view. Neither ever receives contact details.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/kernel/i18n/config.ts";
import { fieldMark, textLang } from "~/kernel/localize.ts";
import { findPartnerLanguage, homeLabel, localName, relationshipLabel, type ShiojiriRelationshipName } from "~/features/taxonomy/index.ts";

type PartnerSummary = {
  id: string;
  kind: string;
  displayName: string;
  headline: string;
  relationships: ShiojiriRelationshipName[];
  prefectureCode: number | null;
  countryCode: string | null;
  availabilityHoursPerMonth: number | null;
  workStyles: string[];
  engagementTypes: string[];
  languages: string[];
  freeSkills: string[];
  skills: { slug: string; name: string }[];
  fields: { number: number; name: string }[];
};

const CARD_SKILLS = 5;

function languageNames(language: Language, codes: string[]) {
  return codes.map((code) => {
    const entry = findPartnerLanguage(code);
    return entry ? localName(language, entry) : code;
  });
}

export function KindBadge({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return <span className={`badge partner-kind partner-kind--${kind.toLowerCase()}`}>{t(`partners.kind.${kind}`)}</span>;
}

/** One partner in the directory: the name links to the profile; the rest helps decide whether to open it. */
export function PartnerCard({ partner, language }: { partner: PartnerSummary; language: Language }) {
  const { t } = useTranslation();
  const home = homeLabel(language, partner);
  const skills = [...partner.skills.map((skill) => skill.name), ...partner.freeSkills];
  return (
    <article className="partner-card">
      <p className="partner-card__meta">
        <KindBadge kind={partner.kind} />
        {home ? <span>{home}</span> : null}
        {partner.availabilityHoursPerMonth ? (
          <span>{t("partners.directory.hoursPerMonth", { count: partner.availabilityHoursPerMonth })}</span>
        ) : null}
      </p>
      <h3 className="partner-card__name">
        <Link to={`/partners/${partner.id}`}>{partner.displayName}</Link>
      </h3>
      {partner.headline ? (
        <p className="partner-card__headline" lang={textLang(partner.headline, language)}>
          {partner.headline}
        </p>
      ) : null}
      {partner.relationships.length ? (
        <p className="partner-card__relationships">
          <span className="visually-hidden">{t("partners.profile.relationships")}: </span>
          {partner.relationships.map((relationship) => relationshipLabel(t, relationship)).join("・")}
        </p>
      ) : null}
      {skills.length ? (
        <ul className="tag-list partner-card__skills" aria-label={t("partners.profile.skills")}>
          {skills.slice(0, CARD_SKILLS).map((skill) => (
            <li key={skill} className="tag">
              {skill}
            </li>
          ))}
          {skills.length > CARD_SKILLS ? (
            <li className="tag tag--more">{t("partners.directory.moreSkills", { count: skills.length - CARD_SKILLS })}</li>
          ) : null}
        </ul>
      ) : null}
      {partner.fields.length ? (
        <p className="partner-card__fields muted">
          <span className="visually-hidden">{t("partners.profile.fields")}: </span>
          {partner.fields.map((field) => `${fieldMark(field.number)} ${field.name}`).join("　")}
        </p>
      ) : null}
    </article>
  );
}

export type PartnerProfileData = PartnerSummary & {
  website: string | null;
  openToContact: boolean;
  strategies: { code: string; name: string }[];
  areas: { slug: string; name: string }[];
};

/** The facts list: kind, connection, home, time, ways, languages, website. */
export function PartnerFacts({ profile, language }: { profile: PartnerProfileData; language: Language }) {
  const { t } = useTranslation();
  const ways = [
    ...profile.workStyles.map((style) => t(`challenge.workStyle.${style}`)),
    ...profile.engagementTypes.map((type) => t(`challenge.engagementType.${type}`)),
  ];
  return (
    <dl>
      <div>
        <dt>{t("partners.profile.kind")}</dt>
        <dd>{t(`partners.kind.${profile.kind}`)}</dd>
      </div>
      <div>
        <dt>{t("partners.profile.relationships")}</dt>
        <dd>{profile.relationships.map((relationship) => relationshipLabel(t, relationship)).join("・") || t("partners.profile.none")}</dd>
      </div>
      <div>
        <dt>{t("partners.profile.home")}</dt>
        <dd>{homeLabel(language, profile) ?? t("partners.profile.homeUnknown")}</dd>
      </div>
      <div>
        <dt>{t("partners.profile.hours")}</dt>
        <dd>
          {profile.availabilityHoursPerMonth === null
            ? t("partners.profile.hoursUnknown")
            : t("partners.profile.hoursValue", { count: profile.availabilityHoursPerMonth })}
        </dd>
      </div>
      <div>
        <dt>{t("partners.profile.ways")}</dt>
        <dd>{ways.join("・") || t("partners.profile.none")}</dd>
      </div>
      <div>
        <dt>{t("partners.profile.languages")}</dt>
        <dd>{languageNames(language, profile.languages).join("、") || t("partners.profile.none")}</dd>
      </div>
      {profile.website ? (
        <div>
          <dt>{t("partners.profile.website")}</dt>
          <dd>
            <a href={profile.website} rel="nofollow ugc noopener noreferrer" target="_blank" className="partner-website">
              {profile.website.replace(/^https?:\/\//i, "")}
              <span className="visually-hidden">
                {t("partners.profile.websiteExternal")}
                {t("challengeForm.newTab")}
              </span>
            </a>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/** Skills (taxonomy ones link to the directory filtered by them) and interests. */
export function PartnerSkillsAndInterests({ profile }: { profile: PartnerProfileData }) {
  const { t } = useTranslation();
  const hasInterests = profile.strategies.length + profile.fields.length + profile.areas.length > 0;
  return (
    <>
      {profile.skills.length || profile.freeSkills.length ? (
        <section aria-labelledby="partner-skills-heading" className="prose-block">
          <h2 id="partner-skills-heading">{t("partners.profile.skills")}</h2>
          <ul className="tag-list">
            {profile.skills.map((skill) => (
              <li key={skill.slug} className="tag">
                <Link to={`/partners?skill=${skill.slug}`}>{skill.name}</Link>
              </li>
            ))}
            {profile.freeSkills.map((skill) => (
              <li key={skill} className="tag">
                {skill}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {hasInterests ? (
        <section aria-labelledby="partner-interests-heading" className="prose-block">
          <h2 id="partner-interests-heading">{t("partners.profile.interests")}</h2>
          <dl className="partner-interests">
            {profile.strategies.length ? (
              <div>
                <dt>{t("partners.profile.strategies")}</dt>
                <dd>
                  <ul className="plain-list">
                    {profile.strategies.map((strategy) => (
                      <li key={strategy.code}>
                        <Link to={`/strategies/${strategy.code}`}>
                          {t("challengeForm.strategyOption", { code: strategy.code, name: strategy.name })}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ) : null}
            {profile.fields.length ? (
              <div>
                <dt>{t("partners.profile.fields")}</dt>
                <dd>
                  <ul className="plain-list">
                    {profile.fields.map((field) => (
                      <li key={field.number}>
                        <Link to={`/fields/${field.number}`}>
                          <span aria-hidden="true">{fieldMark(field.number)} </span>
                          {field.name}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ) : null}
            {profile.areas.length ? (
              <div>
                <dt>{t("partners.profile.areas")}</dt>
                <dd>{profile.areas.map((area) => area.name).join("、")}</dd>
              </div>
            ) : null}
          </dl>
        </section>
      ) : null}
    </>
  );
}
