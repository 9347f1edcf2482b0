import type { Translation } from "../ja.ts";
import type { Shape } from "../shape.ts";

const initiatives: Shape<Translation["initiatives"]> = {
  title: "Initiatives",
};

export default initiatives;
