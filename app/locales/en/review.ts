import type { Translation } from "../ja.ts";
import type { Shape } from "../shape.ts";

const review: Shape<Translation["review"]> = {};

export default review;
