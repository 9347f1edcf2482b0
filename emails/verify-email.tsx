import { ActionButton, CodeBlock, EmailLayout, Note, Paragraph } from "./components/layout.tsx";
import { formatDuration, greeting, subjectLine, templateT, type EmailLanguage } from "./strings.ts";

export type VerifyEmailProps = { displayName: string; verifyUrl: string; code: string; expiresInMinutes: number };

export function subject(language: EmailLanguage, _props: VerifyEmailProps): string {
  return subjectLine(language, templateT(language, "verify-email")("topic"));
}

export const previewProps: VerifyEmailProps = {
  displayName: "山田 花子",
  verifyUrl: "https://hub.shiojiri.example/verify-email?token=preview-token",
  code: "482913",
  expiresInMinutes: 30,
};

export default function VerifyEmail({
  language,
  displayName,
  verifyUrl,
  code,
  expiresInMinutes,
}: VerifyEmailProps & { language: EmailLanguage }) {
  const t = templateT(language, "verify-email");
  const topic = t("topic");
  return (
    <EmailLayout language={language} title={subjectLine(language, topic)} preview={t("preview", { code })} heading={topic}>
      <Paragraph>{greeting(language, displayName)}</Paragraph>
      <Paragraph>{t("intro")}</Paragraph>
      <ActionButton language={language} href={verifyUrl} label={t("button")} />
      <Paragraph>{t("codeIntro")}</Paragraph>
      <CodeBlock code={code} />
      <Note>{t("expiry", { duration: formatDuration(language, expiresInMinutes) })}</Note>
      <Note>{t("notYou")}</Note>
    </EmailLayout>
  );
}
