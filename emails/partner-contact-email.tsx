import { ActionButton, EmailLayout, Note, Paragraph } from "./components/layout.tsx";
import { greeting, subjectLine, templateT, type EmailLanguage } from "./strings.ts";

/**
 * Sent to the contact address a partner profile names: coordinators hand it to counterparts only once someone at
 * that address confirmed it (decision 0017). The address may have no account, so the greeting names nobody.
 */
export type PartnerContactEmailProps = { partnerName: string; editorName: string; confirmUrl: string; expiresInDays: number };

export function subject(language: EmailLanguage, props: PartnerContactEmailProps): string {
  return subjectLine(language, templateT(language, "partner-contact-email")("topic", { partner: props.partnerName }));
}

export const previewProps: PartnerContactEmailProps = {
  partnerName: "NPO法人 木曽路ラボ",
  editorName: "山田 花子",
  confirmUrl: "https://hub.shiojiri.example/partner-contact/confirm?token=preview-token",
  expiresInDays: 7,
};

export default function PartnerContactEmail({
  language,
  partnerName,
  editorName,
  confirmUrl,
  expiresInDays,
}: PartnerContactEmailProps & { language: EmailLanguage }) {
  const t = templateT(language, "partner-contact-email");
  const names = { partner: partnerName, editor: editorName };
  const topic = t("topic", names);
  return (
    <EmailLayout language={language} title={subjectLine(language, topic)} preview={t("preview", names)} heading={topic}>
      <Paragraph>{greeting(language, "")}</Paragraph>
      <Paragraph>{t("body", names)}</Paragraph>
      <ActionButton language={language} href={confirmUrl} label={t("button")} />
      <Note>{t("expiry", { days: expiresInDays })}</Note>
      <Note>{t("notYou")}</Note>
    </EmailLayout>
  );
}
