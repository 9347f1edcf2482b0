import type { Translation } from "~/locales/ja.ts";
import type { Shape } from "~/locales/shape.ts";

const about: Shape<Translation["about"]> = {
  title: "How co-creation works",
  description: "How the Shiojiri Co-creation Hub takes a local challenge from posting to results.",
  lead: "In its sixth comprehensive plan, the Shiojiri Future Investment Strategy, the city names partnership and co-creation with people and organisations inside and outside the town as the way to become “a town where many ways of living come true”. This hub turns co-creation that used to run on e-mail and personal networks into a pipeline everyone can see.",
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
    follow: {
      title: "Follow and cheer",
      body: "Residents follow districts and fields, get notified of progress, and cheer initiatives on.",
    },
  },
  privacyHeading: "Contact details and privacy",
  privacy:
    "Partners' e-mail addresses and contact details are never public. Coordinators see them, and the other side receives them only at an introduction, with the partner's consent.",
  planHeading: "How it ties into the plan",
  plan: "Challenges and initiatives are organised by the plan's mid-term periods (1: FY2024–2026, 2: FY2027–2029, 3: FY2030–2032) and reviewed every year in the city's administrative evaluation.",
};

export default about;
