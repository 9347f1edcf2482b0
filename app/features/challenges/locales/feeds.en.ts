import type { Translation } from "~/locales/ja.ts";
import type { Shape } from "~/locales/shape.ts";

const feeds: Shape<Translation["feeds"]> = {
  title: "New local challenges | Shiojiri Co-creation Hub",
  titleFiltered: "New local challenges ({{filters}}) | Shiojiri Co-creation Hub",
  subtitle: "Local challenges newly published by Shiojiri City on the Shiojiri Co-creation Hub.",
  keyword: "keyword “{{q}}”",
  rights: "Source: Shiojiri Co-creation Hub (Shiojiri City). Licence: {{licence}}",
  linkAll: "New local challenges (all)",
  linkFiltered: "New local challenges (these filters)",
  linkScoped: "New local challenges: {{label}}",
};

export default feeds;
