import type { Translation } from "../ja.ts";
import type { Shape } from "../shape.ts";

const following: Shape<Translation["following"]> = {
  title: "Notifications",
};

export default following;
