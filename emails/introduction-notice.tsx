import { formatDate } from "~/kernel/japan-time.ts";
import { ActionButton, EmailLayout, Note, Paragraph } from "./components/layout.tsx";
import { greeting, subjectLine, templateT, type EmailLanguage } from "./strings.ts";

/**
 * What happens around an introduced partner's answer (decision 0019): the partner is reminded before it is due (with
 * the signed link that answers without signing in), the match's coordinator hears when it is overdue, and hears
 * the answer itself — accepted, or declined with the reason (already in the reader's language).
 */
export type IntroductionNoticeKind = "ANSWER_DUE" | "ANSWER_OVERDUE" | "ACCEPTED" | "DECLINED";

export type IntroductionNoticeProps = {
  kind: IntroductionNoticeKind;
  displayName: string;
  matchNumber: number;
  challengeTitle: string;
  partnerName: string;
  counterpartName: string;
  /** The Tokyo date the answer is due ("2026-12-28"). */
  dueOn: string;
  /** DECLINED: the reason in the reader's language, and the partner's own words if any. */
  reason: string | null;
  note: string | null;
  url: string;
  /** ANSWER_DUE: the partner's signed answer link. */
  answerUrl: string | null;
};

function values(language: EmailLanguage, props: IntroductionNoticeProps) {
  return {
    number: props.matchNumber,
    challenge: props.challengeTitle,
    partner: props.partnerName,
    counterpart: props.counterpartName,
    due: formatDate(language, props.dueOn),
    reason: props.reason ?? "",
  };
}

export function subject(language: EmailLanguage, props: IntroductionNoticeProps): string {
  return subjectLine(language, templateT(language, "introduction-notice")(`topic.${props.kind}`, values(language, props)));
}

export const previewProps: IntroductionNoticeProps = {
  kind: "DECLINED",
  displayName: "スナバ コーディネーター",
  matchNumber: 12,
  challengeTitle: "奈良井宿の空き家を活かした二地域居住の拠点づくり",
  partnerName: "松本平ラボ株式会社",
  counterpartName: "塩尻 太郎",
  dueOn: "2026-12-28",
  reason: "2027年3月31日まで多忙",
  note: "春以降ならぜひ。",
  url: "https://hub.shiojiri.example/coordinate/matches/12",
  answerUrl: null,
};

export default function IntroductionNotice(props: IntroductionNoticeProps & { language: EmailLanguage }) {
  const { language } = props;
  const t = templateT(language, "introduction-notice");
  const topic = t(`topic.${props.kind}`, values(language, props));
  return (
    <EmailLayout language={language} title={subjectLine(language, topic)} preview={topic} heading={topic}>
      <Paragraph>{greeting(language, props.displayName)}</Paragraph>
      <Paragraph>{t(`body.${props.kind}`, values(language, props))}</Paragraph>
      {props.note ? <Note>{t("note", { note: props.note })}</Note> : null}
      {props.answerUrl ? (
        <ActionButton language={language} href={props.answerUrl} label={t("answerButton")} />
      ) : (
        <ActionButton language={language} href={props.url} label={t("button")} />
      )}
    </EmailLayout>
  );
}
