// Strings of the organisations pages (merged into ja.ts under "organisations"); en/organisations.ts mirrors every key.
const organisations = {};

export default organisations;
