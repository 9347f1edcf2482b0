import { ActionButton, EmailLayout, Note, Paragraph } from "./components/layout.tsx";
import { greeting, subjectLine, templateT, type EmailLanguage } from "./strings.ts";

/**
 * A check-in is due: one click opens the answer page (on track / at risk / blocked, and a note) without signing in.
 * Rendered once per language with recipient slots for the values (the daily job sends thousands at once).
 */
export type EngagementCheckInProps = { displayName: string; title: string; dueOn: string; url: string };

export function subject(language: EmailLanguage, props: EngagementCheckInProps): string {
  return subjectLine(language, templateT(language, "engagement-check-in")("topic", { title: props.title }));
}

export const previewProps: EngagementCheckInProps = {
  displayName: "塩尻 太郎",
  title: "ワイナリーの在庫データを見える化する",
  dueOn: "2026年12月8日",
  url: "https://hub.shiojiri.example/engagement-links/example",
};

export default function EngagementCheckIn({
  language,
  displayName,
  title,
  dueOn,
  url,
}: EngagementCheckInProps & { language: EmailLanguage }) {
  const t = templateT(language, "engagement-check-in");
  const topic = t("topic", { title });
  return (
    <EmailLayout language={language} title={subjectLine(language, topic)} preview={t("preview", { dueOn })} heading={topic}>
      <Paragraph>{greeting(language, displayName)}</Paragraph>
      <Paragraph>{t("body", { title, dueOn })}</Paragraph>
      <ActionButton language={language} href={url} label={t("button")} />
      <Note>{t("note")}</Note>
    </EmailLayout>
  );
}
