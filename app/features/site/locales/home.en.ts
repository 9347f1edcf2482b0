import type { Translation } from "~/locales/ja.ts";
import type { Shape } from "~/locales/shape.ts";

const home: Shape<Translation["home"]> = {
  title: "Shiojiri Co-creation Hub — A town where many ways of living come true",
  description:
    "Shiojiri City posts local challenges; people and organisations from outside the town propose collaborations, and coordinators bring both sides together.",
  lead: "We connect people and organisations who want to be part of Shiojiri with the town's challenges. The city posts local challenges, individuals and organisations from anywhere propose to work on them, and coordinators match them so that initiatives begin.",
  aboutCta: "See how co-creation works",
  strategiesHeading: "Three basic strategies",
  strategiesLead: "The areas the Shiojiri Future Investment Strategy (FY2024–2032) invests in first.",
  strategyCode: "Strategy {{code}}",
  fieldsOf: "Strategy fields",
  openChallenges: "Open challenges",
  initiatives: "Initiatives",
  partners: "Interested partners",
  countUnit: "{{count}}",
  partnerCountUnit: "{{count}}",
  viewStrategy: "View strategy {{code}}",
  newestHeading: "Newest open challenges",
  indicatorsHeading: "The town's top indicators",
  indicatorsLead: "The two outcomes the comprehensive plan measures itself by, and their targets.",
  stepsHeading: "How co-creation flows",
};

export default home;
