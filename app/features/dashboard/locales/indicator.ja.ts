// Strings of the plan indicator cards (merged into ja.ts under "indicator"); indicator.en.ts mirrors every key.
const indicator = {
  baseline: "基準値",
  baselineAt: "基準値（{{year}}年）",
  target: "目標（{{year}}年）",
  atLeast: "{{value}}{{unit}}以上",
  atMost: "{{value}}{{unit}}以下",
  projection: "政策なしの推計（{{year}}年）",
  latest: "最新値（{{year}}年）",
  latestLabel: "最新値",
  noValueYet: "最新値は未登録です",
};

export default indicator;
