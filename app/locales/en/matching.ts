import type { Translation } from "../ja.ts";
import type { Shape } from "../shape.ts";

const matching: Shape<Translation["matching"]> = {};

export default matching;
