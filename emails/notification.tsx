import { ActionButton, EmailLayout, Note, Paragraph, UrlLine } from "./components/layout.tsx";
import { subjectLine, templateT, type EmailLanguage } from "./strings.ts";

/**
 * Something happened in what the recipient follows (an initiative's update or status, a new challenge …), sent
 * right away to followers who chose immediate e-mails. One body is rendered per language and reason and shared
 * by every recipient; the two links that stop mail are its only per-recipient values (slots filled in at
 * send time).
 * Texts arrive localised (app/features/following/notification-content.server.ts): the template only lays them out.
 */
export type NotificationProps = {
  /** Short topic for the subject and heading: 「取り組み「…」に活動報告」. */
  topic: string;
  /** What happened, in a sentence or two. */
  summary: string;
  /** An excerpt of the update, when there is one. */
  excerpt: string | null;
  url: string;
  /** Why the recipient gets this: the follow that matched. */
  reason: string;
  settingsUrl: string;
  /** The follow that matched, named: 取り組み「…」 / the initiative "…". */
  followed: string;
  /** Stops that one follow (signed, no sign-in). */
  unfollowUrl: string;
  /** Stops all notification e-mails (signed, no sign-in). */
  unsubscribeUrl: string;
};

export function subject(language: EmailLanguage, props: NotificationProps): string {
  return subjectLine(language, props.topic);
}

export const previewProps: NotificationProps = {
  topic: "取り組み「奈良井宿ワーケーション拠点」に活動報告",
  summary: "取り組み「奈良井宿ワーケーション拠点」に新しい活動報告「冬季の試験運用を始めました」が投稿されました。",
  excerpt: "12月から2月まで、週末に限って拠点を開けます。利用者の声を集めて春からの本格運用に生かします。",
  url: "https://hub.shiojiri.example/initiatives/3",
  reason: "取り組み「奈良井宿ワーケーション拠点」をフォローしている",
  settingsUrl: "https://hub.shiojiri.example/account",
  followed: "取り組み「奈良井宿ワーケーション拠点」",
  unfollowUrl: "https://hub.shiojiri.example/unsubscribe/eyJ1IjoiZXhhbXBsZSIsInMiOiJmb2xsb3cifQ.c2lnbmF0dXJl",
  unsubscribeUrl: "https://hub.shiojiri.example/unsubscribe/eyJ1IjoiZXhhbXBsZSJ9.c2lnbmF0dXJl",
};

export default function Notification(props: NotificationProps & { language: EmailLanguage }) {
  const { language } = props;
  const t = templateT(language, "notification");
  return (
    <EmailLayout language={language} title={subjectLine(language, props.topic)} preview={props.summary} heading={props.topic}>
      {props.summary === props.topic ? null : <Paragraph>{props.summary}</Paragraph>}
      {props.excerpt ? <Note>{props.excerpt}</Note> : null}
      <ActionButton language={language} href={props.url} label={t("button")} />
      <Note>{t("why", { reason: props.reason })}</Note>
      <Note>{t("settings")}</Note>
      <UrlLine href={props.settingsUrl} />
      <Note>{t("unfollow", { followed: props.followed })}</Note>
      <UrlLine href={props.unfollowUrl} />
      <Note>{t("unsubscribe")}</Note>
      <UrlLine href={props.unsubscribeUrl} />
    </EmailLayout>
  );
}
