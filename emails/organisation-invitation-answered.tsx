import { ActionButton, EmailLayout, Paragraph } from "./components/layout.tsx";
import { greeting, subjectLine, templateT, type EmailLanguage } from "./strings.ts";

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

export function subject(language: EmailLanguage, props: OrganisationInvitationAnsweredProps): string {
  return subjectLine(language, topicOf(language, props.organisationName, props.accepted));
}

function topicOf(language: EmailLanguage, organisation: string, accepted: boolean): string {
  return templateT(language, "organisation-invitation-answered")(accepted ? "topicAccepted" : "topicDeclined", { organisation });
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
  const t = templateT(language, "organisation-invitation-answered");
  const topic = topicOf(language, organisationName, accepted);
  const body = t(accepted ? "accepted" : "declined", { invitee: inviteeName, email: inviteeEmail, organisation: organisationName });
  return (
    <EmailLayout language={language} title={subjectLine(language, topic)} preview={body} heading={topic}>
      <Paragraph>{greeting(language, displayName)}</Paragraph>
      <Paragraph>{body}</Paragraph>
      <ActionButton language={language} href={organisationUrl} label={t("button")} />
    </EmailLayout>
  );
}
