import { ActionButton, AccountMail, Note, Paragraph } from "./components/layout.tsx";
import { subjectLine, templateT, type EmailLanguage } from "./strings.ts";

/** A notice after a password change or reset; the reset link lets the real owner take the account back. */
export type PasswordChangedProps = { displayName: string; resetUrl: string };

export function subject(language: EmailLanguage, _props: PasswordChangedProps): string {
  return subjectLine(language, templateT(language, "password-changed")("topic"));
}

export const previewProps: PasswordChangedProps = {
  displayName: "山田 花子",
  resetUrl: "https://hub.shiojiri.example/forgot-password",
};

export default function PasswordChanged({ language, displayName, resetUrl }: PasswordChangedProps & { language: EmailLanguage }) {
  const t = templateT(language, "password-changed");
  return (
    <AccountMail language={language} t={t} displayName={displayName}>
      <Paragraph>{t("body")}</Paragraph>
      <Note>{t("ifYou")}</Note>
      <Paragraph>{t("notYou")}</Paragraph>
      <ActionButton language={language} href={resetUrl} label={t("button")} />
    </AccountMail>
  );
}
