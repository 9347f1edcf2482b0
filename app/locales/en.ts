import type { Translation } from "./ja.ts";

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

const en: Shape<Translation> = {
  site: {
    name: "Shiojiri Co-creation Hub",
    tagline: "Where Shiojiri City and its friends everywhere take on local challenges together",
    operator: "Shiojiri City",
    cityImage: "A town where many ways of living come true.",
    cityImageSub: "— Shiojiri, a garden city —",
    purpose: "We will be pioneers of regional innovation",
  },
  nav: {
    skipToContent: "Skip to main content",
    primary: "Main menu",
    home: "Home",
    strategies: "Strategies",
    about: "How it works",
    breadcrumb: "Breadcrumb",
  },
  language: {
    label: "Language",
    switchTo: "日本語",
    switchToLong: "日本語に切り替える",
    ja: "日本語",
    en: "English",
  },
  home: {
    title: "Shiojiri Co-creation Hub — A town where many ways of living come true",
    description:
      "Shiojiri City posts local challenges; people and organisations from outside the town propose collaborations, and coordinators bring both sides together.",
    lead:
      "We connect people and organisations who want to be part of Shiojiri with the town's challenges. The city posts local challenges, individuals and organisations from anywhere propose to work on them, and coordinators match them so that initiatives begin.",
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
    indicatorsHeading: "The town's top indicators",
    indicatorsLead: "The two outcomes the comprehensive plan measures itself by, and their targets.",
    stepsHeading: "How co-creation flows",
  },
  indicator: {
    baseline: "Baseline",
    baselineAt: "Baseline ({{year}})",
    target: "Target ({{year}})",
    atLeast: "at least {{value}} {{unit}}",
    atMost: "at most {{value}} {{unit}}",
    projection: "Projection without policy ({{year}})",
    latest: "Latest ({{year}})",
    latestLabel: "Latest",
    noValueYet: "No value entered yet",
  },
  strategy: {
    title: "Strategy {{code}}: {{name}}",
    promisedValue: "The value we promise",
    context: "Where we stand",
    fieldsHeading: "Strategy fields",
    challengesHeading: "Open challenges",
    initiativesHeading: "Ongoing initiatives",
    noChallenges: "No open challenges under this strategy yet.",
    noInitiatives: "No initiatives under this strategy yet.",
  },
  field: {
    title: "Field {{mark}} {{name}}",
    numberLabel: "Strategy field {{mark}}",
    vision: "What we want to be",
    partOf: "A field of strategy {{code}}: “{{name}}”",
    challengesHeading: "Challenges in this field",
    initiativesHeading: "Initiatives in this field",
    noChallenges: "No open challenges in this field yet.",
    noInitiatives: "No initiatives in this field yet.",
    otherFields: "Other fields of the same strategy",
  },
  about: {
    title: "How co-creation works",
    description: "How the Shiojiri Co-creation Hub takes a local challenge from posting to results.",
    lead:
      "In its sixth comprehensive plan, the Shiojiri Future Investment Strategy, the city names partnership and co-creation with people and organisations inside and outside the town as the way to become “a town where many ways of living come true”. This hub turns co-creation that used to run on e-mail and personal networks into a pipeline everyone can see.",
    whoHeading: "Who takes part",
    who: {
      partner: {
        title: "Partners (the relationship population)",
        body: "People and organisations from outside the town who want to be part of Shiojiri: people who grew up here, commute or visit, support the town through furusato nozei, work remotely, or companies looking for a field site.",
      },
      coordinator: {
        title: "Coordinators",
        body: "City staff and intermediaries such as the civic-innovation base Sunaba. They post challenges, review proposals and introduce both sides.",
      },
      resident: {
        title: "Residents",
        body: "See what is happening in their district, follow the challenges and initiatives they care about, and cheer them on.",
      },
    },
    stepsHeading: "Five steps",
    steps: {
      post: { title: "Post", body: "The city posts local challenges under basic strategies A, B and C and their fields." },
      propose: { title: "Propose", body: "Partners propose to collaborate on a challenge, or make a free proposal of their own." },
      match: { title: "Match", body: "Coordinators review proposals and introduce well-suited partners to the challenge owners." },
      initiative: { title: "Run", body: "Agreed matches become public initiatives that share their progress and outcomes." },
      follow: { title: "Follow and cheer", body: "Residents follow districts and fields, get notified of progress, and cheer initiatives on." },
    },
    privacyHeading: "Contact details and privacy",
    privacy:
      "Partners' e-mail addresses and contact details are never public. Coordinators see them, and the other side receives them only at an introduction, with the partner's consent.",
    planHeading: "How it ties into the plan",
    plan: "Challenges and initiatives are organised by the plan's mid-term periods (1: FY2024–2026, 2: FY2027–2029, 3: FY2030–2032) and reviewed every year in the city's administrative evaluation.",
  },
  notFound: {
    title: "Page not found",
    body: "The page you are looking for may have moved or been removed, or the address may be wrong.",
    home: "Back to the home page",
  },
  error: {
    title: "Something went wrong",
    body: "We could not show this page. Please try again in a moment.",
    status: "Status {{status}}",
  },
  footer: {
    plan: "Source of the plan: Shiojiri Future Investment Strategy (Sixth Comprehensive Plan of Shiojiri City), long-term strategy",
    about: "About this site",
    copyright: "© Shiojiri City",
  },
};

export default en;
