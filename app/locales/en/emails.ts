// English counterpart of ja/emails.ts.
import accounts from "~/features/accounts/locales/emails.en.ts";
import following from "~/features/following/locales/emails.en.ts";
import engagements from "~/features/engagements/locales/emails.en.ts";
import matching from "~/features/matching/locales/emails.en.ts";
import moderation from "~/features/moderation/locales/emails.en.ts";
import partners from "~/features/partners/locales/emails.en.ts";
import proposals from "~/features/proposals/locales/emails.en.ts";
import type { EmailTranslation } from "../ja/emails.ts";
import type { Shape } from "../shape.ts";

const emails: Shape<EmailTranslation> = {
  layout: {
    footerSender: "This e-mail was sent by the Shiojiri Co-creation Hub (Shiojiri City, Nagano).",
    footerNoReply: "It comes from a send-only address: replies to it are not read.",
    linkFallback: "If the button does not work, copy this address into your browser:",
  },
  subject: "{{topic}} — {{hub}}",
  greeting: {
    named: "Hello {{name}},",
    anonymous: "Hello,",
  },
  duration: {
    minutes_one: "{{count}} minute",
    minutes_other: "{{count}} minutes",
    hours_one: "{{count}} hour",
    hours_other: "{{count}} hours",
    hoursAndMinutes: "{{hours}} {{minutes}}",
  },
  ...accounts,
  ...partners,
  ...proposals,
  ...matching,
  ...engagements,
  ...following,
  ...moderation,
};

export default emails;
