import { formatDate } from "~/kernel/japan-time.ts";
import { ActionButton, EmailLayout, Paragraph } from "./components/layout.tsx";
import { greeting, subjectLine, templateT, type EmailLanguage } from "./strings.ts";

/**
 * The deadline notices of a proposal (decision 0019): the assigned coordinator before the first response is due,
 * the coordinator lead once it is overdue, the partner before a proposal waiting on them is closed, and both sides
 * when it is closed. Names the proposal and links to it; never carries its text.
 */
export type ProposalDeadlineKind =
  "RESPONSE_DUE" | "RESPONSE_OVERDUE" | "NEEDS_INFO_REMINDER" | "NEEDS_INFO_CLOSED" | "NEEDS_INFO_CLOSED_STAFF";

export type ProposalDeadlineProps = {
  kind: ProposalDeadlineKind;
  displayName: string;
  number: number;
  title: string;
  partnerName: string;
  /** The Tokyo date the deadline falls on ("2026-12-28"). */
  dueOn: string;
  assigneeName: string | null;
  url: string;
};

function values(language: EmailLanguage, props: ProposalDeadlineProps) {
  const t = templateT(language, "proposal-deadline");
  return {
    number: props.number,
    title: props.title,
    partner: props.partnerName,
    due: formatDate(language, props.dueOn),
    assignee: props.assigneeName ?? t("unassigned"),
  };
}

export function subject(language: EmailLanguage, props: ProposalDeadlineProps): string {
  return subjectLine(language, templateT(language, "proposal-deadline")(`topic.${props.kind}`, values(language, props)));
}

export const previewProps: ProposalDeadlineProps = {
  kind: "RESPONSE_DUE",
  displayName: "木曽 太郎",
  number: 42,
  title: "ワイナリーの在庫データを見える化します",
  partnerName: "株式会社しおじりデータ",
  dueOn: "2026-12-28",
  assigneeName: "奈良井 花子",
  url: "https://hub.shiojiri.example/coordinate/proposals/42",
};

export default function ProposalDeadline(props: ProposalDeadlineProps & { language: EmailLanguage }) {
  const { language } = props;
  const t = templateT(language, "proposal-deadline");
  const topic = t(`topic.${props.kind}`, values(language, props));
  return (
    <EmailLayout language={language} title={subjectLine(language, topic)} preview={topic} heading={topic}>
      <Paragraph>{greeting(language, props.displayName)}</Paragraph>
      <Paragraph>{t(`body.${props.kind}`, values(language, props))}</Paragraph>
      <ActionButton language={language} href={props.url} label={t("button")} />
    </EmailLayout>
  );
}
