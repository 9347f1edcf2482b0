// The coordinators' review of a proposal: status badges and waiting days for the queue, and the review page's
// panels (decision forms, assignment, internal notes, status history). Every form posts to the page's own action
// with an intent and the version the page was opened at, and works without JavaScript.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/kernel/i18n/config.ts";
import { PROPOSAL_LIMITS } from "~/features/proposals/proposal-schemas.ts";
import {
  NOTE_MAX_LENGTH,
  reviewAskSchema,
  reviewAssignSchema,
  reviewDecideSchema,
  reviewNoteSchema,
  type ReviewIntent,
} from "~/features/proposals/review-schemas.ts";
import { formatDate, formatDateTime } from "~/kernel/japan-time.ts";
import type { ProposalStatusName } from "~/features/proposals/proposal-lifecycle.ts";
import { ErrorList, fieldAria, FormAlert, SubmissionKeyField, SubmitButton, TextAreaField, useSchemaForm } from "~/kernel/forms/forms.tsx";
import type { Conflict } from "~/kernel/result.ts";
import { ConflictNotice, type ConflictTexts } from "~/kernel/ui/conflict-notice.tsx";

/** Statuses in which somebody still has to act (a coordinator, or the partner asked for information). */
const openStatuses: readonly string[] = ["SUBMITTED", "UNDER_REVIEW", "NEEDS_INFO"];

export function ReviewStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`status-badge review-status--${status.toLowerCase().replace("_", "-")}`}>{t(`review.status.${status}`)}</span>;
}

