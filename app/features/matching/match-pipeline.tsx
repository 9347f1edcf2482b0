// The match pipeline's pieces: stage badges and board cards, and the match page's panels (frozen score factors,
// history, moves, ending with a reason, coordinator). Every form posts to the page's own action with an intent
// and the version the page was opened at, and works without JavaScript.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/kernel/i18n/config.ts";
import {
  MATCH_REASON_MAX_LENGTH,
  matchEndSchema,
  matchIntroduceSchema,
  matchOwnerSchema,
  type MatchIntent,
} from "~/features/matching/match-schemas.ts";
import { formatDate, formatDateTime } from "~/kernel/japan-time.ts";
import type { MatchStageName } from "~/features/matching/match-stages.ts";
import {
  ErrorList,
  fieldAria,
  FormAlert,
  InputField,
  SelectField,
  SubmitButton,
  TextAreaField,
  useSchemaForm,
} from "~/kernel/forms/forms.tsx";
import type { Conflict } from "~/kernel/result.ts";
import { ConflictNotice, type ConflictTexts } from "~/kernel/ui/conflict-notice.tsx";

export type MatchActionData =
  { intent: MatchIntent | null; result: SubmissionResult<string[]> | null; conflict: Conflict | null } | undefined;

export function MatchStageBadge({ stage }: { stage: MatchStageName }) {
  const { t } = useTranslation();
  return <span className={`status-badge match-stage match-stage--${stage.toLowerCase()}`}>{t(`matching.pipeline.stage.${stage}`)}</span>;
}

export type MatchCardData = {
  number: number;
  stage: MatchStageName;
  score: number;
  daysInStage: number;
  stageChangedAt: string;
  endedReason: string | null;
  challenge: { number: number; title: string; strategyCode: string };
  partner: { id: string; name: string };
  owner: { id: string; name: string } | null;
};

export function MatchCard({ card }: { card: MatchCardData }) {
  const { t } = useTranslation();
  return (
    <li className="match-card">
      <p className="match-card__title">
        <Link to={`/coordinate/matches/${card.number}`}>
          {card.partner.name} × {card.challenge.title}
        </Link>
      </p>
      <p className="match-card__meta">
        <span>{t("matching.pipeline.score", { score: card.score })}</span>
        <span>{t("matching.pipeline.board.inStage", { days: t("matching.pipeline.days", { count: card.daysInStage }) })}</span>
      </p>
      <p className="match-card__meta muted">
        <span>
          {card.challenge.strategyCode} · #{card.challenge.number}
        </span>
        <span>{card.owner ? card.owner.name : t("matching.pipeline.board.unowned")}</span>
      </p>
      {card.endedReason ? <p className="match-card__reason">{card.endedReason}</p> : null}
    </li>
  );
}

/** The notice when someone changed the match after this page was opened: who and when, and what this person typed. */
const conflictTexts: ConflictTexts = {
  title: "matching.pipeline.page.conflict",
  body: "matching.pipeline.page.conflictBody",
  someone: "matching.pipeline.page.someone",
  typed: "matching.pipeline.page.typed",
};

function answerFor(actionData: MatchActionData, intent: MatchIntent) {
  return actionData?.intent === intent ? actionData : null;
}

function typedReason(result: SubmissionResult<string[]> | null | undefined): string | null {
  const value = (result?.initialValue as Record<string, unknown> | null | undefined)?.reason;
  return typeof value === "string" && value.trim() ? value : null;
}

