import type { Shape } from "~/locales/shape.ts";
import type ja from "./emails.ja.ts";

const emails: Shape<typeof ja> = {
  notification: {
    button: "Read more",
    why: "You receive this e-mail because {{reason}}.",
    settings: "Choose how often you hear from us (right away, daily, weekly or never) and what you follow in your account settings.",
    unfollow: "To stop following {{followed}} only, open this link (no sign-in needed):",
    unsubscribe: "To stop all notification e-mails, open this link (no sign-in needed):",
    subject: {
      INITIATIVE: "Initiative “{{name}}”",
      CHALLENGE: "Challenge “{{name}}”",
    },
    followed: {
      INITIATIVE: 'the initiative "{{name}}"',
      CHALLENGE: 'the challenge "{{name}}"',
      STRATEGY: 'the strategy "{{name}}"',
      FIELD: 'the field "{{name}}"',
      AREA: 'the area "{{name}}"',
    },
    reason: "you follow {{followed}}",
  },
  "notification-digest": {
    topicDaily: "Your daily notifications ({{total}})",
    topicWeekly: "Your weekly notifications ({{total}})",
    leadDaily_one: "{{count}} thing happened in what you follow during the past day.",
    leadDaily_other: "{{count}} things happened in what you follow during the past day.",
    leadWeekly_one: "{{count}} thing happened in what you follow during the past week.",
    leadWeekly_other: "{{count}} things happened in what you follow during the past week.",
    settings: "Choose how often you hear from us (right away, daily, weekly or never) and what you follow in your account settings.",
    unsubscribe: "To stop these notification e-mails, open this link (no sign-in needed):",
  },
};

export default emails;
