// Strings of the following pages, merged into ja.ts under "following"; en/following.ts mirrors every key.
const following = {
  title: "お知らせ",
};

export default following;
