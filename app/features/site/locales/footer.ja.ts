// Strings of the site footer (merged into ja.ts under "footer"); footer.en.ts mirrors every key.
const footer = {
  plan: "計画の出典：しおじり未来投資戦略（第六次塩尻市総合計画）長期戦略",
  about: "このサイトについて",
  privacy: "プライバシーポリシー",
  copyright: "© 塩尻市",
};

export default footer;
