// Wording of the introduction e-mail (emails/match-introduction.tsx); the server adds it to the translation under
// "emails" (app/locales/ja/emails.ts). emails.en.ts mirrors every key.
const emails = {
  "match-introduction": {
    topicPartner: "ご紹介：{{counterpart}} さん（{{challenge}}）",
    topicCounterpart: "パートナーのご紹介：{{partner}}",
    preview: "課題「{{challenge}}」について、コーディネーターがご紹介します。",
    introPartner:
      "課題「{{challenge}}」について、塩尻市側の担当者 {{counterpart}} さんをご紹介します。次の連絡先から直接やりとりを始めてください。",
    introCounterpart: "課題「{{challenge}}」について、協働パートナー「{{partner}}」をご紹介します。",
    counterpartLabel: "塩尻市側の担当者：",
    partnerLabel: "パートナー：",
    contactLabel: "連絡先（パートナーの同意を得て共有しています）：",
    noContact:
      "{{partner}} さんの連絡先は、まだ共有の同意をいただいていないため記載していません。コーディネーターの {{coordinator}} さんが仲介します。",
    email: "メール：{{value}}",
    phone: "電話：{{value}}",
    challengePage: "課題のページ: {{url}}",
    by: "紹介したコーディネーター：{{name}}",
    button: "マッチを開く",
    answerBy: "お進めいただけるかどうか、{{due}}までにお返事ください（ログインは不要です）。",
    answerButton: "紹介に返答する",
  },
  "introduction-notice": {
    topic: {
      ANSWER_DUE: "ご紹介へのお返事のお願い（{{challenge}}）",
      ANSWER_OVERDUE: "マッチ No.{{number}}: パートナーの返答が期限を過ぎています",
      ACCEPTED: "マッチ No.{{number}}: {{partner}} さんが紹介を受けました",
      DECLINED: "マッチ No.{{number}}: {{partner}} さんが紹介を辞退しました",
    },
    body: {
      ANSWER_DUE:
        "課題「{{challenge}}」で {{counterpart}} さんをご紹介しました。お進めいただけるかどうか、{{due}}までにお返事ください。次のボタンから、ログインせずに回答できます。",
      ANSWER_OVERDUE:
        "課題「{{challenge}}」で紹介した {{partner}} さんから、期限（{{due}}）までに返答がありませんでした。状況を確認してください。",
      ACCEPTED: "課題「{{challenge}}」で紹介した {{partner}} さんが、紹介を受けて先方とやりとりを始めます。",
      DECLINED: "課題「{{challenge}}」で紹介した {{partner}} さんが、紹介を辞退しました。理由：{{reason}}",
    },
    note: "コメント：{{note}}",
    answerButton: "紹介に返答する",
    button: "マッチを開く",
  },
};

export default emails;
