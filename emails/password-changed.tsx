import { ActionButton, EmailLayout, Note, Paragraph } from "./components/layout.tsx";
import { greeting, subjectLine, type EmailLanguage } from "./strings.ts";

/** A notice after a password change or reset; the reset link lets the real owner take the account back. */
export type PasswordChangedProps = { displayName: string; resetUrl: string };

const strings = {
  ja: {
    topic: "パスワードが変更されました",
    preview: "アカウントのパスワードが変更されました。",
    body: "しおじり共創ハブのアカウントのパスワードが変更されました。",
    ifYou: "ご自身で変更した場合は、対応は必要ありません。",
    notYou: "この変更に心当たりがない場合は、すぐに次のボタンからパスワードを再設定してください。",
    button: "パスワードを再設定する",
  },
  en: {
    topic: "Your password was changed",
    preview: "The password of your account was changed.",
    body: "The password of your Shiojiri Co-creation Hub account was changed.",
    ifYou: "If you made this change, there is nothing else to do.",
    notYou: "If you did not make this change, reset your password straight away with the button below.",
    button: "Reset my password",
  },
};

export function subject(language: EmailLanguage, _props: PasswordChangedProps): string {
  return subjectLine(language, strings[language].topic);
}

export const previewProps: PasswordChangedProps = {
  displayName: "山田 花子",
  resetUrl: "https://hub.shiojiri.example/forgot-password",
};

export default function PasswordChanged({ language, displayName, resetUrl }: PasswordChangedProps & { language: EmailLanguage }) {
  const text = strings[language];
  return (
    <EmailLayout language={language} title={subjectLine(language, text.topic)} preview={text.preview} heading={text.topic}>
      <Paragraph>{greeting(language, displayName)}</Paragraph>
      <Paragraph>{text.body}</Paragraph>
      <Note>{text.ifYou}</Note>
      <Paragraph>{text.notYou}</Paragraph>
      <ActionButton language={language} href={resetUrl} label={text.button} />
    </EmailLayout>
  );
}
