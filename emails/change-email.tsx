import { ActionButton, EmailLayout, Note, Paragraph } from "./components/layout.tsx";
import { formatDuration, greeting, subjectLine, type EmailLanguage } from "./strings.ts";

/** Sent to the NEW address: only its owner can finish the change. */
export type ChangeEmailProps = { displayName: string; confirmUrl: string; newEmail: string; expiresInMinutes: number };

const strings = {
  ja: {
    topic: "新しいメールアドレスの確認",
    preview: "ボタンを押すと、メールアドレスの変更が完了します。",
    intro: (newEmail: string) =>
      `しおじり共創ハブのアカウントのメールアドレスを ${newEmail} に変更するご依頼を受け付けました。次のボタンを押して確認すると、変更が完了します。`,
    button: "このアドレスに変更する",
    expiry: (duration: string) => `このリンクは1回だけ使えます。有効期限は${duration}です。確認するまでは、これまでのアドレスが使われます。`,
    notYou: "ご依頼に心当たりがない場合は、このメールを破棄してください。メールアドレスは変更されません。",
  },
  en: {
    topic: "Confirm your new e-mail address",
    preview: "Use the button to finish changing your e-mail address.",
    intro: (newEmail: string) =>
      `You asked to change the e-mail address of your Shiojiri Co-creation Hub account to ${newEmail}. Confirm with the button below to finish the change.`,
    button: "Use this address",
    expiry: (duration: string) => `The link works once and expires in ${duration}. Until you confirm, your current address stays in use.`,
    notYou: "If you did not ask for this, please delete this e-mail. No address will be changed.",
  },
};

export function subject(language: EmailLanguage, _props: ChangeEmailProps): string {
  return subjectLine(language, strings[language].topic);
}

export const previewProps: ChangeEmailProps = {
  displayName: "山田 花子",
  confirmUrl: "https://hub.shiojiri.example/account/email/confirm?token=preview-token",
  newEmail: "hanako.new@example.jp",
  expiresInMinutes: 60,
};

export default function ChangeEmail({ language, displayName, confirmUrl, newEmail, expiresInMinutes }: ChangeEmailProps & { language: EmailLanguage }) {
  const text = strings[language];
  return (
    <EmailLayout language={language} title={subjectLine(language, text.topic)} preview={text.preview} heading={text.topic}>
      <Paragraph>{greeting(language, displayName)}</Paragraph>
      <Paragraph>{text.intro(newEmail)}</Paragraph>
      <ActionButton language={language} href={confirmUrl} label={text.button} />
      <Note>{text.expiry(formatDuration(language, expiresInMinutes))}</Note>
      <Note>{text.notYou}</Note>
    </EmailLayout>
  );
}
