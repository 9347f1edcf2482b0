import { ActionButton, AccountMail, Note, Paragraph } from "./components/layout.tsx";
import { subjectLine, templateT, type EmailLanguage } from "./strings.ts";

/** A notice to the OLD address after the change, so a hijacked account does not go unnoticed. */
export type EmailChangedProps = { displayName: string; newEmail: string; supportUrl: string };

export function subject(language: EmailLanguage, _props: EmailChangedProps): string {
  return subjectLine(language, templateT(language, "email-changed")("topic"));
}

export const previewProps: EmailChangedProps = {
  displayName: "山田 花子",
  newEmail: "hanako.new@example.jp",
  supportUrl: "https://hub.shiojiri.example/about",
};

export default function EmailChanged({ language, displayName, newEmail, supportUrl }: EmailChangedProps & { language: EmailLanguage }) {
  const t = templateT(language, "email-changed");
  return (
    <AccountMail language={language} t={t} displayName={displayName}>
      <Paragraph>{t("body", { newEmail })}</Paragraph>
      <Note>{t("ifYou")}</Note>
      <Paragraph>{t("notYou")}</Paragraph>
      <ActionButton language={language} href={supportUrl} label={t("button")} />
    </AccountMail>
  );
}
