import { Quote } from "./components/quote.tsx";
import { ActionButton, EmailLayout, Note, Paragraph } from "./components/layout.tsx";
import { greeting, subjectLine, templateT, type EmailLanguage } from "./strings.ts";

/**
 * A new message in a proposal's thread, to the other side: the partner's members when a coordinator wrote,
 * the coordinators following the proposal when the partner wrote. Shows the beginning of the message; the
 * rest (and the reply form) is behind the link.
 */
export type ProposalMessageProps = {
  displayName: string;
  partnerName: string;
  proposalNumber: number;
  proposalTitle: string;
  authorName: string;
  authorSide: "PARTNER" | "COORDINATOR";
  excerpt: string;
  /** Whether the excerpt is shorter than the message. */
  truncated: boolean;
  url: string;
};

export function subject(language: EmailLanguage, props: ProposalMessageProps): string {
  return subjectLine(language, templateT(language, "proposal-message")("topic", { title: props.proposalTitle }));
}

export const previewProps: ProposalMessageProps = {
  displayName: "",
  partnerName: "松本平ラボ株式会社",
  proposalNumber: 42,
  proposalTitle: "奈良井宿の空き家を使ったワーケーション拠点",
  authorName: "スナバ コーディネーター",
  authorSide: "COORDINATOR",
  excerpt: "ご提案ありがとうございます。来週、現地をご案内できます。\nご都合のよい日を教えてください。",
  truncated: false,
  url: "https://hub.shiojiri.example/proposals/42",
};

export default function ProposalMessage(props: ProposalMessageProps & { language: EmailLanguage }) {
  const { language } = props;
  const t = templateT(language, "proposal-message");
  const values = { title: props.proposalTitle, number: props.proposalNumber, partner: props.partnerName, author: props.authorName };
  const topic = t("topic", values);
  return (
    <EmailLayout language={language} title={subjectLine(language, topic)} preview={t("preview", values)} heading={topic}>
      <Paragraph>{greeting(language, props.displayName)}</Paragraph>
      <Paragraph>{t(props.authorSide === "COORDINATOR" ? "introCoordinator" : "introPartner", values)}</Paragraph>
      <Quote>{props.excerpt}</Quote>
      {props.truncated ? <Note>{t("truncated")}</Note> : null}
      <Note>{t("replyHint")}</Note>
      <ActionButton language={language} href={props.url} label={t("button")} />
    </EmailLayout>
  );
}
