import type { Translation } from "~/locales/ja.ts";
import type { Shape } from "~/locales/shape.ts";

const areaKind: Shape<Translation["areaKind"]> = {
  CITYWIDE: "Citywide",
  DISTRICT: "Districts",
  REGION: "Wider region",
  ONLINE: "Online",
};

export default areaKind;
