// Strings of the strategy field pages (merged into ja.ts under "field"); field.en.ts mirrors every key.
const field = {
  title: "戦略分野 {{mark}} {{name}}",
  numberLabel: "戦略分野 {{mark}}",
  vision: "ありたい姿",
  partOf: "基本戦略 {{code}}「{{name}}」の分野",
  challengesHeading: "この分野の地域課題",
  initiativesHeading: "この分野の取り組み",
  noChallenges: "この分野で募集中の地域課題はまだありません。",
  noInitiatives: "この分野の取り組みはまだありません。",
  otherFields: "同じ基本戦略のほかの分野",
};

export default field;
