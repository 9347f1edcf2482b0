import type { Translation } from "../ja.ts";
import type { Shape } from "../shape.ts";

const partners: Shape<Translation["partners"]> = {};

export default partners;
