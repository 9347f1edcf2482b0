import { ActionButton, EmailLayout, Note, Paragraph } from "./components/layout.tsx";
import { formatDuration, greeting, subjectLine, type EmailLanguage } from "./strings.ts";

export type SignInLinkProps = { displayName: string; signInUrl: string; expiresInMinutes: number };

const strings = {
  ja: {
    topic: "ログイン用リンク",
    preview: "ボタンを押すと、パスワードなしでしおじり共創ハブにログインできます。",
    intro: "ログイン用リンクのご依頼を受け付けました。次のボタンを押すと、しおじり共創ハブにログインできます。",
    button: "ログインする",
    expiry: (duration: string) => `このリンクは1回だけ使えます。有効期限は${duration}です。`,
    notYou: "ご依頼に心当たりがない場合は、このメールを破棄してください。リンクを使わない限り、誰もログインできません。",
  },
  en: {
    topic: "Your sign-in link",
    preview: "Use the button to sign in to the Shiojiri Co-creation Hub without a password.",
    intro: "You asked for a sign-in link. Use the button below to sign in to the Shiojiri Co-creation Hub.",
    button: "Sign in",
    expiry: (duration: string) => `The link works once and expires in ${duration}.`,
    notYou: "If you did not ask for this, please delete this e-mail. Nobody can sign in unless the link is used.",
  },
};

export function subject(language: EmailLanguage, _props: SignInLinkProps): string {
  return subjectLine(language, strings[language].topic);
}

export const previewProps: SignInLinkProps = {
  displayName: "山田 花子",
  signInUrl: "https://hub.shiojiri.example/login/link?token=preview-token",
  expiresInMinutes: 15,
};

export default function SignInLink({ language, displayName, signInUrl, expiresInMinutes }: SignInLinkProps & { language: EmailLanguage }) {
  const text = strings[language];
  return (
    <EmailLayout language={language} title={subjectLine(language, text.topic)} preview={text.preview} heading={text.topic}>
      <Paragraph>{greeting(language, displayName)}</Paragraph>
      <Paragraph>{text.intro}</Paragraph>
      <ActionButton language={language} href={signInUrl} label={text.button} />
      <Note>{text.expiry(formatDuration(language, expiresInMinutes))}</Note>
      <Note>{text.notYou}</Note>
    </EmailLayout>
  );
}
