import { Quote } from "./components/quote.tsx";
import { ActionButton, EmailLayout, Note, Paragraph } from "./components/layout.tsx";
import { greeting, subjectLine, type EmailLanguage } from "./strings.ts";

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

type Props = ProposalMessageProps;

const strings = {
  ja: {
    topic: (props: Props) => `協働提案「${props.proposalTitle}」に新しいメッセージ`,
    preview: (props: Props) => `${props.authorName} さんからのメッセージ`,
    intro: (props: Props) =>
      props.authorSide === "COORDINATOR"
        ? `コーディネーターの ${props.authorName} さんが、${props.partnerName} の協働提案 No.${props.proposalNumber}「${props.proposalTitle}」にメッセージを書きました。`
        : `${props.partnerName} の ${props.authorName} さんが、協働提案 No.${props.proposalNumber}「${props.proposalTitle}」にメッセージを書きました。`,
    truncated: "（続きはハブで読めます）",
    replyHint: "返信はこのメールではなく、次のボタンから提案のページで書いてください。",
    button: "メッセージを読んで返信する",
  },
  en: {
    topic: (props: Props) => `New message on the proposal "${props.proposalTitle}"`,
    preview: (props: Props) => `A message from ${props.authorName}`,
    intro: (props: Props) =>
      props.authorSide === "COORDINATOR"
        ? `${props.authorName}, a coordinator, wrote a message on the proposal no. ${props.proposalNumber} "${props.proposalTitle}" by ${props.partnerName}.`
        : `${props.authorName} of ${props.partnerName} wrote a message on the proposal no. ${props.proposalNumber} "${props.proposalTitle}".`,
    truncated: "(Read the rest on the hub.)",
    replyHint: "To reply, do not answer this e-mail: write on the proposal's page through the button below.",
    button: "Read and reply",
  },
};

export function subject(language: EmailLanguage, props: ProposalMessageProps): string {
  return subjectLine(language, strings[language].topic(props));
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
  const text = strings[language];
  return (
    <EmailLayout language={language} title={subjectLine(language, text.topic(props))} preview={text.preview(props)} heading={text.topic(props)}>
      <Paragraph>{greeting(language, props.displayName)}</Paragraph>
      <Paragraph>{text.intro(props)}</Paragraph>
      <Quote>{props.excerpt}</Quote>
      {props.truncated ? <Note>{text.truncated}</Note> : null}
      <Note>{text.replyHint}</Note>
      <ActionButton language={language} href={props.url} label={text.button} />
    </EmailLayout>
  );
}
