import { ActionButton, EmailLayout, Paragraph } from "./components/layout.tsx";
import { greeting, subjectLine, type EmailLanguage } from "./strings.ts";

/** Tells the owner who sent an invitation that it was accepted or declined, in the owner's language. */
export type OrganisationInvitationAnsweredProps = {
  displayName: string;
  inviteeName: string;
  /** The address the owner invited (they typed it themselves). */
  inviteeEmail: string;
  organisationName: string;
  accepted: boolean;
  organisationUrl: string;
};

const strings = {
  ja: {
    topic: (organisation: string, accepted: boolean) => `「${organisation}」への招待が${accepted ? "承諾" : "辞退"}されました`,
    accepted: (invitee: string, email: string, organisation: string) => `${invitee}さん（${email}）が「${organisation}」への招待を承諾し、メンバーになりました。`,
    declined: (invitee: string, email: string, organisation: string) => `${invitee}さん（${email}）が「${organisation}」への招待を辞退しました。`,
    button: "団体のメンバーを見る",
  },
  en: {
    topic: (organisation: string, accepted: boolean) => `Your invitation to ${organisation} was ${accepted ? "accepted" : "declined"}`,
    accepted: (invitee: string, email: string, organisation: string) => `${invitee} (${email}) accepted your invitation and is now a member of ${organisation}.`,
    declined: (invitee: string, email: string, organisation: string) => `${invitee} (${email}) declined your invitation to join ${organisation}.`,
    button: "See the organisation’s members",
  },
};

export function subject(language: EmailLanguage, props: OrganisationInvitationAnsweredProps): string {
  return subjectLine(language, strings[language].topic(props.organisationName, props.accepted));
}

export const previewProps: OrganisationInvitationAnsweredProps = {
  displayName: "山田 花子",
  inviteeName: "佐藤 一郎",
  inviteeEmail: "ichiro@example.jp",
  organisationName: "NPO法人 木曽路ラボ",
  accepted: true,
  organisationUrl: "https://hub.shiojiri.example/organisations/00000000-0000-4000-8000-000000000000",
};

export default function OrganisationInvitationAnswered({
  language,
  displayName,
  inviteeName,
  inviteeEmail,
  organisationName,
  accepted,
  organisationUrl,
}: OrganisationInvitationAnsweredProps & { language: EmailLanguage }) {
  const text = strings[language];
  const topic = text.topic(organisationName, accepted);
  const body = (accepted ? text.accepted : text.declined)(inviteeName, inviteeEmail, organisationName);
  return (
    <EmailLayout language={language} title={subjectLine(language, topic)} preview={body} heading={topic}>
      <Paragraph>{greeting(language, displayName)}</Paragraph>
      <Paragraph>{body}</Paragraph>
      <ActionButton language={language} href={organisationUrl} label={text.button} />
    </EmailLayout>
  );
}
