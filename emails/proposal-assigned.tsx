import { ActionButton, EmailLayout, Note, Paragraph } from "./components/layout.tsx";
import { greeting, subjectLine, templateT, type EmailLanguage } from "./strings.ts";

/**
 * Tells a coordinator that a colleague gave them a proposal to review. It names the proposal and the partner
 * and links to the review page; it never carries the proposal's text or internal notes (mail gets forwarded).
 */
export type ProposalAssignedProps = {
  displayName: string;
  assignedBy: string;
  number: number;
  title: string;
  partnerName: string;
  reviewUrl: string;
};

export function subject(language: EmailLanguage, props: ProposalAssignedProps): string {
  return subjectLine(language, templateT(language, "proposal-assigned")("topic", { number: props.number }));
}

export const previewProps: ProposalAssignedProps = {
  displayName: "木曽 太郎",
  assignedBy: "奈良井 花子",
  number: 42,
  title: "ワイナリーの在庫データを見える化します",
  partnerName: "株式会社しおじりデータ",
  reviewUrl: "https://hub.shiojiri.example/coordinate/proposals/42",
};

export default function ProposalAssigned({
  language,
  displayName,
  assignedBy,
  number,
  title,
  partnerName,
  reviewUrl,
}: ProposalAssignedProps & { language: EmailLanguage }) {
  const t = templateT(language, "proposal-assigned");
  const topic = t("topic", { number });
  return (
    <EmailLayout language={language} title={subjectLine(language, topic)} preview={t("preview", { by: assignedBy })} heading={topic}>
      <Paragraph>{greeting(language, displayName)}</Paragraph>
      <Paragraph>{t("body", { by: assignedBy })}</Paragraph>
      <Paragraph>{t("proposal", { number, title })}</Paragraph>
      <Paragraph>{t("partner", { name: partnerName })}</Paragraph>
      <ActionButton language={language} href={reviewUrl} label={t("button")} />
      <Note>{t("signIn")}</Note>
    </EmailLayout>
  );
}
