import { ActionButton, AccountMail, Note, Paragraph } from "./components/layout.tsx";
import { formatDuration, subjectLine, templateT, type EmailLanguage } from "./strings.ts";

export type PasswordResetProps = { displayName: string; resetUrl: string; expiresInMinutes: number };

export function subject(language: EmailLanguage, _props: PasswordResetProps): string {
  return subjectLine(language, templateT(language, "password-reset")("topic"));
}

export const previewProps: PasswordResetProps = {
  displayName: "山田 花子",
  resetUrl: "https://hub.shiojiri.example/reset-password?token=preview-token",
  expiresInMinutes: 60,
};

export default function PasswordReset({
  language,
  displayName,
  resetUrl,
  expiresInMinutes,
}: PasswordResetProps & { language: EmailLanguage }) {
  const t = templateT(language, "password-reset");
  return (
    <AccountMail language={language} t={t} displayName={displayName}>
      <Paragraph>{t("intro")}</Paragraph>
      <ActionButton language={language} href={resetUrl} label={t("button")} />
      <Note>{t("expiry", { duration: formatDuration(language, expiresInMinutes) })}</Note>
      <Note>{t("notYou")}</Note>
    </AccountMail>
  );
}
