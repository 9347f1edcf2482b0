// Strings of the partners pages (merged into ja.ts under "partners"); en/partners.ts mirrors every key.
const partners = {};

export default partners;
