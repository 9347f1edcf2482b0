import { ActionButton, EmailLayout, Note, Paragraph } from "./components/layout.tsx";
import { greeting, subjectLine, templateT, type EmailLanguage } from "./strings.ts";

/** The work ended: each side is asked for its reflection; neither reads the other's before both answered or 14 days. */
export type EngagementReflectionProps = { displayName: string; title: string; url: string };

export function subject(language: EmailLanguage, props: EngagementReflectionProps): string {
  return subjectLine(language, templateT(language, "engagement-reflection")("topic", { title: props.title }));
}

export const previewProps: EngagementReflectionProps = {
  displayName: "塩尻 太郎",
  title: "ワイナリーの在庫データを見える化する",
  url: "https://hub.shiojiri.example/engagements/7",
};

export default function EngagementReflection({
  language,
  displayName,
  title,
  url,
}: EngagementReflectionProps & { language: EmailLanguage }) {
  const t = templateT(language, "engagement-reflection");
  const topic = t("topic", { title });
  return (
    <EmailLayout language={language} title={subjectLine(language, topic)} preview={t("preview")} heading={topic}>
      <Paragraph>{greeting(language, displayName)}</Paragraph>
      <Paragraph>{t("body", { title })}</Paragraph>
      <ActionButton language={language} href={url} label={t("button")} />
      <Note>{t("note")}</Note>
    </EmailLayout>
  );
}
