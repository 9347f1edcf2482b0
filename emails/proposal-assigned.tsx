import { ActionButton, EmailLayout, Note, Paragraph } from "./components/layout.tsx";
import { greeting, subjectLine, type EmailLanguage } from "./strings.ts";

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

const strings = {
  ja: {
    topic: (number: number) => `協働提案 No.${number} の担当になりました`,
    preview: (by: string) => `${by}さんが、協働提案の確認をあなたに割り当てました。`,
    body: (by: string) => `${by}さんが、次の協働提案の担当をあなたに割り当てました。`,
    proposal: (number: number, title: string) => `No.${number}「${title}」`,
    partner: (name: string) => `提案者：${name}`,
    button: "提案を確認する",
    signIn: "確認にはコーディネーターのアカウントでのログインが必要です。",
  },
  en: {
    topic: (number: number) => `Proposal No. ${number} is now yours to review`,
    preview: (by: string) => `${by} assigned a proposal to you for review.`,
    body: (by: string) => `${by} assigned the following proposal to you for review.`,
    proposal: (number: number, title: string) => `No. ${number}: “${title}”`,
    partner: (name: string) => `Proposed by: ${name}`,
    button: "Review the proposal",
    signIn: "You need to sign in with your coordinator account to open it.",
  },
};

export function subject(language: EmailLanguage, props: ProposalAssignedProps): string {
  return subjectLine(language, strings[language].topic(props.number));
}

export const previewProps: ProposalAssignedProps = {
  displayName: "木曽 太郎",
  assignedBy: "奈良井 花子",
  number: 42,
  title: "ワイナリーの在庫データを見える化します",
  partnerName: "株式会社しおじりデータ",
  reviewUrl: "https://hub.shiojiri.example/coordinate/proposals/42",
};

export default function ProposalAssigned({ language, displayName, assignedBy, number, title, partnerName, reviewUrl }: ProposalAssignedProps & { language: EmailLanguage }) {
  const text = strings[language];
  return (
    <EmailLayout language={language} title={subjectLine(language, text.topic(number))} preview={text.preview(assignedBy)} heading={text.topic(number)}>
      <Paragraph>{greeting(language, displayName)}</Paragraph>
      <Paragraph>{text.body(assignedBy)}</Paragraph>
      <Paragraph>{text.proposal(number, title)}</Paragraph>
      <Paragraph>{text.partner(partnerName)}</Paragraph>
      <ActionButton language={language} href={reviewUrl} label={text.button} />
      <Note>{text.signIn}</Note>
    </EmailLayout>
  );
}