export function PartnerKindLabel({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return <span className="muted review-kind">{t("review.kindInParentheses", { kind: t(`review.kind.${kind}`) })}</span>;
}

/** "12 days" while someone still has to act; the day it closed once it is decided or withdrawn. */
export function WaitingDays({ status, days, since, language }: { status: string; days: number; since: string; language: Language }) {
  const { t } = useTranslation();
  if (!openStatuses.includes(status)) {
    return <span className="muted">{t("review.closedOn", { date: formatDate(language, since) })}</span>;
  }
  return (
    <time dateTime={since} className={days >= 14 ? "review-days review-days--long" : "review-days"}>
      {t("review.days", { count: days })}
    </time>
  );
}

// ───────────────────────────── The review page ─────────────────────────────

/** What the action answered, for the form that sent it. */
export type ReviewActionData =
  { intent: ReviewIntent | null; result: SubmissionResult<string[]> | null; conflict: Conflict | null } | undefined;

/**
 * The notice when someone changed the proposal after this page was opened: who and when, that the page now shows
 * the latest state, and what this person typed (also still in the form when the form is still offered).
 */
const conflictTexts: ConflictTexts = {
  title: "review.conflict.title",
  body: "review.conflict.body",
  someone: "review.conflict.someone",
  notes: ["review.conflict.again"],
  typed: "review.conflict.typed",
};

function typedText(result: SubmissionResult<string[]> | null | undefined, field: string): string | null {
  const value = (result?.initialValue as Record<string, unknown> | null | undefined)?.[field];
  return typeof value === "string" && value.trim() ? value : null;
}

function answerFor(actionData: ReviewActionData, intent: ReviewIntent) {
  return actionData?.intent === intent ? actionData : null;
}

/** The version the page shows, from the loader (never from a refused form): a retry after a conflict is on the latest. */
function VersionInput({ version }: { version: number }) {
  return <input type="hidden" name="version" value={version} />;
}

type DecisionProps = {
  proposal: { version: number; status: ProposalStatusName; assigneeId: string | null };
  transitions: readonly ProposalStatusName[];
  actionData: ReviewActionData;
  language: Language;
};

/** The moves a coordinator can make from the current status: start, ask for information, accept or decline. */
export function DecisionPanel({ proposal, transitions, actionData, language }: DecisionProps) {
  const { t } = useTranslation();
  const start = answerFor(actionData, "start");
  const ask = answerFor(actionData, "ask");
  const decide = answerFor(actionData, "decide");
  const [askForm, askFields] = useSchemaForm(reviewAskSchema, { id: "review-ask", lastResult: ask?.result });
  const [decideForm, decideFields] = useSchemaForm(reviewDecideSchema, { id: "review-decide", lastResult: decide?.result });
  const canAccept = transitions.includes("ACCEPTED");
  const canDecline = transitions.includes("DECLINED");
  const conflict = start?.conflict ?? ask?.conflict ?? decide?.conflict ?? null;
  const typed = typedText(ask?.result, "message") ?? typedText(decide?.result, "reason");
  return (
    <section aria-labelledby="decision-heading" className="panel review-panel">
      <h2 id="decision-heading">{t("review.page.decisionHeading")}</h2>
      {conflict ? <ConflictNotice conflict={conflict} texts={conflictTexts} typed={typed} language={language} /> : null}
      {transitions.length === 0 ? <p className="muted">{t("review.page.noMoves")}</p> : null}
      {transitions.includes("UNDER_REVIEW") ? (
        <Form method="post" className="review-form">
          <VersionInput version={proposal.version} />
          <p className="field-hint" id="review-start-hint">
            {proposal.assigneeId ? t("review.page.startHint") : t("review.page.startHintAssign")}
          </p>
          {start && !start.conflict ? <FormAlert errors={start.result?.error?.[""] ?? undefined} /> : null}
          <SubmitButton name="intent" value="start">
            {t("review.page.start")}
          </SubmitButton>
        </Form>
      ) : null}
      {transitions.includes("NEEDS_INFO") ? (
        <Form method="post" {...getFormProps(askForm)} className="review-form">
          <h3>{t("review.page.askHeading")}</h3>
          <VersionInput version={proposal.version} />
          {ask?.conflict ? null : <FormAlert id={askForm.errorId} errors={askForm.errors} />}
          <TextAreaField
            meta={askFields.message}
            label={t("review.page.askLabel")}
            hint={t("review.page.askHint", { max: PROPOSAL_LIMITS.reason })}
            rows={4}
          />
          <SubmitButton name="intent" value="ask" tone="secondary">
            {t("review.page.ask")}
          </SubmitButton>
        </Form>
      ) : null}
      {canAccept || canDecline ? (
        <Form method="post" {...getFormProps(decideForm)} className="review-form">
          <h3>{t("review.page.decideHeading")}</h3>
          <input type="hidden" name="intent" value="decide" />
          <VersionInput version={proposal.version} />
          {decide?.conflict ? null : <FormAlert id={decideForm.errorId} errors={decideForm.errors} />}
          <TextAreaField
            meta={decideFields.reason}
            label={t("review.page.reasonLabel")}
            hint={t("review.page.reasonHint", { max: PROPOSAL_LIMITS.reason })}
            rows={4}
          />
          {decideFields.decision.errors?.length ? <FormAlert errors={decideFields.decision.errors} /> : null}
          <div className="review-form__buttons">
            {canAccept ? (
              <SubmitButton name="decision" value="ACCEPTED">
                {t("review.page.accept")}
              </SubmitButton>
            ) : null}
            {canDecline ? (
              <SubmitButton name="decision" value="DECLINED" tone="danger">
                {t("review.page.decline")}
              </SubmitButton>
            ) : null}
          </div>
        </Form>
      ) : null}
    </section>
  );
}

/** Who reviews the proposal: take it yourself, or give it to a colleague (who gets an e-mail). */
export function AssignPanel({
  proposal,
  reviewers,
  viewerId,
  closed,
  actionData,
  language,
}: {
  proposal: { version: number; assignee: { id: string; displayName: string } | null };
  reviewers: { id: string; displayName: string }[];
  viewerId: string;
  closed: boolean;
  actionData: ReviewActionData;
  language: Language;
}) {
  const { t } = useTranslation();
  const answer = answerFor(actionData, "assign");
  const [form, fields] = useSchemaForm(reviewAssignSchema, {
    id: "review-assign",
    lastResult: answer?.result,
    defaultValue: { assigneeId: proposal.assignee?.id ?? "" },
  });
  const assignee = proposal.assignee;
  return (
    <section aria-labelledby="assign-heading" className="panel review-panel">
      <h2 id="assign-heading">{t("review.page.assignHeading")}</h2>
      <p>
        {assignee
          ? assignee.id === viewerId
            ? t("review.page.assignedToYou")
            : t("review.page.assignedTo", { name: assignee.displayName })
          : t("review.page.notAssigned")}
      </p>
      {answer?.conflict ? <ConflictNotice conflict={answer.conflict} texts={conflictTexts} language={language} /> : null}
      {closed ? null : (
        <>
          {assignee?.id === viewerId ? null : (
            <Form method="post" className="review-form">
              <VersionInput version={proposal.version} />
              <input type="hidden" name="assigneeId" value={viewerId} />
              <SubmitButton name="intent" value="assign" tone="secondary">
                {t("review.page.assignToMe")}
              </SubmitButton>
            </Form>
          )}
          <Form method="post" {...getFormProps(form)} className="review-form">
            <VersionInput version={proposal.version} />
            {answer?.conflict ? null : <FormAlert id={form.errorId} errors={form.errors} />}
            <div className="field">
              <label htmlFor={fields.assigneeId.id}>{t("review.page.assigneeLabel")}</label>
              <p className="field-hint" id={`${fields.assigneeId.id}-hint`}>
                {t("review.page.assigneeHint")}
              </p>
              <select
                id={fields.assigneeId.id}
                name={fields.assigneeId.name}
                defaultValue={fields.assigneeId.initialValue ?? ""}
                {...fieldAria(fields.assigneeId, `${fields.assigneeId.id}-hint`)}
              >
                <option value="">{t("review.unassigned")}</option>
                {reviewers.map((reviewer) => (
                  <option key={reviewer.id} value={reviewer.id}>
                    {reviewer.id === viewerId ? t("review.you", { name: reviewer.displayName }) : reviewer.displayName}
                  </option>
                ))}
              </select>
              <ErrorList id={fields.assigneeId.errorId} errors={fields.assigneeId.errors} />
            </div>
            <SubmitButton name="intent" value="assign" tone="secondary">
              {t("review.page.assign")}
            </SubmitButton>
          </Form>
        </>
      )}
    </section>
  );
}

/** Internal notes: for coordinators only, in their own table, never in anything the partner can reach. */
export function NotesPanel({
  notes,
  actionData,
  language,
  submissionKey,
}: {
  notes: { id: string; body: string; at: string; authorName: string | null }[];
  actionData: ReviewActionData;
  language: Language;
  /** Drawn by the page's loader: the same note sent twice is added once. */
  submissionKey: string;
}) {
  const { t } = useTranslation();
  const answer = answerFor(actionData, "note");
  const [form, fields] = useSchemaForm(reviewNoteSchema, { id: "review-note", lastResult: answer?.result });
  return (
    <section aria-labelledby="notes" className="panel review-panel review-notes">
      <h2 id="notes">{t("review.notes.heading")}</h2>
      <p className="review-notes__warning">
        <strong>{t("review.notes.internal")}</strong> {t("review.notes.warning")}
      </p>
      {notes.length === 0 ? (
        <p className="muted">{t("review.notes.empty")}</p>
      ) : (
        <ol className="review-notes__list">
          {notes.map((note) => (
            <li key={note.id} className="review-note">
              <p className="review-note__meta">
                <span className="review-note__author">{note.authorName ?? t("review.deletedUser")}</span>{" "}
                <time dateTime={note.at}>{formatDateTime(language, note.at)}</time>
              </p>
              <p className="review-note__body">{note.body}</p>
            </li>
          ))}
        </ol>
      )}
      <Form method="post" {...getFormProps(form)} className="review-form">
        <FormAlert id={form.errorId} errors={form.errors} />
        <SubmissionKeyField value={submissionKey} />
        <TextAreaField
          meta={fields.body}
          label={t("review.notes.label")}
          hint={t("review.notes.hint", { max: NOTE_MAX_LENGTH })}
          rows={4}
        />
        <SubmitButton name="intent" value="note" tone="secondary">
          {t("review.notes.add")}
        </SubmitButton>
      </Form>
    </section>
  );
}

/** Every status change, oldest first, with who made it and the reason given. */
export function ProposalTimeline({
  events,
  language,
}: {
  events: { id: string; from: string | null; to: string; reason: string | null; at: string; actorName: string | null }[];
  language: Language;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="timeline-heading" className="panel review-panel">
      <h2 id="timeline-heading">{t("review.timeline.heading")}</h2>
      {events.length === 0 ? (
        <p className="muted">{t("review.timeline.empty")}</p>
      ) : (
        <ol className="review-timeline">
          {events.map((event) => (
            <li key={event.id}>
              <p className="review-timeline__what">
                <time dateTime={event.at}>{formatDateTime(language, event.at)}</time>{" "}
                {t(`review.timeline.${event.to === "SUBMITTED" && event.from === "NEEDS_INFO" ? "resubmitted" : event.to}`, {
                  name: event.actorName ?? t("review.deletedUser"),
                })}
              </p>
              {event.reason ? <blockquote className="review-timeline__reason">{event.reason}</blockquote> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
