import { translator } from "~/kernel/i18n/translator.server.ts";
import { EmailLayout, Note, Paragraph, UrlLine } from "./components/layout.tsx";
import { greeting, subjectLine, templateT, type EmailLanguage } from "./strings.ts";

/**
 * To the owner of something the moderators hid or restored, or to an account they suspended or let back in: what
 * happened, why (reason code and the moderator's note), where all notices are. In the owner's language.
 */
export type ModerationNoticeProps = {
  displayName: string;
  kind: "CONTENT_HIDDEN" | "CONTENT_RESTORED" | "ACCOUNT_SUSPENDED" | "ACCOUNT_UNSUSPENDED";
  targetType: "PARTNER_PROFILE" | "INITIATIVE_UPDATE" | "PROPOSAL_MESSAGE" | null;
  targetLabel: string;
  reason: "SPAM" | "HARASSMENT" | "PERSONAL_DATA" | "MISLEADING" | "INAPPROPRIATE" | "OTHER" | null;
  note: string;
  noticesUrl: string;
};

export function subject(language: EmailLanguage, props: ModerationNoticeProps): string {
  return subjectLine(language, templateT(language, "moderation-notice")(`topics.${props.kind}`));
}

export const previewProps: ModerationNoticeProps = {
  displayName: "山田 花子",
  kind: "CONTENT_HIDDEN",
  targetType: "INITIATIVE_UPDATE",
  targetLabel: "奈良井宿の空き家で試験営業を始めました",
  reason: "PERSONAL_DATA",
  note: "写真に写っている方の氏名と住所が本文にありました。",
  noticesUrl: "https://hub.shiojiri.example/account/notices",
};

export default function ModerationNotice(props: ModerationNoticeProps & { language: EmailLanguage }) {
  const { language } = props;
  const t = templateT(language, "moderation-notice");
  const app = translator(language);
  const topic = t(`topics.${props.kind}`);
  return (
    <EmailLayout language={language} title={subjectLine(language, topic)} preview={t("preview")} heading={topic}>
      <Paragraph>{greeting(language, props.displayName)}</Paragraph>
      <Paragraph>
        {t(`bodies.${props.kind}`, {
          label: props.targetLabel,
          kind: props.targetType ? app(`moderation.kinds.${props.targetType}`) : "",
        })}
      </Paragraph>
      {props.reason ? <Paragraph>{t("reason", { reason: app(`moderation.reasons.${props.reason}`) })}</Paragraph> : null}
      {props.note ? <Paragraph>{t("note", { note: props.note })}</Paragraph> : null}
      <Paragraph>{t("notices")}</Paragraph>
      <UrlLine href={props.noticesUrl} />
      <Note>{t("contact")}</Note>
    </EmailLayout>
  );
}
