import { ActionButton, AccountMail, UrlLine, Note, Paragraph } from "./components/layout.tsx";
import { subjectLine, templateT, type EmailLanguage } from "./strings.ts";

/**
 * Sign-up with an address that already has an account. The sign-up page answers exactly as for a new address
 * and this mail goes to the owner instead, so the form cannot be used to find out who is registered.
 */
export type AccountExistsProps = { displayName: string; signInUrl: string; resetUrl: string };

export function subject(language: EmailLanguage, _props: AccountExistsProps): string {
  return subjectLine(language, templateT(language, "account-exists")("topic"));
}

export const previewProps: AccountExistsProps = {
  displayName: "山田 花子",
  signInUrl: "https://hub.shiojiri.example/login",
  resetUrl: "https://hub.shiojiri.example/forgot-password",
};

export default function AccountExists({ language, displayName, signInUrl, resetUrl }: AccountExistsProps & { language: EmailLanguage }) {
  const t = templateT(language, "account-exists");
  return (
    <AccountMail language={language} t={t} displayName={displayName}>
      <Paragraph>{t("body")}</Paragraph>
      <Paragraph>{t("signIn")}</Paragraph>
      <ActionButton language={language} href={signInUrl} label={t("button")} />
      <Note>{t("forgot")}</Note>
      <UrlLine href={resetUrl} />
      <Note>{t("notYou")}</Note>
    </AccountMail>
  );
}