/** The forward move the table allows, and ending with a reason (kept when a conflict refuses it). */
export function MatchMovePanel({
  match,
  actionData,
  language,
}: {
  match: { version: number; moves: MatchStageName[]; partnerGone: boolean };
  actionData: MatchActionData;
  language: Language;
}) {
  const { t } = useTranslation();
  const move = answerFor(actionData, "move");
  const end = answerFor(actionData, "end");
  const [endForm, endFields] = useSchemaForm(matchEndSchema, { id: "match-end", lastResult: end?.result });
  // Introducing has its own form (the counterpart and the mails); the other forward moves are one button each.
  const forward = match.moves.filter((stage) => stage !== "ENDED" && stage !== "INTRODUCED");
  const conflict = move?.conflict ?? end?.conflict ?? null;
  return (
    <section aria-labelledby="moves-heading" className="panel review-panel">
      <h2 id="moves-heading">{t("matching.pipeline.page.movesHeading")}</h2>
      {conflict ? <ConflictNotice conflict={conflict} texts={conflictTexts} typed={typedReason(end?.result)} language={language} /> : null}
      {match.moves.length === 0 ? <p className="muted">{t("matching.pipeline.page.noMoves")}</p> : null}
      {match.partnerGone && match.moves.length > 0 ? <p>{t("matching.pipeline.page.partnerGone")}</p> : null}
      {move && !move.conflict ? <FormAlert errors={move.result?.error?.[""] ?? undefined} /> : null}
      {forward.map((stage) => (
        <Form key={stage} method="post" className="review-form">
          <input type="hidden" name="version" value={match.version} />
          <input type="hidden" name="to" value={stage} />
          <SubmitButton name="intent" value="move">
            {t("matching.pipeline.page.moveTo", { stage: t(`matching.pipeline.stage.${stage}`) })}
          </SubmitButton>
        </Form>
      ))}
      {match.moves.includes("ENDED") ? (
        <Form method="post" {...getFormProps(endForm)} className="review-form">
          <h3>{t("matching.pipeline.page.endHeading")}</h3>
          <input type="hidden" name="intent" value="end" />
          <input type="hidden" name="version" value={match.version} />
          {end?.conflict ? null : <FormAlert id={endForm.errorId} errors={endForm.errors} />}
          <TextAreaField
            meta={endFields.reason}
            label={t("matching.pipeline.page.endReason")}
            hint={t("matching.pipeline.page.endHint", { max: MATCH_REASON_MAX_LENGTH })}
            rows={3}
          />
          <SubmitButton tone="danger">{t("matching.pipeline.page.end")}</SubmitButton>
        </Form>
      ) : null}
    </section>
  );
}

/** Who follows the match: any coordinator (or no one). */
export function MatchOwnerPanel({
  match,
  coordinators,
  viewerId,
  actionData,
  language,
}: {
  match: { version: number; owner: { id: string; displayName: string } | null };
  coordinators: { id: string; displayName: string }[];
  viewerId: string;
  actionData: MatchActionData;
  language: Language;
}) {
  const { t } = useTranslation();
  const answer = answerFor(actionData, "owner");
  const [form, fields] = useSchemaForm(matchOwnerSchema, {
    id: "match-owner",
    lastResult: answer?.result,
    defaultValue: { ownerId: match.owner?.id ?? "" },
  });
  return (
    <section aria-labelledby="owner-heading" className="panel review-panel">
      <h2 id="owner-heading">{t("matching.pipeline.page.ownerHeading")}</h2>
      <p>{match.owner ? match.owner.displayName : t("matching.pipeline.board.unowned")}</p>
      {answer?.conflict ? <ConflictNotice conflict={answer.conflict} texts={conflictTexts} language={language} /> : null}
      <Form method="post" {...getFormProps(form)} className="review-form">
        <input type="hidden" name="version" value={match.version} />
        {answer?.conflict ? null : <FormAlert id={form.errorId} errors={form.errors} />}
        <div className="field">
          <label htmlFor={fields.ownerId.id}>{t("matching.pipeline.page.ownerSelect")}</label>
          <select
            id={fields.ownerId.id}
            name={fields.ownerId.name}
            defaultValue={fields.ownerId.initialValue ?? ""}
            {...fieldAria(fields.ownerId)}
          >
            <option value="">{t("matching.pipeline.board.unowned")}</option>
            {coordinators.map((coordinator) => (
              <option key={coordinator.id} value={coordinator.id}>
                {coordinator.displayName}
                {coordinator.id === viewerId ? " ✓" : ""}
              </option>
            ))}
          </select>
          <ErrorList id={fields.ownerId.errorId} errors={fields.ownerId.errors} />
        </div>
        <SubmitButton name="intent" value="owner" tone="secondary">
          {t("matching.pipeline.page.assign")}
        </SubmitButton>
      </Form>
    </section>
  );
}

