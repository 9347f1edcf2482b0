// Strings of the review pages (merged into ja.ts under "review"); en/review.ts mirrors every key.
const review = {};

export default review;
