import type { ProposalStatusName } from "../app/features/proposals/proposal-lifecycle.ts";
import { Quote } from "./components/quote.tsx";
import { ActionButton, EmailLayout, Note, Paragraph } from "./components/layout.tsx";
import { greeting, subjectLine, type EmailLanguage } from "./strings.ts";

/**
 * A proposal (協働提案) moved to another status: to the proposing partner's members when a coordinator moved it,
 * to the assigned coordinator when the partner submitted, resubmitted or withdrew it. A coordinator's reason
 * (asking for information, accepting, declining) is quoted in full.
 */
export type ProposalStatusChangedProps = {
  displayName: string;
  partnerName: string;
  proposalNumber: number;
  proposalTitle: string;
  from: ProposalStatusName;
  to: ProposalStatusName;
  reason: string | null;
  changedBy: string;
  url: string;
};

const statusNames: Record<EmailLanguage, Record<ProposalStatusName, string>> = {
  ja: {
    DRAFT: "下書き",
    SUBMITTED: "提出済み",
    UNDER_REVIEW: "審査中",
    NEEDS_INFO: "追加情報の依頼",
    ACCEPTED: "採択",
    DECLINED: "見送り",
    WITHDRAWN: "取り下げ",
  },
  en: {
    DRAFT: "Draft",
    SUBMITTED: "Submitted",
    UNDER_REVIEW: "Under review",
    NEEDS_INFO: "More information needed",
    ACCEPTED: "Accepted",
    DECLINED: "Declined",
    WITHDRAWN: "Withdrawn",
  },
};

type Props = ProposalStatusChangedProps;

const strings = {
  ja: {
    topic: (props: Props) => `協働提案「${props.proposalTitle}」: ${statusNames.ja[props.to]}`,
    preview: (props: Props) => `協働提案 No.${props.proposalNumber} の状況が「${statusNames.ja[props.to]}」になりました。`,
    changed: (props: Props) =>
      `${props.partnerName} の協働提案 No.${props.proposalNumber}「${props.proposalTitle}」の状況が「${statusNames.ja[props.from]}」から「${statusNames.ja[props.to]}」に変わりました。`,
    next: {
      DRAFT: "",
      SUBMITTED: "内容を確認し、審査を進めてください。",
      UNDER_REVIEW: "コーディネーターが内容を確認しています。結果はこのメールと同じ方法でお知らせします。",
      NEEDS_INFO: "コーディネーターが追加の情報を求めています。次のコメントを読み、提案を編集して再提出してください。",
      ACCEPTED: "提案が採択されました。今後の進め方はコーディネーターからスレッドでご連絡します。",
      DECLINED: "今回は見送りとなりました。理由は次のとおりです。ご提案ありがとうございました。",
      WITHDRAWN: "提案者が提案を取り下げました。対応は必要ありません。",
    } satisfies Record<ProposalStatusName, string>,
    reasonLabel: "コメント：",
    changedBy: (name: string) => `変更した人：${name}`,
    button: "提案を開く",
  },
  en: {
    topic: (props: Props) => `Proposal "${props.proposalTitle}": ${statusNames.en[props.to]}`,
    preview: (props: Props) => `Proposal no. ${props.proposalNumber} is now "${statusNames.en[props.to]}".`,
    changed: (props: Props) =>
      `The proposal no. ${props.proposalNumber} "${props.proposalTitle}" by ${props.partnerName} moved from "${statusNames.en[props.from]}" to "${statusNames.en[props.to]}".`,
    next: {
      DRAFT: "",
      SUBMITTED: "Please read it and take the review forward.",
      UNDER_REVIEW: "A coordinator is reading it. You will hear about the outcome the same way.",
      NEEDS_INFO: "A coordinator needs more information. Please read the comment below, edit the proposal and submit it again.",
      ACCEPTED: "The proposal was accepted. A coordinator will write in the proposal's thread about the next steps.",
      DECLINED: "The proposal was not taken forward this time, for the reason below. Thank you for proposing.",
      WITHDRAWN: "The partner withdrew the proposal. Nothing needs to be done.",
    } satisfies Record<ProposalStatusName, string>,
    reasonLabel: "Comment:",
    changedBy: (name: string) => `Changed by: ${name}`,
    button: "Open the proposal",
  },
};

export function subject(language: EmailLanguage, props: ProposalStatusChangedProps): string {
  return subjectLine(language, strings[language].topic(props));
}

export const previewProps: ProposalStatusChangedProps = {
  displayName: "",
  partnerName: "松本平ラボ株式会社",
  proposalNumber: 42,
  proposalTitle: "奈良井宿の空き家を使ったワーケーション拠点",
  from: "UNDER_REVIEW",
  to: "NEEDS_INFO",
  reason: "想定している利用者数と、冬季の運営体制を教えてください。",
  changedBy: "スナバ コーディネーター",
  url: "https://hub.shiojiri.example/proposals/42",
};

export default function ProposalStatusChanged(props: ProposalStatusChangedProps & { language: EmailLanguage }) {
  const { language } = props;
  const text = strings[language];
  const next = text.next[props.to];
  return (
    <EmailLayout language={language} title={subjectLine(language, text.topic(props))} preview={text.preview(props)} heading={text.topic(props)}>
      <Paragraph>{greeting(language, props.displayName)}</Paragraph>
      <Paragraph>{text.changed(props)}</Paragraph>
      {next ? <Paragraph>{next}</Paragraph> : null}
      {props.reason ? (
        <>
          <Paragraph>{text.reasonLabel}</Paragraph>
          <Quote>{props.reason}</Quote>
        </>
      ) : null}
      <Note>{text.changedBy(props.changedBy)}</Note>
      <ActionButton language={language} href={props.url} label={text.button} />
    </EmailLayout>
  );
}
