import type { Translation } from "../ja.ts";
import type { Shape } from "../shape.ts";

const organisations: Shape<Translation["organisations"]> = {};

export default organisations;
