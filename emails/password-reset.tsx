import { ActionButton, EmailLayout, Note, Paragraph } from "./components/layout.tsx";
import { formatDuration, greeting, subjectLine, type EmailLanguage } from "./strings.ts";

export type PasswordResetProps = { displayName: string; resetUrl: string; expiresInMinutes: number };

const strings = {
  ja: {
    topic: "パスワードの再設定",
    preview: "ボタンを押して、新しいパスワードを設定してください。",
    intro: "パスワード再設定のご依頼を受け付けました。次のボタンを押して、新しいパスワードを設定してください。",
    button: "パスワードを再設定する",
    expiry: (duration: string) => `このリンクは1回だけ使えます。有効期限は${duration}です。`,
    notYou: "ご依頼に心当たりがない場合は、このメールを破棄してください。パスワードは変更されず、これまでどおりログインできます。",
  },
  en: {
    topic: "Reset your password",
    preview: "Use the button to choose a new password.",
    intro: "We received a request to reset your password. Use the button below to choose a new one.",
    button: "Choose a new password",
    expiry: (duration: string) => `The link works once and expires in ${duration}.`,
    notYou: "If you did not ask for this, ignore this e-mail: your password stays the same and you can keep signing in as before.",
  },
};

export function subject(language: EmailLanguage, _props: PasswordResetProps): string {
  return subjectLine(language, strings[language].topic);
}

export const previewProps: PasswordResetProps = {
  displayName: "山田 花子",
  resetUrl: "https://hub.shiojiri.example/reset-password?token=preview-token",
  expiresInMinutes: 60,
};

export default function PasswordReset({ language, displayName, resetUrl, expiresInMinutes }: PasswordResetProps & { language: EmailLanguage }) {
  const text = strings[language];
  return (
    <EmailLayout language={language} title={subjectLine(language, text.topic)} preview={text.preview} heading={text.topic}>
      <Paragraph>{greeting(language, displayName)}</Paragraph>
      <Paragraph>{text.intro}</Paragraph>
      <ActionButton language={language} href={resetUrl} label={text.button} />
      <Note>{text.expiry(formatDuration(language, expiresInMinutes))}</Note>
      <Note>{text.notYou}</Note>
    </EmailLayout>
  );
}
