import type { Translation } from "../ja.ts";
import type { Shape } from "../shape.ts";

const proposals: Shape<Translation["proposals"]> = {};

export default proposals;
