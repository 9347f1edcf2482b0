// Strings of the challenge Atom feeds (merged into ja.ts under "feeds"); feeds.en.ts mirrors every key.
const feeds = {
  title: "地域課題の新着 | しおじり共創ハブ",
  titleFiltered: "地域課題の新着（{{filters}}） | しおじり共創ハブ",
  subtitle: "塩尻市がしおじり共創ハブで公開した地域課題の新着です。",
  keyword: "キーワード「{{q}}」",
  rights: "出典：しおじり共創ハブ（塩尻市）／ライセンス：{{licence}}",
  linkAll: "地域課題の新着（すべて）",
  linkFiltered: "地域課題の新着（この条件）",
  linkScoped: "地域課題の新着：{{label}}",
};

export default feeds;
