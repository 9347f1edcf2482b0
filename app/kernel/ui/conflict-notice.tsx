// The one "someone else changed this" notice: a write based on an older version was refused, so it says who
// changed the record and when, what happens now, and (where the page has them) what the person typed and a link to
// the latest version. It takes the focus when it appears, so keyboard and screen reader users hear it first.
// Each feature words it in its own strings.
import { useTranslation } from "react-i18next";
import type { Language } from "~/kernel/i18n/config.ts";
import { formatDateTime } from "~/kernel/japan-time.ts";
import { useFocusOnAppear } from "~/kernel/forms/forms.tsx";
import type { Conflict } from "~/kernel/result.ts";

/** Translation keys for one feature's notice. */
export type ConflictTexts = {
  /** A first line in bold. */
  title?: string;
  /** Who changed it and when: {{name}} and {{time}}. */
  body: string;
  /** {{name}} when no one is named (the change left no audit entry with a name). */
  someone?: string;
  /** Said instead of `body` when no one is named: {{time}} only. */
  bodyUnknown?: string;
  /** Paragraphs after the body: what happens now. */
  notes?: readonly string[];
  /** Said before what the person typed, quoted back to them. */
  typed?: string;
  /** The link to the latest version. */
  latest?: string;
  /** Read after the link's text: that it opens in a new tab. */
  newTab?: string;
};

export function ConflictNotice({
  conflict,
  texts,
  language,
  typed = null,
  latestHref,
}: {
  conflict: Conflict;
  texts: ConflictTexts;
  language: Language;
  /** What the person typed in the refused form, when the page shows it again. */
  typed?: string | null;
  /** Where the latest version opens (in a new tab), when the notice links to it. */
  latestHref?: string;
}) {
  const { t } = useTranslation();
  const ref = useFocusOnAppear<HTMLDivElement>(conflict);
  const time = formatDateTime(language, conflict.changedAt);
  const body =
    !conflict.changedBy && texts.bodyUnknown
      ? t(texts.bodyUnknown, { time })
      : t(texts.body, { name: conflict.changedBy || (texts.someone ? t(texts.someone) : ""), time });
  return (
    <div ref={ref} tabIndex={-1} className="notice notice--error conflict-notice" role="alert">
      {texts.title ? <p className="conflict-notice__title">{t(texts.title)}</p> : null}
      <p>{body}</p>
      {texts.notes?.map((note) => (
        <p key={note}>{t(note)}</p>
      ))}
      {typed && texts.typed ? (
        <>
          <p>{t(texts.typed)}</p>
          <blockquote className="review-typed">{typed}</blockquote>
        </>
      ) : null}
      {latestHref && texts.latest ? (
        <p>
          <a href={latestHref} target="_blank" rel="noreferrer">
            {t(texts.latest)}
            {texts.newTab ? <span className="visually-hidden">{t(texts.newTab)}</span> : null}
          </a>
        </p>
      ) : null}
    </div>
  );
}
