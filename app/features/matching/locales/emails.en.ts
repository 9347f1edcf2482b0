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
    answerBy: "Please tell us by {{due}} whether you will take it up (no sign-in needed).",
    answerButton: "Answer the introduction",
  },
  "introduction-notice": {
    topic: {
      ANSWER_DUE: "Please answer the introduction ({{challenge}})",
      ANSWER_OVERDUE: "Match No. {{number}}: the partner’s answer is overdue",
      ACCEPTED: "Match No. {{number}}: {{partner}} accepted the introduction",
      DECLINED: "Match No. {{number}}: {{partner}} declined the introduction",
    },
    body: {
      ANSWER_DUE:
        "We introduced you to {{counterpart}} about the challenge “{{challenge}}”. Please tell us by {{due}} whether you will take it up. The button below lets you answer without signing in.",
      ANSWER_OVERDUE:
        "{{partner}}, introduced about the challenge “{{challenge}}”, has not answered by the deadline ({{due}}). Please check how things stand.",
      ACCEPTED: "{{partner}}, introduced about the challenge “{{challenge}}”, accepted and will get in touch with the city’s side.",
      DECLINED: "{{partner}}, introduced about the challenge “{{challenge}}”, declined the introduction. Reason: {{reason}}",
    },
    note: "Comment: {{note}}",
    answerButton: "Answer the introduction",
    button: "Open the match",
  },
};

export default emails;
