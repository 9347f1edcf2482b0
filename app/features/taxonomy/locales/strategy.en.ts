import type { Translation } from "~/locales/ja.ts";
import type { Shape } from "~/locales/shape.ts";

const strategy: Shape<Translation["strategy"]> = {
  title: "Strategy {{code}}: {{name}}",
  promisedValue: "The value we promise",
  context: "Where we stand",
  fieldsHeading: "Strategy fields",
  challengesHeading: "Open challenges",
  initiativesHeading: "Ongoing initiatives",
  noChallenges: "No open challenges under this strategy yet.",
  noInitiatives: "No initiatives under this strategy yet.",
};

export default strategy;
