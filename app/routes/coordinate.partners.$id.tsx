import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PartnerChallengeSuggestions } from "~/features/matching/match-suggestions.tsx";
import { KindBadge, PartnerFacts, PartnerSkillsAndInterests } from "~/features/partners/partner-profile.tsx";
import { formatDate, formatDateTime } from "~/kernel/japan-time.ts";
import { fieldMark } from "~/kernel/localize.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { loadCoordinatorPartnerPage } from "~/features/partners/partner-pages.server.ts";
import { textParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadCoordinatorPartnerPage(request, textParam(params, "id"));

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

function ProposalStatus({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge proposal-status--${status.toLowerCase().replace("_", "-")}`}>{t(`proposals.status.${status}`)}</span>
  );
}

export default function CoordinatePartner() {
  const { profile, contact, members, proposals, language, suggestions } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container page coordinate-page partner-coordinate-page">
      <p className="page-banner__eyebrow">
        <Link to="/coordinate/partners">{t("partners.coordinate.backToList")}</Link>
      </p>
      <h1>
        {profile.displayName} <KindBadge kind={profile.kind} />
      </h1>
      {profile.headline ? <p className="lead">{profile.headline}</p> : null}
      <p>
        <span className={`badge ${profile.isPublic ? "badge--ok" : "badge--warn"}`}>
          {profile.isPublic ? t("partners.coordinate.visibilityPublic") : t("partners.coordinate.visibilityPrivate")}
        </span>{" "}
        <Link to={`/partners/${profile.id}`}>{t("partners.coordinate.publicPage")}</Link>
      </p>

      <div className="challenge-page__layout">
        <div className="challenge-page__main">
          <section aria-labelledby="contact-heading" className="panel">
            <h2 id="contact-heading">{t("partners.coordinate.contactHeading")}</h2>
            <dl className="partner-contact">
              <div>
                <dt>{t("partners.coordinate.contactEmail")}</dt>
                <dd>{contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : t("partners.coordinate.contactNone")}</dd>
              </div>
              <div>
                <dt>{t("partners.coordinate.contactPhone")}</dt>
                <dd>
                  {contact.phone ? (
                    <a href={`tel:${contact.phone.replace(/[^+\d]/g, "")}`}>{contact.phone}</a>
                  ) : (
                    t("partners.coordinate.contactNone")
                  )}
                </dd>
              </div>
            </dl>
            <p className="muted">{t("partners.coordinate.contactAccountNote")}</p>
            <p>{profile.openToContact ? t("partners.coordinate.openToContactYes") : t("partners.coordinate.openToContactNo")}</p>
          </section>

          <section aria-labelledby="about-heading" className="prose-block">
            <h2 id="about-heading">{t("partners.profile.about")}</h2>
            {profile.bioHtml ? (
              <div className="markdown" dangerouslySetInnerHTML={{ __html: profile.bioHtml }} />
            ) : (
              <p className="muted">{t("partners.profile.noBio")}</p>
            )}
          </section>
          <PartnerSkillsAndInterests profile={profile} />

          <section aria-labelledby="members-heading" className="prose-block">
            <h2 id="members-heading">{t("partners.coordinate.membersHeading")}</h2>
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{t("partners.coordinate.membersHeading")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("partners.coordinate.memberName")}</th>
                    <th scope="col">{t("partners.coordinate.memberEmail")}</th>
                    <th scope="col">{t("partners.coordinate.memberRole")}</th>
                    <th scope="col">{t("partners.coordinate.memberJoined")}</th>
                  </tr>
                </thead>
                <tbody>
                  {members.map((member) => (
                    <tr key={member.userId}>
                      <th scope="row">{member.displayName}</th>
                      <td>
                        <a href={`mailto:${member.email}`}>{member.email}</a>
                      </td>
                      <td>{t(`partners.memberRole.${member.role}`)}</td>
                      <td>{formatDate(language, member.joinedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </div>
        <aside aria-labelledby="facts-heading" className="challenge-facts">
          <h2 id="facts-heading">{t("partners.profile.facts")}</h2>
          <PartnerFacts profile={profile} language={language} />
        </aside>
      </div>

      {suggestions ? <PartnerChallengeSuggestions suggestions={suggestions} /> : null}

      <section aria-labelledby="proposals-heading" className="section">
        <h2 id="proposals-heading">{t("partners.coordinate.proposalsHeading")}</h2>
        {proposals.length === 0 ? (
          <p className="empty-state">{t("partners.coordinate.noProposals")}</p>
        ) : (
          <ol className="plain-list partner-proposals">
            {proposals.map((proposal) => (
              <li key={proposal.number} className="panel partner-proposal">
                <h3 className="partner-proposal__title">
                  <Link to={`/coordinate/proposals/${proposal.number}`}>
                    <span className="muted">{t("partners.coordinate.proposalNumber", { number: proposal.number })}</span> {proposal.title}
                  </Link>
                </h3>
                <dl className="challenge-card__facts">
                  <div>
                    <dt>{t("partners.coordinate.proposalStatus")}</dt>
                    <dd>
                      <ProposalStatus status={proposal.status} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t("partners.coordinate.proposalTarget")}</dt>
                    <dd>
                      {proposal.challenge ? (
                        <Link to={`/challenges/${proposal.challenge.number}`}>{proposal.challenge.title}</Link>
                      ) : (
                        <>
                          {t("partners.coordinate.proposalFree", { code: proposal.strategyCode })}
                          {proposal.fieldNumber ? ` ${fieldMark(proposal.fieldNumber)}` : null}
                        </>
                      )}
                    </dd>
                  </div>
                  {proposal.author ? (
                    <div>
                      <dt>{t("partners.coordinate.proposalAuthor")}</dt>
                      <dd>{proposal.author}</dd>
                    </div>
                  ) : null}
                  <div>
                    <dt>{t("partners.coordinate.proposalCreated")}</dt>
                    <dd>{formatDate(language, proposal.createdAt)}</dd>
                  </div>
                </dl>
                {proposal.decisionReason ? (
                  <p>
                    <strong>{t("partners.coordinate.proposalDecision")}:</strong> {proposal.decisionReason}
                  </p>
                ) : null}
                {proposal.events.length ? (
                  <details className="partner-proposal__history">
                    <summary>{t("partners.coordinate.historyHeading")}</summary>
                    <ol className="plain-list">
                      {proposal.events.map((event) => (
                        <li key={event.id}>
                          <time dateTime={new Date(event.createdAt).toISOString()}>{formatDateTime(language, event.createdAt)}</time>{" "}
                          {event.fromStatus
                            ? t("partners.coordinate.historyEntry", {
                                from: t(`proposals.status.${event.fromStatus}`),
                                to: t(`proposals.status.${event.toStatus}`),
                              })
                            : t("partners.coordinate.historyStart", { to: t(`proposals.status.${event.toStatus}`) })}
                          {event.actor ? (
                            <span className="muted">（{t("partners.coordinate.historyBy", { name: event.actor })}）</span>
                          ) : null}
                          {event.reason ? <blockquote>{event.reason}</blockquote> : null}
                        </li>
                      ))}
                    </ol>
                  </details>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
