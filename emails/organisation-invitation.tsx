import { ActionButton, EmailLayout, Note, Paragraph } from "./components/layout.tsx";
import { greeting, subjectLine, type EmailLanguage } from "./strings.ts";

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

const strings = {
  ja: {
    topic: (organisation: string) => `「${organisation}」への招待`,
    preview: (inviter: string, organisation: string) => `${inviter}さんから「${organisation}」のメンバーへの招待が届いています。`,
    body: (inviter: string, organisation: string, role: string) =>
      `${inviter}さんが、しおじり共創ハブの団体「${organisation}」に、あなたを${role}として招待しました。メンバーになると、団体として協働を提案したり、団体の提案とその連絡をすべて見たりできます。`,
    role: { OWNER: "管理者", MEMBER: "メンバー" },
    action: "次のボタンから招待を確認し、参加するか辞退するかを選んでください。このメールアドレスのアカウントでログイン（アカウントがない場合は新規登録）が必要です。",
    button: "招待を確認する",
    expiry: (days: number) => `この招待の有効期限は${days}日です。`,
    notYou: "心当たりがない場合は、このメールを破棄してください。招待に応じない限り、何も変わりません。",
  },
  en: {
    topic: (organisation: string) => `Invitation to join ${organisation}`,
    preview: (inviter: string, organisation: string) => `${inviter} invited you to join ${organisation}.`,
    body: (inviter: string, organisation: string, role: string) =>
      `${inviter} invited you to join the organisation “${organisation}” on the Shiojiri Co-creation Hub as ${role}. Members propose collaborations on behalf of the organisation and see all of its proposals and the conversations about them.`,
    role: { OWNER: "an owner", MEMBER: "a member" },
    action: "Use the button below to see the invitation and accept or decline it. You will need to sign in with an account for this e-mail address (or create one).",
    button: "See the invitation",
    expiry: (days: number) => `The invitation expires in ${days} days.`,
    notYou: "If you were not expecting this, please delete this e-mail. Nothing changes unless you accept.",
  },
};

export function subject(language: EmailLanguage, props: OrganisationInvitationProps): string {
  return subjectLine(language, strings[language].topic(props.organisationName));
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
  const text = strings[language];
  return (
    <EmailLayout language={language} title={subjectLine(language, text.topic(organisationName))} preview={text.preview(inviterName, organisationName)} heading={text.topic(organisationName)}>
      <Paragraph>{greeting(language, displayName)}</Paragraph>
      <Paragraph>{text.body(inviterName, organisationName, text.role[role])}</Paragraph>
      <Paragraph>{text.action}</Paragraph>
      <ActionButton language={language} href={acceptUrl} label={text.button} />
      <Note>{text.expiry(expiresInDays)}</Note>
      <Note>{text.notYou}</Note>
    </EmailLayout>
  );
}
