import { ActionButton, EmailLayout, UrlLine, Note, Paragraph } from "./components/layout.tsx";
import { greeting, subjectLine, type EmailLanguage } from "./strings.ts";

/**
 * Sign-up with an address that already has an account. The sign-up page answers exactly as for a new address
 * and this mail goes to the owner instead, so the form cannot be used to find out who is registered.
 */
export type AccountExistsProps = { displayName: string; signInUrl: string; resetUrl: string };

const strings = {
  ja: {
    topic: "このメールアドレスは登録済みです",
    preview: "このアドレスのアカウントはすでにあります。ログインしてご利用ください。",
    body: "このメールアドレスで、しおじり共創ハブへの新規登録のお申し込みがありました。このアドレスのアカウントはすでに登録されているため、新しいアカウントは作成していません。",
    signIn: "ご自身のお申し込みの場合は、次のボタンからログインしてください。",
    button: "ログインする",
    forgot: "パスワードをお忘れの場合は、次のリンクから再設定できます。",
    notYou: "お申し込みに心当たりがない場合は、このメールを破棄してください。アカウントには何の変更もありません。",
  },
  en: {
    topic: "You already have an account",
    preview: "This address already has an account: please sign in.",
    body: "Someone asked to sign up to the Shiojiri Co-creation Hub with this e-mail address. It already has an account, so no new account was created.",
    signIn: "If it was you, please sign in with the button below.",
    button: "Sign in",
    forgot: "Forgotten your password? You can choose a new one here:",
    notYou: "If it was not you, please delete this e-mail. Nothing about your account has changed.",
  },
};

export function subject(language: EmailLanguage, _props: AccountExistsProps): string {
  return subjectLine(language, strings[language].topic);
}

export const previewProps: AccountExistsProps = {
  displayName: "山田 花子",
  signInUrl: "https://hub.shiojiri.example/login",
  resetUrl: "https://hub.shiojiri.example/forgot-password",
};

export default function AccountExists({ language, displayName, signInUrl, resetUrl }: AccountExistsProps & { language: EmailLanguage }) {
  const text = strings[language];
  return (
    <EmailLayout language={language} title={subjectLine(language, text.topic)} preview={text.preview} heading={text.topic}>
      <Paragraph>{greeting(language, displayName)}</Paragraph>
      <Paragraph>{text.body}</Paragraph>
      <Paragraph>{text.signIn}</Paragraph>
      <ActionButton language={language} href={signInUrl} label={text.button} />
      <Note>{text.forgot}</Note>
      <UrlLine href={resetUrl} />
      <Note>{text.notYou}</Note>
    </EmailLayout>
  );
}
