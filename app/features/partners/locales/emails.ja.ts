// Wording of the organisation e-mails (emails/organisation-invitation*.tsx); the server adds them to the translation
// under "emails" (app/locales/ja/emails.ts). emails.en.ts mirrors every key.
const emails = {
  "partner-contact-email": {
    topic: "「{{partner}}」の連絡先メールアドレスの確認",
    preview: "「{{partner}}」の連絡先としてこのアドレスが登録されました。",
    body: "{{editor}}さんが、しおじり共創ハブのパートナー「{{partner}}」の連絡先としてこのメールアドレスを登録しました。確認すると、コーディネーターが協働の相手にパートナーを紹介するとき、このアドレスを連絡先として伝えます。",
    button: "このアドレスを確認する",
    expiry: "このリンクの有効期限は{{days}}日です。",
    notYou: "心当たりがない場合は、このメールを破棄してください。確認しない限り、このアドレスが相手に伝わることはありません。",
  },
  "organisation-invitation": {
    topic: "「{{organisation}}」への招待",
    preview: "{{inviter}}さんから「{{organisation}}」のメンバーへの招待が届いています。",
    body: "{{inviter}}さんが、しおじり共創ハブの団体「{{organisation}}」に、あなたを{{role}}として招待しました。メンバーになると、団体として協働を提案したり、団体の提案とその連絡をすべて見たりできます。",
    role: { OWNER: "管理者", MEMBER: "メンバー" },
    action:
      "次のボタンから招待を確認し、参加するか辞退するかを選んでください。このメールアドレスのアカウントでログイン（アカウントがない場合は新規登録）が必要です。",
    button: "招待を確認する",
    expiry: "この招待の有効期限は{{days}}日です。",
    notYou: "心当たりがない場合は、このメールを破棄してください。招待に応じない限り、何も変わりません。",
  },
  "organisation-invitation-answered": {
    topicAccepted: "「{{organisation}}」への招待が承諾されました",
    topicDeclined: "「{{organisation}}」への招待が辞退されました",
    accepted: "{{invitee}}さん（{{email}}）が「{{organisation}}」への招待を承諾し、メンバーになりました。",
    declined: "{{invitee}}さん（{{email}}）が「{{organisation}}」への招待を辞退しました。",
    button: "団体のメンバーを見る",
  },
};

export default emails;
