import type { Translation } from "../ja.ts";
import type { Shape } from "../shape.ts";

const dashboard: Shape<Translation["dashboard"]> = {
  title: "Dashboard",
};

export default dashboard;
