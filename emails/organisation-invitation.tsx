import { ActionButton, EmailLayout, Note, Paragraph } from "./components/layout.tsx";
import { greeting, subjectLine, templateT, type EmailLanguage } from "./strings.ts";

/**
 * An owner invites an address to act for their organisation. Sent in the account's language when the address
 * has one, else in the language the owner chose; the link is the only way in and stops working after 14 days.
 */
export type OrganisationInvitationProps = {
  /** The invitee's name when the address has an account; empty otherwise. */
  displayName: string;
  inviterName: string;
  organisationName: string;
  role: "OWNER" | "MEMBER";
  acceptUrl: string;
  expiresInDays: number;
};

export function subject(language: EmailLanguage, props: OrganisationInvitationProps): string {
  return subjectLine(language, templateT(language, "organisation-invitation")("topic", { organisation: props.organisationName }));
}

export const previewProps: OrganisationInvitationProps = {
  displayName: "",
  inviterName: "山田 花子",
  organisationName: "NPO法人 木曽路ラボ",
  role: "MEMBER",
  acceptUrl: "https://hub.shiojiri.example/invitations/preview-token",
  expiresInDays: 14,
};

export default function OrganisationInvitation({
  language,
  displayName,
  inviterName,
  organisationName,
  role,
  acceptUrl,
  expiresInDays,
}: OrganisationInvitationProps & { language: EmailLanguage }) {
  const t = templateT(language, "organisation-invitation");
  const names = { inviter: inviterName, organisation: organisationName };
  const topic = t("topic", names);
  return (
    <EmailLayout language={language} title={subjectLine(language, topic)} preview={t("preview", names)} heading={topic}>
      <Paragraph>{greeting(language, displayName)}</Paragraph>
      <Paragraph>{t("body", { ...names, role: t(`role.${role}`) })}</Paragraph>
      <Paragraph>{t("action")}</Paragraph>
      <ActionButton language={language} href={acceptUrl} label={t("button")} />
      <Note>{t("expiry", { days: expiresInDays })}</Note>
      <Note>{t("notYou")}</Note>
    </EmailLayout>
  );
}
