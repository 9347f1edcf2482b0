import { ActionButton, AccountMail, Note, Paragraph } from "./components/layout.tsx";
import { formatDuration, subjectLine, templateT, type EmailLanguage } from "./strings.ts";

/** Sent to the NEW address: only its owner can finish the change. */
export type ChangeEmailProps = { displayName: string; confirmUrl: string; newEmail: string; expiresInMinutes: number };

export function subject(language: EmailLanguage, _props: ChangeEmailProps): string {
  return subjectLine(language, templateT(language, "change-email")("topic"));
}

export const previewProps: ChangeEmailProps = {
  displayName: "山田 花子",
  confirmUrl: "https://hub.shiojiri.example/account/email/confirm?token=preview-token",
  newEmail: "hanako.new@example.jp",
  expiresInMinutes: 60,
};

export default function ChangeEmail({
  language,
  displayName,
  confirmUrl,
  newEmail,
  expiresInMinutes,
}: ChangeEmailProps & { language: EmailLanguage }) {
  const t = templateT(language, "change-email");
  return (
    <AccountMail language={language} t={t} displayName={displayName}>
      <Paragraph>{t("intro", { newEmail })}</Paragraph>
      <ActionButton language={language} href={confirmUrl} label={t("button")} />
      <Note>{t("expiry", { duration: formatDuration(language, expiresInMinutes) })}</Note>
      <Note>{t("notYou")}</Note>
    </AccountMail>
  );
}
