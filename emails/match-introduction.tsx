import { formatDate } from "~/kernel/japan-time.ts";
import { Quote } from "./components/quote.tsx";
import { ActionButton, EmailLayout, Note, Paragraph } from "./components/layout.tsx";
import { greeting, subjectLine, templateT, type EmailLanguage } from "./strings.ts";

/**
 * A coordinator introduced a partner to the local counterpart of a challenge (the department or group the work is
 * for). One mail per side, each in its reader's language, each with what the other side agreed to share: the
 * partner reads the counterpart's name and e-mail (the city side agreed by being entered); the counterpart reads
 * the partner's public summary, and the partner's contact details only when the partner consented.
 */
export type MatchIntroductionProps = {
  side: "PARTNER" | "COUNTERPART";
  displayName: string;
  matchNumber: number;
  challengeTitle: string;
  challengeUrl: string;
  partnerName: string;
  partnerHeadline: string;
  partnerSummary: string;
  /** Only with the partner's recorded consent; null otherwise. */
  partnerContact: { email: string | null; phone: string | null } | null;
  counterpartName: string;
  counterpartEmail: string;
  coordinatorName: string;
  /** The partner's page of the match (/matches/<n>); the counterpart has no account, so no link. */
  url: string | null;
  /** The partner's side: the signed link that answers the introduction without signing in, and its deadline. */
  answer?: { url: string; dueOn: string } | null;
};

function values(props: MatchIntroductionProps) {
  return {
    challenge: props.challengeTitle,
    partner: props.partnerName,
    counterpart: props.counterpartName,
    coordinator: props.coordinatorName,
  };
}

function topicOf(language: EmailLanguage, props: MatchIntroductionProps): string {
  return templateT(language, "match-introduction")(props.side === "PARTNER" ? "topicPartner" : "topicCounterpart", values(props));
}

export function subject(language: EmailLanguage, props: MatchIntroductionProps): string {
  return subjectLine(language, topicOf(language, props));
}

export const previewProps: MatchIntroductionProps = {
  side: "COUNTERPART",
  displayName: "塩尻 太郎",
  matchNumber: 12,
  challengeTitle: "奈良井宿の空き家を活かした二地域居住の拠点づくり",
  challengeUrl: "https://hub.shiojiri.example/challenges/7",
  partnerName: "松本平ラボ株式会社",
  partnerHeadline: "古民家の再生と地域の仕事づくり",
  partnerSummary: "長野県内で古民家の改修と運営を手がけています。",
  partnerContact: { email: "hello@matsumoto-lab.example", phone: "0263-00-0000" },
  counterpartName: "塩尻 太郎",
  counterpartEmail: "taro@city.shiojiri.example",
  coordinatorName: "スナバ コーディネーター",
  url: null,
};

export default function MatchIntroduction(props: MatchIntroductionProps & { language: EmailLanguage }) {
  const { language } = props;
  const t = templateT(language, "match-introduction");
  const topic = topicOf(language, props);
  return (
    <EmailLayout language={language} title={subjectLine(language, topic)} preview={t("preview", values(props))} heading={topic}>
      <Paragraph>{greeting(language, props.displayName)}</Paragraph>
      <Paragraph>{t(props.side === "PARTNER" ? "introPartner" : "introCounterpart", values(props))}</Paragraph>
      {props.side === "PARTNER" ? (
        <>
          <Paragraph>{t("counterpartLabel")}</Paragraph>
          <Quote>{`${props.counterpartName}\n${t("email", { value: props.counterpartEmail })}`}</Quote>
        </>
      ) : (
        <>
          <Paragraph>{t("partnerLabel")}</Paragraph>
          <Quote>{[props.partnerName, props.partnerHeadline, props.partnerSummary].filter(Boolean).join("\n")}</Quote>
          {props.partnerContact ? (
            <>
              <Paragraph>{t("contactLabel")}</Paragraph>
              <Quote>
                {[
                  props.partnerContact.email ? t("email", { value: props.partnerContact.email }) : "",
                  props.partnerContact.phone ? t("phone", { value: props.partnerContact.phone }) : "",
                ]
                  .filter(Boolean)
                  .join("\n")}
              </Quote>
            </>
          ) : (
            <Paragraph>{t("noContact", values(props))}</Paragraph>
          )}
        </>
      )}
      <Paragraph>{t("challengePage", { url: props.challengeUrl })}</Paragraph>
      <Note>{t("by", { name: props.coordinatorName })}</Note>
      {props.answer ? (
        <>
          <Paragraph>{t("answerBy", { due: formatDate(language, props.answer.dueOn) })}</Paragraph>
          <ActionButton language={language} href={props.answer.url} label={t("answerButton")} />
        </>
      ) : null}
      {props.url ? <ActionButton language={language} href={props.url} label={t("button")} /> : null}
    </EmailLayout>
  );
}
