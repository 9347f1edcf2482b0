import { ActionButton, EmailLayout, Note, Paragraph } from "./components/layout.tsx";
import { greeting, subjectLine, templateT, type EmailLanguage } from "./strings.ts";

/**
 * The scope of an engagement (a new revision) waits for the reader's confirmation: the kickoff agreement. The
 * partner's members get the hub's page; the host, who has no account, gets a signed link that works signed out.
 * The scope itself stays on the page (mail gets forwarded; the page always shows the current revision).
 */
export type EngagementScopeProps = { displayName: string; number: number; title: string; revision: number; url: string };

export function subject(language: EmailLanguage, props: EngagementScopeProps): string {
  return subjectLine(language, templateT(language, "engagement-scope")("topic", { title: props.title }));
}

export const previewProps: EngagementScopeProps = {
  displayName: "奈良井 花子",
  number: 7,
  title: "ワイナリーの在庫データを見える化する",
  revision: 2,
  url: "https://hub.shiojiri.example/engagements/7",
};

export default function EngagementScope({
  language,
  displayName,
  title,
  revision,
  url,
}: EngagementScopeProps & { language: EmailLanguage }) {
  const t = templateT(language, "engagement-scope");
  const topic = t("topic", { title });
  return (
    <EmailLayout language={language} title={subjectLine(language, topic)} preview={t("preview")} heading={topic}>
      <Paragraph>{greeting(language, displayName)}</Paragraph>
      <Paragraph>{t(revision > 1 ? "changed" : "body", { title, revision })}</Paragraph>
      <ActionButton language={language} href={url} label={t("button")} />
      <Note>{t("note")}</Note>
    </EmailLayout>
  );
}
