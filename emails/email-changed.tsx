import { ActionButton, EmailLayout, Note, Paragraph } from "./components/layout.tsx";
import { greeting, subjectLine, type EmailLanguage } from "./strings.ts";

/** A notice to the OLD address after the change, so a hijacked account does not go unnoticed. */
export type EmailChangedProps = { displayName: string; newEmail: string; supportUrl: string };

const strings = {
  ja: {
    topic: "メールアドレスが変更されました",
    preview: "アカウントのメールアドレスが変更されました。",
    body: (newEmail: string) =>
      `しおじり共創ハブのアカウントのメールアドレスが ${newEmail} に変更されました。今後のお知らせは新しいアドレスに届き、このアドレスには届きません。`,
    ifYou: "ご自身で変更した場合は、対応は必要ありません。",
    notYou: "この変更に心当たりがない場合は、アカウントが第三者に使われているおそれがあります。すぐに次のボタンからお問い合わせください。",
    button: "お問い合わせ",
  },
  en: {
    topic: "Your e-mail address was changed",
    preview: "The e-mail address of your account was changed.",
    body: (newEmail: string) =>
      `The e-mail address of your Shiojiri Co-creation Hub account was changed to ${newEmail}. From now on, messages go to the new address and no longer to this one.`,
    ifYou: "If you made this change, there is nothing else to do.",
    notYou: "If you did not make this change, someone else may be using your account. Please contact us straight away:",
    button: "Contact us",
  },
};

export function subject(language: EmailLanguage, _props: EmailChangedProps): string {
  return subjectLine(language, strings[language].topic);
}

export const previewProps: EmailChangedProps = {
  displayName: "山田 花子",
  newEmail: "hanako.new@example.jp",
  supportUrl: "https://hub.shiojiri.example/about",
};

export default function EmailChanged({ language, displayName, newEmail, supportUrl }: EmailChangedProps & { language: EmailLanguage }) {
  const text = strings[language];
  return (
    <EmailLayout language={language} title={subjectLine(language, text.topic)} preview={text.preview} heading={text.topic}>
      <Paragraph>{greeting(language, displayName)}</Paragraph>
      <Paragraph>{text.body(newEmail)}</Paragraph>
      <Note>{text.ifYou}</Note>
      <Paragraph>{text.notYou}</Paragraph>
      <ActionButton language={language} href={supportUrl} label={text.button} />
    </EmailLayout>
  );
}
