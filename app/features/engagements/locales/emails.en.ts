import type { Shape } from "~/locales/shape.ts";
import type ja from "./emails.ja.ts";

const emails: Shape<typeof ja> = {
  "engagement-scope": {
    topic: "Please confirm the scope: {{title}}",
    preview: "Please confirm the engagement's scope (the kickoff agreement).",
    body: "We have written down the scope of “{{title}}” (deliverable, hours per month, dates, meeting rhythm, what the city provides, host contact). Please read it and press “I confirm” if it is right. The work starts once both sides have confirmed.",
    changed: "The scope of “{{title}}” has changed (revision {{revision}}). Please read the new version and confirm it again.",
    button: "Read and confirm the scope",
    note: "This link is meant for you; please do not forward it. If you did not expect this message, you can ignore it.",
  },
  "engagement-check-in": {
    topic: "Check-in: {{title}}",
    preview: "Your check-in for {{dueOn}}.",
    body: "It is time for the {{dueOn}} check-in on “{{title}}”. Choose on track, at risk or blocked, and add a note if you like. No sign-in needed.",
    button: "Answer the check-in",
    note: "Coordinators read the answers; they never appear on the public page.",
  },
  "engagement-reflection": {
    topic: "Your reflection, please: {{title}}",
    preview: "Please write your reflection on the engagement.",
    body: "The engagement “{{title}}” has ended. Tell us what was delivered, how many hours it actually took and whether you would work together again. Neither side sees the other's answer until both have answered or 14 days have passed.",
    button: "Write your reflection",
    note: "The 1–5 rating is read by coordinators only.",
  },
};

export default emails;
