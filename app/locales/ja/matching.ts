// Strings of the matching pages (suggestions, batch assignment, pipeline, reports), merged into ja.ts under
// "matching"; en/matching.ts mirrors every key.
const matching = {};

export default matching;
