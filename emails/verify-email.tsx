import { ActionButton, CodeBlock, EmailLayout, Note, Paragraph } from "./components/layout.tsx";
import { formatDuration, greeting, subjectLine, type EmailLanguage } from "./strings.ts";

export type VerifyEmailProps = { displayName: string; verifyUrl: string; code: string; expiresInMinutes: number };

const strings = {
  ja: {
    topic: "メールアドレスの確認",
    preview: (code: string) => `確認コード ${code} — 登録を完了するにはメールアドレスを確認してください。`,
    intro: "しおじり共創ハブにご登録いただき、ありがとうございます。次のボタンを押してメールアドレスを確認すると、登録が完了します。",
    button: "メールアドレスを確認する",
    codeIntro: "または、登録画面で次の確認コード（6桁）を入力してください。",
    expiry: (duration: string) => `リンクと確認コードの有効期限は${duration}です。期限が過ぎた場合は、登録画面から確認メールを再送信してください。`,
    notYou: "このメールに心当たりがない場合は、どなたかがアドレスを誤って入力した可能性があります。このメールは破棄してください。確認されない限り、登録は完了しません。",
  },
  en: {
    topic: "Confirm your e-mail address",
    preview: (code: string) => `Code ${code} — confirm your e-mail address to finish signing up.`,
    intro: "Thank you for signing up to the Shiojiri Co-creation Hub. Confirm your e-mail address with the button below to finish.",
    button: "Confirm my e-mail address",
    codeIntro: "Or enter this 6-digit code on the sign-up page:",
    expiry: (duration: string) => `The link and the code expire in ${duration}. After that, ask for a new e-mail on the sign-up page.`,
    notYou: "If you did not sign up, someone may have typed your address by mistake: please delete this e-mail. Nothing is registered unless the address is confirmed.",
  },
};

export function subject(language: EmailLanguage, _props: VerifyEmailProps): string {
  return subjectLine(language, strings[language].topic);
}

export const previewProps: VerifyEmailProps = {
  displayName: "山田 花子",
  verifyUrl: "https://hub.shiojiri.example/verify-email?token=preview-token",
  code: "482913",
  expiresInMinutes: 30,
};

export default function VerifyEmail({ language, displayName, verifyUrl, code, expiresInMinutes }: VerifyEmailProps & { language: EmailLanguage }) {
  const text = strings[language];
  return (
    <EmailLayout language={language} title={subjectLine(language, text.topic)} preview={text.preview(code)} heading={text.topic}>
      <Paragraph>{greeting(language, displayName)}</Paragraph>
      <Paragraph>{text.intro}</Paragraph>
      <ActionButton language={language} href={verifyUrl} label={text.button} />
      <Paragraph>{text.codeIntro}</Paragraph>
      <CodeBlock code={code} />
      <Note>{text.expiry(formatDuration(language, expiresInMinutes))}</Note>
      <Note>{text.notYou}</Note>
    </EmailLayout>
  );
}
