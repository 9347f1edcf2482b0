import type { Shape } from "~/locales/shape.ts";
import type ja from "./emails.ja.ts";

const emails: Shape<typeof ja> = {
  "match-introduction": {
    topicPartner: "Introduction: {{counterpart}} ({{challenge}})",
    topicCounterpart: "Introducing a partner: {{partner}}",
    preview: 'A coordinator introduces you about the challenge "{{challenge}}".',
    introPartner:
      'About the challenge "{{challenge}}", we would like to introduce {{counterpart}}, who works on it on the city\'s side. Please get in touch directly using the contact below.',
    introCounterpart: 'About the challenge "{{challenge}}", we would like to introduce the partner "{{partner}}".',
    counterpartLabel: "On the city's side:",
    partnerLabel: "Partner:",
    contactLabel: "Contact (shared with the partner's consent):",
    noContact:
      "{{partner}} has not yet agreed to share their contact details, so they are not included. The coordinator {{coordinator}} will put you in touch.",
    email: "E-mail: {{value}}",
    phone: "Phone: {{value}}",
    challengePage: "The challenge's page: {{url}}",
    by: "Introduced by the coordinator {{name}}",
    button: "Open the match",
  },
};

export default emails;
