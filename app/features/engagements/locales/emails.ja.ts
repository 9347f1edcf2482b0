// Wording of the engagement e-mails (emails/engagement-*.tsx); the server adds it to the translation under "emails"
// (app/locales/ja/emails.ts). emails.en.ts mirrors every key.
const emails = {
  "engagement-scope": {
    topic: "活動内容の確認のお願い：{{title}}",
    preview: "活動内容（キックオフの合意）を確認してください。",
    body: "「{{title}}」の活動内容（成果物、月あたりの時間、期間、打ち合わせの頻度、市が用意するもの、担当者）をまとめました。内容を確認し、問題なければ「確認しました」を押してください。双方の確認がそろうと活動が始まります。",
    changed:
      "「{{title}}」の活動内容が変更されました（第{{revision}}版）。変更後の内容を確認し、あらためて「確認しました」を押してください。",
    button: "活動内容を確認する",
    note: "このリンクはあなた宛てです。転送しないでください。心当たりがない場合はこのメールを破棄してください。",
  },
  "engagement-check-in": {
    topic: "定期チェックイン：{{title}}",
    preview: "{{dueOn}}のチェックインをお願いします。",
    body: "「{{title}}」の{{dueOn}}のチェックインです。順調・遅れ気味・止まっている、のいずれかを選び、必要なら一言添えてください。ログインは不要です。",
    button: "チェックインに答える",
    note: "回答はコーディネーターが確認します。公開ページには載りません。",
  },
  "engagement-reflection": {
    topic: "振り返りのお願い：{{title}}",
    preview: "活動の振り返りをお願いします。",
    body: "「{{title}}」の活動期間が終わりました。届けたもの、実際にかかった時間、また一緒に取り組みたいかを教えてください。相手の回答は、双方が回答するか14日が過ぎるまで表示されません。",
    button: "振り返りを書く",
    note: "5段階の評価はコーディネーターだけが読みます。",
  },
};

export default emails;
