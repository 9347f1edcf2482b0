import type { Translation } from "~/locales/ja.ts";
import type { Shape } from "~/locales/shape.ts";

const field: Shape<Translation["field"]> = {
  title: "Field {{mark}} {{name}}",
  numberLabel: "Strategy field {{mark}}",
  vision: "What we want to be",
  partOf: "A field of strategy {{code}}: “{{name}}”",
  challengesHeading: "Challenges in this field",
  initiativesHeading: "Initiatives in this field",
  noChallenges: "No open challenges in this field yet.",
  noInitiatives: "No initiatives in this field yet.",
  otherFields: "Other fields of the same strategy",
};

export default field;
