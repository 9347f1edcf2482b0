// Strings of the kinds of area (merged into ja.ts under "areaKind"); area-kind.en.ts mirrors every key.
const areaKind = {
  CITYWIDE: "市全域",
  DISTRICT: "地区",
  REGION: "広域",
  ONLINE: "オンライン",
};

export default areaKind;
