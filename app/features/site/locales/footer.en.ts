import type { Translation } from "~/locales/ja.ts";
import type { Shape } from "~/locales/shape.ts";

const footer: Shape<Translation["footer"]> = {
  plan: "Source of the plan: Shiojiri Future Investment Strategy (Sixth Comprehensive Plan of Shiojiri City), long-term strategy",
  about: "About this site",
  privacy: "Privacy policy",
  copyright: "© Shiojiri City",
};

export default footer;
