// Strings of the proposals pages (merged into ja.ts under "proposals"); en/proposals.ts mirrors every key.
const proposals = {};

export default proposals;
