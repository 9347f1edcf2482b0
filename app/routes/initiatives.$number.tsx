import { ReportLink } from "~/features/moderation/index.ts";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { SubscribeLinks } from "~/features/following/feed-links-section.tsx";
import { FollowButton } from "~/features/following/follow-button.tsx";
import { SubmitButton } from "~/kernel/forms/forms.tsx";
import {
  CheerButton,
  InitiativeStatusBadge,
  InitiativeUpdateForm,
  ParticipantVisibilityForm,
} from "~/features/initiatives/initiative-parts.tsx";
import { formatDate, formatDateTime } from "~/kernel/japan-time.ts";
import { initiativePageAction, loadInitiativePage, type InitiativeFormAnswer } from "~/features/initiatives/initiative-pages.server.ts";
import { fieldMark, textLang } from "~/kernel/localize.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { numberParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadInitiativePage(request, numberParam(params, "number"));

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        ...pageMeta(data.meta),
        { property: "og:url", content: data.share.url },
        { property: "og:image", content: data.share.image },
        ...data.feedLinks,
      ]
    : [];

export const action = ({ request, params, context }: ActionFunctionArgs) =>
  initiativePageAction(request, context, numberParam(params, "number"));

export default function InitiativePage() {
  const { initiative, follow, signedIn, coordinator, canPost, updateSubmissionKey, postingAs, language, subscribe } =
    useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as InitiativeFormAnswer | undefined;
  const { t } = useTranslation();
  const updateAnswer = answer?.intent === "update-save" ? answer : null;
  return (
    <div className={`page challenge-page initiative-page strategy-${initiative.strategy.code.toLowerCase()}`}>
      <header className="page-banner">
        <div className="container">
          <Breadcrumbs items={[{ label: t("initiatives.title"), to: "/initiatives" }, { label: initiative.title }]} />
          <p className="challenge-page__meta">
            <InitiativeStatusBadge status={initiative.status} />
            <span className="page-banner__eyebrow">{t("home.strategyCode", { code: initiative.strategy.code })}</span>
            <span className="muted">{t("initiatives.numberLabel", { number: initiative.number })}</span>
          </p>
          <h1 lang={textLang(initiative.title, language)}>{initiative.title}</h1>
          {initiative.summary ? (
            <p className="lead" lang={textLang(initiative.summary, language)}>
              {initiative.summary}
            </p>
          ) : null}
          <CheerButton number={initiative.number} count={initiative.cheers} cheered={initiative.cheered} signedIn={signedIn} />
          <FollowButton state={follow} />
          <SubscribeLinks hrefs={subscribe} />
          {coordinator ? (
            <p>
              <Link to={`/coordinate/initiatives/${initiative.number}`} className="button">
                {t("initiatives.page.edit")}
              </Link>
            </p>
          ) : null}
        </div>
      </header>
      <div className="container challenge-page__layout">
        <div className="challenge-page__main">
          {initiative.cover ? (
            <img
              className="challenge-page__cover"
              src={`/images/${initiative.cover.id}`}
              alt={initiative.cover.alt}
              width={1200}
              height={675}
            />
          ) : null}
          {initiative.storyHtml ? (
            <section aria-labelledby="story-heading" className="prose-block">
              <h2 id="story-heading">{t("initiatives.page.story")}</h2>
              <div
                className="markdown"
                lang={initiative.storyLanguage === language ? undefined : initiative.storyLanguage}
                dangerouslySetInnerHTML={{ __html: initiative.storyHtml }}
              />
            </section>
          ) : null}

          <section aria-labelledby="milestones-heading" className="prose-block">
            <h2 id="milestones-heading">{t("initiatives.page.milestones")}</h2>
            {initiative.milestones.length === 0 ? (
              <p className="muted">{t("initiatives.page.milestonesNone")}</p>
            ) : (
              <ol className="timeline">
                {initiative.milestones.map((milestone) => (
                  <li key={milestone.id} className={milestone.achievedAt ? "timeline__item timeline__item--done" : "timeline__item"}>
                    <p className="timeline__when">
                      <time dateTime={milestone.startsAt}>
                        {milestone.allDay ? formatDate(language, milestone.startsAt) : formatDateTime(language, milestone.startsAt)}
                      </time>
                      {milestone.endsAt && !milestone.allDay ? (
                        <>
                          {" – "}
                          <time dateTime={milestone.endsAt}>{formatDateTime(language, milestone.endsAt)}</time>
                        </>
                      ) : null}{" "}
                      <span className="tag">{t(`initiatives.page.milestoneKind.${milestone.kind}`)}</span>
                    </p>
                    <h3 className="timeline__title" lang={textLang(milestone.title, language)}>
                      {milestone.title}
                    </h3>
                    <p className="muted">
                      {milestone.achievedAt
                        ? t("initiatives.page.achieved", { date: formatDate(language, milestone.achievedAt) })
                        : t("initiatives.page.upcoming")}
                    </p>
                    {milestone.location ? <p>{t("initiatives.page.location", { location: milestone.location })}</p> : null}
                    {milestone.description ? <p lang={textLang(milestone.description, language)}>{milestone.description}</p> : null}
                  </li>
                ))}
              </ol>
            )}
          </section>

          <section aria-labelledby="updates-heading" className="prose-block">
            <h2 id="updates-heading">{t("initiatives.page.updates")}</h2>
            {canPost ? (
              <details className="panel" open={updateAnswer?.formKey === "new" || undefined}>
                <summary>{t("initiatives.updateForm.heading")}</summary>
                <InitiativeUpdateForm
                  number={initiative.number}
                  formKey="new"
                  defaults={{ title: "", body: "", language }}
                  lastResult={updateAnswer?.formKey === "new" ? updateAnswer.result : null}
                  postingAs={postingAs}
                  submissionKey={updateSubmissionKey}
                />
              </details>
            ) : null}
            {initiative.updates.length === 0 ? (
              <p className="muted">{t("initiatives.page.updatesNone")}</p>
            ) : (
              <ol className="plain-list initiative-updates">
                {initiative.updates.map((update) => (
                  <li key={update.id}>
                    <article className="initiative-update" lang={update.language} aria-labelledby={`update-${update.id}`}>
                      <h3 id={`update-${update.id}`}>{update.title}</h3>
                      <p className="muted" lang={language}>
                        <time dateTime={update.createdAt}>{formatDate(language, update.createdAt)}</time> ·{" "}
                        {update.byPartner === null
                          ? t("initiatives.page.byCoordinator")
                          : update.byPartner || t("initiatives.page.byParticipatingPartner")}
                        {update.editedAt ? ` · ${t("initiatives.page.edited", { date: formatDate(language, update.editedAt) })}` : ""}
                      </p>
                      <div className="markdown" dangerouslySetInnerHTML={{ __html: update.bodyHtml }} />
                      <p lang={language}>
                        <ReportLink kind="update" id={update.id} name={update.title} />
                      </p>
                      {update.images.length ? (
                        <ul className="initiative-update__images plain-list">
                          {update.images.map((image) => (
                            <li key={image.id}>
                              <img src={`/images/${image.id}`} alt={image.alt} loading="lazy" width={480} height={270} />
                            </li>
                          ))}
                        </ul>
                      ) : null}
                      {update.editable ? (
                        <details lang={language}>
                          <summary>{t("initiatives.updateForm.editSummary")}</summary>
                          <InitiativeUpdateForm
                            number={initiative.number}
                            formKey={update.id}
                            defaults={{
                              updateId: update.id,
                              title: update.title,
                              body: update.markdown,
                              language: update.language,
                              images: update.images,
                            }}
                            lastResult={updateAnswer?.formKey === update.id ? updateAnswer.result : null}
                            postingAs={null}
                          />
                          <Form method="post">
                            <input type="hidden" name="id" value={update.id} />
                            <SubmitButton name="intent" value="update-delete" tone="danger">
                              {t("initiatives.updateForm.delete")}
                            </SubmitButton>
                          </Form>
                        </details>
                      ) : null}
                    </article>
                  </li>
                ))}
              </ol>
            )}
          </section>

          <section aria-labelledby="outcomes-heading" className="prose-block">
            <h2 id="outcomes-heading">{t("initiatives.page.outcomes")}</h2>
            {initiative.outcomes.length === 0 ? (
              <p className="muted">{t("initiatives.page.outcomesNone")}</p>
            ) : (
              <div className="table-scroll">
                <table className="data-table">
                  <caption>{t("initiatives.page.outcomesCaption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("initiatives.page.outcomeLabel")}</th>
                      <th scope="col">{t("initiatives.page.outcomeValue")}</th>
                      <th scope="col">{t("initiatives.page.outcomeDate")}</th>
                      <th scope="col">{t("initiatives.page.outcomeNote")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {initiative.outcomes.map((outcome) => (
                      <tr key={outcome.id}>
                        <th scope="row" lang={textLang(outcome.label, language)}>
                          {outcome.label}
                        </th>
                        <td>
                          {Number(outcome.value).toLocaleString(language === "ja" ? "ja-JP" : "en-GB")} {outcome.unit}
                        </td>
                        <td>
                          <time dateTime={outcome.achievedOn}>{formatDate(language, outcome.achievedOn)}</time>
                        </td>
                        <td lang={textLang(outcome.note, language)}>{outcome.note}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </div>
        <aside aria-labelledby="facts-heading" className="challenge-facts">
          <h2 id="facts-heading">{t("initiatives.page.facts")}</h2>
          <dl>
            <div>
              <dt>{t("initiatives.page.strategy")}</dt>
              <dd>
                <Link to={`/strategies/${initiative.strategy.code}`}>
                  {initiative.strategy.code}. {initiative.strategy.name}
                </Link>
              </dd>
            </div>
            <div>
              <dt>{t("initiatives.page.fields")}</dt>
              <dd>
                <ul className="plain-list">
                  {initiative.fields.map((field) => (
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
            <div>
              <dt>{t("initiatives.page.area")}</dt>
              <dd>
                <Link to={`/areas/${initiative.area.slug}`}>{initiative.area.name}</Link>
              </dd>
            </div>
            <div>
              <dt>{t("initiatives.page.period")}</dt>
              <dd>{initiative.period.name}</dd>
            </div>
            <div>
              <dt>{t("initiatives.page.started")}</dt>
              <dd>
                <time dateTime={initiative.startedOn}>{formatDate(language, initiative.startedOn)}</time>
              </dd>
            </div>
            {initiative.completedAt ? (
              <div>
                <dt>{t("initiatives.page.completed")}</dt>
                <dd>
                  <time dateTime={initiative.completedAt}>{formatDate(language, initiative.completedAt)}</time>
                </dd>
              </div>
            ) : null}
            {initiative.challenge ? (
              <div>
                <dt>{t("initiatives.page.challenge")}</dt>
                <dd>
                  <Link to={`/challenges/${initiative.challenge.number}`}>{initiative.challenge.title}</Link>
                </dd>
              </div>
            ) : null}
          </dl>
          <h2 id="participants-heading">{t("initiatives.page.participants")}</h2>
          {initiative.publicParticipants.length === 0 ? (
            <p className="muted">{t("initiatives.page.participantsNone")}</p>
          ) : (
            <ul className="plain-list" aria-labelledby="participants-heading">
              {initiative.publicParticipants.map((participant) => (
                <li key={participant.partnerId}>
                  {participant.linked ? (
                    <Link to={`/partners/${participant.partnerId}`}>{participant.displayName}</Link>
                  ) : (
                    participant.displayName
                  )}
                </li>
              ))}
            </ul>
          )}
          {initiative.hiddenParticipantCount ? (
            <p className="muted">{t("initiatives.page.hiddenParticipants", { count: initiative.hiddenParticipantCount })}</p>
          ) : null}
          {initiative.ownParticipants.length ? (
            <section aria-labelledby="visibility-heading" className="panel">
              <h3 id="visibility-heading">{t("initiatives.visibility.heading")}</h3>
              <p className="muted">{t("initiatives.visibility.lead")}</p>
              {initiative.ownParticipants.map((partner) => (
                <ParticipantVisibilityForm key={partner.partnerId} initiativeNumber={initiative.number} partner={partner} />
              ))}
            </section>
          ) : null}
          {initiative.counterparts.length ? (
            <>
              <h2 id="counterparts-heading">{t("initiatives.page.counterparts")}</h2>
              <ul className="plain-list" aria-labelledby="counterparts-heading">
                {initiative.counterparts.map((counterpart) => (
                  <li key={counterpart.id}>
                    <span lang={textLang(counterpart.name, language)}>{counterpart.name}</span>
                    {counterpart.role ? (
                      <span className="muted">{t("initiatives.page.counterpartRole", { role: counterpart.role })}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h2 id="history-heading">{t("initiatives.page.history")}</h2>
          <ol className="plain-list" aria-labelledby="history-heading">
            {initiative.history.map((event) => (
              <li key={event.id}>
                <time dateTime={event.at}>{formatDate(language, event.at)}</time>{" "}
                {event.from
                  ? t("initiatives.page.historyChanged", {
                      from: t(`initiatives.status.${event.from}`),
                      to: t(`initiatives.status.${event.to}`),
                    })
                  : t("initiatives.page.historyStarted")}
                {event.reason ? <span className="muted">：{event.reason}</span> : null}
              </li>
            ))}
          </ol>
        </aside>
      </div>
    </div>
  );
}
