import { ActionButton, AccountMail, Note, Paragraph } from "./components/layout.tsx";
import { formatDuration, subjectLine, templateT, type EmailLanguage } from "./strings.ts";

export type SignInLinkProps = { displayName: string; signInUrl: string; expiresInMinutes: number };

export function subject(language: EmailLanguage, _props: SignInLinkProps): string {
  return subjectLine(language, templateT(language, "sign-in-link")("topic"));
}

export const previewProps: SignInLinkProps = {
  displayName: "山田 花子",
  signInUrl: "https://hub.shiojiri.example/login/link?token=preview-token",
  expiresInMinutes: 15,
};

export default function SignInLink({ language, displayName, signInUrl, expiresInMinutes }: SignInLinkProps & { language: EmailLanguage }) {
  const t = templateT(language, "sign-in-link");
  return (
    <AccountMail language={language} t={t} displayName={displayName}>
      <Paragraph>{t("intro")}</Paragraph>
      <ActionButton language={language} href={signInUrl} label={t("button")} />
      <Note>{t("expiry", { duration: formatDuration(language, expiresInMinutes) })}</Note>
      <Note>{t("notYou")}</Note>
    </AccountMail>
  );
}
