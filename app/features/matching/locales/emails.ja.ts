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
  },
};

export default emails;
