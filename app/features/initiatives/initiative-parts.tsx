// Pieces of the public initiative pages with a form: the cheer button (a plain form without JavaScript; with it a
// fetcher with an optimistic count and a live region), the progress-update form (multipart, up to four pictures
// each with its description), and the partners' visibility switch. The badge, card and list section are in
// initiative-list.tsx, so pages that only list initiatives do not download the form code.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, Link, useFetcher, useLocation } from "@remix-run/react";
import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { initiativeUpdateSchema, UPDATE_ALT_FIELDS, UPDATE_IMAGE_FIELDS } from "~/features/initiatives/schemas.ts";
import {
  controlAria,
  ErrorList,
  FormAlert,
  HiddenInput,
  InputField,
  MarkdownHelp,
  SubmissionKeyField,
  SubmitButton,
  TextAreaField,
  useSchemaForm,
} from "~/kernel/forms/forms.tsx";

// The initiative page and the coordinators' pages take the badge from here along with the forms.
export { InitiativeStatusBadge } from "./initiative-list.tsx";

const subscribeToNothing = () => () => {};

type CheerAnswer = { intent: "cheer"; ok: true; cheered: boolean; count: number } | { intent: string; ok: false };

/** 応援: once per account, toggled. Signed-out visitors see the count and a link to sign in. */
export function CheerButton({ number, count, cheered, signedIn }: { number: number; count: number; cheered: boolean; signedIn: boolean }) {
  const { t } = useTranslation();
  const location = useLocation();
  const fetcher = useFetcher<CheerAnswer>({ key: `cheer-${number}` });
  const hydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  const pending = fetcher.formData?.get("cheer");
  let on = cheered;
  let shown = count;
  if (fetcher.state === "idle" && fetcher.data && fetcher.data.ok && "count" in fetcher.data) {
    on = fetcher.data.cheered;
    shown = fetcher.data.count;
  }
  if (pending === "on" && !on) {
    on = true;
    shown += 1;
  } else if (pending === "off" && on) {
    on = false;
    shown = Math.max(0, shown - 1);
  }
  let announcement = "";
  if (fetcher.state === "idle" && fetcher.data)
    announcement =
      fetcher.data.ok && "cheered" in fetcher.data
        ? t(fetcher.data.cheered ? "initiatives.cheer.cheered" : "initiatives.cheer.uncheered")
        : t("initiatives.cheer.failed");
  const countText = <span className="cheer-button__count">{t("initiatives.cheer.count", { count: shown })}</span>;
  if (!signedIn) {
    return (
      <div className="cheer-button follow-button">
        <Link to={`/login?${new URLSearchParams({ redirectTo: location.pathname })}`} className="button">
          {t("initiatives.cheer.signIn")}
        </Link>
        {countText}
      </div>
    );
  }
  const FormComponent = hydrated ? fetcher.Form : Form;
  return (
    <div className="cheer-button follow-button">
      <FormComponent method="post" action={`/initiatives/${number}`} className="follow-button__form" preventScrollReset>
        <input type="hidden" name="intent" value="cheer" />
        <input type="hidden" name="cheer" value={on ? "off" : "on"} />
        {hydrated ? <input type="hidden" name="respond" value="data" /> : null}
        {on ? (
          <span className="follow-button__state">
            <span aria-hidden="true">♥ </span>
            {t("initiatives.cheer.cheering")}
          </span>
        ) : null}
        <button type="submit" className={on ? "button" : "button button--primary"} aria-pressed={on}>
          {on ? t("initiatives.cheer.undo") : t("initiatives.cheer.button")}
        </button>
      </FormComponent>
      {countText}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

type UpdateDefaults = { updateId?: string; title: string; body: string; language: string; images?: { id: string; alt: string }[] };

/** Posting (or editing) a progress update. New pictures are appended after the existing ones, four in all. */
export function InitiativeUpdateForm({
  number,
  formKey,
  defaults,
  lastResult,
  postingAs,
  submissionKey,
}: {
  number: number;
  formKey: string;
  defaults: UpdateDefaults;
  lastResult: SubmissionResult<string[]> | null;
  postingAs: string | null;
  /** For a new update: the same update sent twice is posted once. */
  submissionKey?: string | null;
}) {
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(initiativeUpdateSchema, {
    id: `update-form-${formKey}`,
    lastResult,
    defaultValue: {
      intent: "update-save",
      updateId: defaults.updateId ?? "",
      title: defaults.title,
      body: defaults.body,
      language: defaults.language,
    },
  });
  const existing = defaults.images ?? [];
  const free = Math.max(0, 4 - existing.length);
  const allErrors = form.allErrors;
  return (
    <Form
      method="post"
      action={`/initiatives/${number}`}
      encType="multipart/form-data"
      {...getFormProps(form)}
      className="initiative-update-form"
    >
      <FormAlert id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="update-save" />
      {submissionKey ? <SubmissionKeyField value={submissionKey} /> : null}
      <HiddenInput meta={fields.updateId} />
      {!defaults.updateId ? (
        <p className="muted">
          {postingAs ? t("initiatives.updateForm.asPartner", { name: postingAs }) : t("initiatives.updateForm.asCoordinator")}
        </p>
      ) : null}
      <InputField meta={fields.title} label={t("initiatives.updateForm.title")} />
      <MarkdownHelp />
      <TextAreaField meta={fields.body} label={t("initiatives.updateForm.body")} rows={8} />
      <fieldset className="choice-group">
        <legend>{t("initiatives.updateForm.language")}</legend>
        {(["ja", "en"] as const).map((value) => (
          <div key={value} className="choice">
            <input
              type="radio"
              id={`${form.id}-language-${value}`}
              name={fields.language.name}
              value={value}
              defaultChecked={(fields.language.initialValue ?? "ja") === value}
            />
            <label htmlFor={`${form.id}-language-${value}`}>
              {t(value === "ja" ? "initiatives.updateForm.languageJa" : "initiatives.updateForm.languageEn")}
            </label>
          </div>
        ))}
      </fieldset>
      {existing.map((image, index) => (
        <div key={image.id} className="field">
          <img src={`/images/${image.id}`} alt="" width={160} height={90} className="initiative-update__thumb" />
          <label htmlFor={`${form.id}-existing-${index}`}>{t("initiatives.updateForm.altExisting", { n: index + 1 })}</label>
          <input
            id={`${form.id}-existing-${index}`}
            name={`existing-${UPDATE_ALT_FIELDS[index]}`}
            defaultValue={image.alt}
            maxLength={200}
          />
        </div>
      ))}
      {free > 0 ? (
        <fieldset className="choice-group">
          <legend>{t("initiatives.updateForm.images")}</legend>
          <p className="field-hint" id={`${form.id}-images-hint`}>
            {t("initiatives.updateForm.imagesHint")}
          </p>
          {Array.from({ length: free }, (_, offset) => {
            const index = offset;
            const imageName = UPDATE_IMAGE_FIELDS[index]!;
            const altMeta = fields[UPDATE_ALT_FIELDS[index]!];
            const imageErrors = allErrors[imageName];
            return (
              <div key={imageName} className="initiative-update-form__picture">
                <div className="field">
                  <label htmlFor={`${form.id}-${imageName}`}>{t("initiatives.updateForm.image", { n: existing.length + index + 1 })}</label>
                  <input
                    type="file"
                    id={`${form.id}-${imageName}`}
                    name={imageName}
                    accept="image/jpeg,image/png,image/webp"
                    {...controlAria({
                      hintId: `${form.id}-images-hint`,
                      errorId: `${form.id}-${imageName}-error`,
                      invalid: Boolean(imageErrors?.length),
                    })}
                  />
                  <ErrorList id={`${form.id}-${imageName}-error`} errors={imageErrors} />
                </div>
                <InputField meta={altMeta} label={t("initiatives.updateForm.alt", { n: existing.length + index + 1 })} />
              </div>
            );
          })}
        </fieldset>
      ) : null}
      <SubmitButton>{defaults.updateId ? t("initiatives.updateForm.save") : t("initiatives.updateForm.submit")}</SubmitButton>
    </Form>
  );
}

/** A partner's member chooses whether the partner is named publicly. Posts to the initiative page's action. */
export function ParticipantVisibilityForm({
  initiativeNumber,
  partner,
  back,
}: {
  initiativeNumber: number;
  partner: { partnerId: string; displayName: string; showPublicly: boolean };
  back?: { matchNumber: number };
}) {
  const { t } = useTranslation();
  return (
    <Form method="post" action={`/initiatives/${initiativeNumber}`} className="visibility-form">
      <p>
        {partner.showPublicly
          ? t("initiatives.visibility.shown", { name: partner.displayName })
          : t("initiatives.visibility.hidden", { name: partner.displayName })}
      </p>
      <input type="hidden" name="intent" value="participant-visibility" />
      <input type="hidden" name="partnerId" value={partner.partnerId} />
      <input type="hidden" name="showPublicly" value={partner.showPublicly ? "off" : "on"} />
      {back ? (
        <>
          <input type="hidden" name="back" value="match" />
          <input type="hidden" name="matchNumber" value={String(back.matchNumber)} />
        </>
      ) : null}
      <SubmitButton tone="secondary">
        {partner.showPublicly
          ? t("initiatives.visibility.hide", { name: partner.displayName })
          : t("initiatives.visibility.show", { name: partner.displayName })}
      </SubmitButton>
    </Form>
  );
}

/** On /coordinate/matches/<n>: start an initiative from the match, or join an existing one. */
export function MatchInitiativePanel({
  panel,
  answer,
}: {
  panel: { ready: boolean; joined: { number: number; title: string } | null; open: { number: number; title: string }[] };
  answer: { formKey?: string; result?: SubmissionResult<string[]> } | null | undefined;
}) {
  const { t } = useTranslation();
  const errors =
    answer?.formKey === "initiative" ? (answer.result?.error?.[""] ?? answer.result?.error?.initiativeNumber ?? undefined) : undefined;
  return (
    <section aria-labelledby="initiative-panel-heading" className="panel">
      <h2 id="initiative-panel-heading">{t("initiatives.fromMatch.heading")}</h2>
      {panel.joined ? (
        <p>
          <Link to={`/initiatives/${panel.joined.number}`}>{t("initiatives.fromMatch.joined", { title: panel.joined.title })}</Link>
        </p>
      ) : !panel.ready ? (
        <p className="muted">{t("initiatives.fromMatch.notReady")}</p>
      ) : (
        <>
          <FormAlert errors={errors ?? undefined} />
          <Form method="post">
            <p className="muted">{t("initiatives.fromMatch.createLead")}</p>
            <SubmitButton name="intent" value="initiative-create">
              {t("initiatives.fromMatch.create")}
            </SubmitButton>
          </Form>
          {panel.open.length ? (
            <Form method="post">
              <fieldset className="choice-group">
                <legend>{t("initiatives.fromMatch.joinLegend")}</legend>
                <div className="field">
                  <label htmlFor="join-initiative">{t("initiatives.fromMatch.choose")}</label>
                  <select id="join-initiative" name="initiativeNumber" required defaultValue="">
                    <option value="">{t("initiatives.fromMatch.chooseNone")}</option>
                    {panel.open.map((initiative) => (
                      <option key={initiative.number} value={String(initiative.number)}>
                        {initiative.number}. {initiative.title}
                      </option>
                    ))}
                  </select>
                </div>
                <SubmitButton name="intent" value="initiative-join" tone="secondary">
                  {t("initiatives.fromMatch.join")}
                </SubmitButton>
              </fieldset>
            </Form>
          ) : null}
        </>
      )}
    </section>
  );
}
