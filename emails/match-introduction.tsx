import { Quote } from "./components/quote.tsx";
import { ActionButton, EmailLayout, Note, Paragraph } from "./components/layout.tsx";
import { greeting, subjectLine, type EmailLanguage } from "./strings.ts";

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
};

type Props = MatchIntroductionProps;

const strings = {
  ja: {
    topic: (props: Props) => (props.side === "PARTNER" ? `ご紹介：${props.counterpartName} さん（${props.challengeTitle}）` : `パートナーのご紹介：${props.partnerName}`),
    preview: (props: Props) => `課題「${props.challengeTitle}」について、コーディネーターがご紹介します。`,
    intro: (props: Props) =>
      props.side === "PARTNER"
        ? `課題「${props.challengeTitle}」について、塩尻市側の担当者 ${props.counterpartName} さんをご紹介します。次の連絡先から直接やりとりを始めてください。`
        : `課題「${props.challengeTitle}」について、協働パートナー「${props.partnerName}」をご紹介します。`,
    counterpartLabel: "塩尻市側の担当者：",
    partnerLabel: "パートナー：",
    contactLabel: "連絡先（パートナーの同意を得て共有しています）：",
    noContact: (props: Props) =>
      `${props.partnerName} さんの連絡先は、まだ共有の同意をいただいていないため記載していません。コーディネーターの ${props.coordinatorName} さんが仲介します。`,
    email: (value: string) => `メール：${value}`,
    phone: (value: string) => `電話：${value}`,
    challenge: "課題のページ",
    by: (name: string) => `紹介したコーディネーター：${name}`,
    button: "マッチを開く",
  },
  en: {
    topic: (props: Props) => (props.side === "PARTNER" ? `Introduction: ${props.counterpartName} (${props.challengeTitle})` : `Introducing a partner: ${props.partnerName}`),
    preview: (props: Props) => `A coordinator introduces you about the challenge "${props.challengeTitle}".`,
    intro: (props: Props) =>
      props.side === "PARTNER"
        ? `About the challenge "${props.challengeTitle}", we would like to introduce ${props.counterpartName}, who works on it on the city's side. Please get in touch directly using the contact below.`
        : `About the challenge "${props.challengeTitle}", we would like to introduce the partner "${props.partnerName}".`,
    counterpartLabel: "On the city's side:",
    partnerLabel: "Partner:",
    contactLabel: "Contact (shared with the partner's consent):",
    noContact: (props: Props) =>
      `${props.partnerName} has not yet agreed to share their contact details, so they are not included. The coordinator ${props.coordinatorName} will put you in touch.`,
    email: (value: string) => `E-mail: ${value}`,
    phone: (value: string) => `Phone: ${value}`,
    challenge: "The challenge's page",
    by: (name: string) => `Introduced by the coordinator ${name}`,
    button: "Open the match",
  },
};

export function subject(language: EmailLanguage, props: MatchIntroductionProps): string {
  return subjectLine(language, strings[language].topic(props));
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
  const text = strings[language];
  return (
    <EmailLayout language={language} title={subjectLine(language, text.topic(props))} preview={text.preview(props)} heading={text.topic(props)}>
      <Paragraph>{greeting(language, props.displayName)}</Paragraph>
      <Paragraph>{text.intro(props)}</Paragraph>
      {props.side === "PARTNER" ? (
        <>
          <Paragraph>{text.counterpartLabel}</Paragraph>
          <Quote>{`${props.counterpartName}\n${text.email(props.counterpartEmail)}`}</Quote>
        </>
      ) : (
        <>
          <Paragraph>{text.partnerLabel}</Paragraph>
          <Quote>{[props.partnerName, props.partnerHeadline, props.partnerSummary].filter(Boolean).join("\n")}</Quote>
          {props.partnerContact ? (
            <>
              <Paragraph>{text.contactLabel}</Paragraph>
              <Quote>
                {[props.partnerContact.email ? text.email(props.partnerContact.email) : "", props.partnerContact.phone ? text.phone(props.partnerContact.phone) : ""]
                  .filter(Boolean)
                  .join("\n")}
              </Quote>
            </>
          ) : (
            <Paragraph>{text.noContact(props)}</Paragraph>
          )}
        </>
      )}
      <Paragraph>{`${text.challenge}: ${props.challengeUrl}`}</Paragraph>
      <Note>{text.by(props.coordinatorName)}</Note>
      {props.url ? <ActionButton language={language} href={props.url} label={text.button} /> : null}
    </EmailLayout>
  );
}
