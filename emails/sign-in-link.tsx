import { ActionButton, EmailLayout, Note, Paragraph } from "./components/layout.tsx";
import { formatDuration, greeting, subjectLine, templateT, type EmailLanguage } from "./strings.ts";

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
  const topic = t("topic");
  return (
    <EmailLayout language={language} title={subjectLine(language, topic)} preview={t("preview")} heading={topic}>
      <Paragraph>{greeting(language, displayName)}</Paragraph>
      <Paragraph>{t("intro")}</Paragraph>
      <ActionButton language={language} href={signInUrl} label={t("button")} />
      <Note>{t("expiry", { duration: formatDuration(language, expiresInMinutes) })}</Note>
      <Note>{t("notYou")}</Note>
    </EmailLayout>
  );
}
