import type { Translation } from "~/locales/ja.ts";
import type { Shape } from "~/locales/shape.ts";

const indicator: Shape<Translation["indicator"]> = {
  baseline: "Baseline",
  baselineAt: "Baseline ({{year}})",
  target: "Target ({{year}})",
  atLeast: "at least {{value}} {{unit}}",
  atMost: "at most {{value}} {{unit}}",
  projection: "Projection without policy ({{year}})",
  latest: "Latest ({{year}})",
  latestLabel: "Latest",
  noValueYet: "No value entered yet",
};

export default indicator;
