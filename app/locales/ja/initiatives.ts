// Strings of the initiatives pages, merged into ja.ts under "initiatives"; en/initiatives.ts mirrors every key.
const initiatives = {
  title: "取り組み",
};

export default initiatives;
