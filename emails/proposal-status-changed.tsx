import type { ProposalStatusName } from "~/features/proposals/proposal-lifecycle.ts";
import { translator } from "~/kernel/i18n/translator.server.ts";
import { Quote } from "./components/quote.tsx";
import { ActionButton, EmailLayout, Note, Paragraph } from "./components/layout.tsx";
import { greeting, subjectLine, templateT, type EmailLanguage } from "./strings.ts";

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

/** The words a template needs: its own wording, and the status names the app shows (proposals.status). */
function texts(language: EmailLanguage, props: ProposalStatusChangedProps) {
  const t = templateT(language, "proposal-status-changed");
  const status = (name: ProposalStatusName) => translator(language)(`proposals.status.${name}`);
  const values = { title: props.proposalTitle, number: props.proposalNumber, partner: props.partnerName, status: status(props.to) };
  return {
    topic: t("topic", values),
    preview: t("preview", values),
    changed: t("changed", { ...values, from: status(props.from), to: status(props.to) }),
    next: t(`next.${props.to}`),
    reasonLabel: t("reasonLabel"),
    changedBy: t("changedBy", { name: props.changedBy }),
    button: t("button"),
  };
}

export function subject(language: EmailLanguage, props: ProposalStatusChangedProps): string {
  return subjectLine(language, texts(language, props).topic);
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
  const text = texts(language, props);
  return (
    <EmailLayout language={language} title={subjectLine(language, text.topic)} preview={text.preview} heading={text.topic}>
      <Paragraph>{greeting(language, props.displayName)}</Paragraph>
      <Paragraph>{text.changed}</Paragraph>
      {text.next ? <Paragraph>{text.next}</Paragraph> : null}
      {props.reason ? (
        <>
          <Paragraph>{text.reasonLabel}</Paragraph>
          <Quote>{props.reason}</Quote>
        </>
      ) : null}
      <Note>{text.changedBy}</Note>
      <ActionButton language={language} href={props.url} label={text.button} />
    </EmailLayout>
  );
}