/** The factors of the score as frozen at creation: each factor's points out of its maximum. */
export function MatchFactors({ score, factors }: { score: number; factors: { key: string; points: number; max: number | null }[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="factors-heading" className="prose-block review-section">
      <h2 id="factors-heading">{t("matching.pipeline.page.scoreHeading")}</h2>
      <p>{t("matching.pipeline.page.scoreLead", { score })}</p>
      {factors.length === 0 ? (
        <p className="muted">{t("matching.pipeline.page.noFactors")}</p>
      ) : (
        <dl className="match-factors">
          {factors.map((factor) => (
            <div key={factor.key}>
              <dt>{t(`matching.factors.label.${factor.key}`, { defaultValue: factor.key })}</dt>
              <dd>
                {factor.max === null
                  ? t("matching.pipeline.page.points", { points: factor.points })
                  : t("matching.pipeline.page.pointsOfMax", { points: factor.points, max: factor.max })}
                {factor.max ? (
                  <meter min={0} max={factor.max} value={factor.points} aria-hidden="true" className="match-factors__meter" />
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

export function MatchHistory({
  events,
  language,
}: {
  events: {
    id: string;
    fromStage: MatchStageName | null;
    toStage: MatchStageName;
    reason: string | null;
    createdAt: string;
    actor: string | null;
  }[];
  language: Language;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="history-heading" className="panel review-panel">
      <h2 id="history-heading">{t("matching.pipeline.page.historyHeading")}</h2>
      <ol className="review-timeline">
        {events.map((event) => (
          <li key={event.id}>
            <p className="review-timeline__what">
              <time dateTime={event.createdAt}>{formatDateTime(language, event.createdAt)}</time>{" "}
              {event.fromStage
                ? t("matching.pipeline.page.historyMoved", {
                    from: t(`matching.pipeline.stage.${event.fromStage}`),
                    to: t(`matching.pipeline.stage.${event.toStage}`),
                  })
                : t("matching.pipeline.page.historyCreated")}
              {event.actor ? ` · ${event.actor}` : ""}
            </p>
            {event.reason ? <blockquote className="review-timeline__reason">{event.reason}</blockquote> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function CreatedLine({ at, by, language }: { at: string; by: string | null; language: Language }) {
  const { t } = useTranslation();
  const date = formatDate(language, at);
  return <time dateTime={at}>{by ? t("matching.pipeline.page.createdBy", { date, name: by }) : date}</time>;
}

/** Introduce the partner: the counterpart on the city's side, then both sides get their mail. */
export function MatchIntroducePanel({
  match,
  actionData,
  language,
}: {
  match: { version: number };
  actionData: MatchActionData;
  language: Language;
}) {
  const { t } = useTranslation();
  const answer = answerFor(actionData, "introduce");
  const [form, fields] = useSchemaForm(matchIntroduceSchema, {
    id: "match-introduce",
    lastResult: answer?.result,
    defaultValue: { counterpartLanguage: "ja" },
  });
  return (
    <section aria-labelledby="introduce-heading" className="panel review-panel">
      <h2 id="introduce-heading">{t("matching.introduce.heading")}</h2>
      <p className="field-hint">{t("matching.introduce.lead")}</p>
      {answer?.conflict ? <ConflictNotice conflict={answer.conflict} texts={conflictTexts} language={language} /> : null}
      <Form method="post" {...getFormProps(form)} className="review-form">
        <input type="hidden" name="intent" value="introduce" />
        <input type="hidden" name="version" value={match.version} />
        {answer?.conflict ? null : <FormAlert id={form.errorId} errors={form.errors} />}
        <InputField meta={fields.counterpartName} label={t("matching.introduce.name")} autoComplete="off" markRequired={false} />
        <InputField
          meta={fields.counterpartEmail}
          label={t("matching.introduce.email")}
          type="email"
          autoComplete="off"
          markRequired={false}
        />
        <SelectField
          meta={fields.counterpartLanguage}
          label={t("matching.introduce.language")}
          options={[
            { value: "ja", label: t("matching.introduce.languageJa") },
            { value: "en", label: t("matching.introduce.languageEn") },
          ]}
          markRequired={false}
        />
        <SubmitButton>{t("matching.introduce.submit")}</SubmitButton>
      </Form>
    </section>
  );
}

/** Whether the partner agreed to share their contact details, and recording consent they gave by phone or e-mail. */
export function MatchConsentPanel({
  match,
  language,
}: {
  match: { version: number; stage: MatchStageName; consent: { at: string; by: string | null } | null };
  language: Language;
}) {
  const { t } = useTranslation();
  const open = match.stage !== "COMPLETED" && match.stage !== "ENDED";
  return (
    <section aria-labelledby="consent-heading" className="panel review-panel">
      <h2 id="consent-heading">{t("matching.introduce.consentHeading")}</h2>
      {match.consent ? (
        <p>
          {t("matching.introduce.consentGiven", {
            date: formatDateTime(language, match.consent.at),
            name: match.consent.by ?? t("matching.pipeline.page.someone"),
          })}
        </p>
      ) : (
        <>
          <p>{t("matching.introduce.consentMissing")}</p>
          {open ? (
            <Form method="post" className="review-form">
              <input type="hidden" name="version" value={match.version} />
              <SubmitButton name="intent" value="consent" tone="secondary">
                {t("matching.introduce.recordConsent")}
              </SubmitButton>
            </Form>
          ) : null}
        </>
      )}
    </section>
  );
}
