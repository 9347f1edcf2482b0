// Strings of the basic strategy pages (merged into ja.ts under "strategy"); strategy.en.ts mirrors every key.
const strategy = {
  title: "基本戦略 {{code}}：{{name}}",
  promisedValue: "約束する価値（ありたい姿）",
  context: "取り巻く環境",
  fieldsHeading: "戦略分野",
  challengesHeading: "募集中の地域課題",
  initiativesHeading: "進行中の取り組み",
  noChallenges: "この基本戦略で募集中の地域課題はまだありません。",
  noInitiatives: "この基本戦略の取り組みはまだありません。",
};

export default strategy;
