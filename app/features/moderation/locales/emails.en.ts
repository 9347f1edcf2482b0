import type { Shape } from "~/locales/shape.ts";
import type ja from "./emails.ja.ts";

const emails: Shape<typeof ja> = {
  "moderation-notice": {
    topics: {
      CONTENT_HIDDEN: "We hid one of your posts",
      CONTENT_RESTORED: "We restored one of your posts",
      ACCOUNT_SUSPENDED: "Your account is suspended",
      ACCOUNT_UNSUSPENDED: "Your account's suspension is lifted",
    },
    preview: "A notice from the hub's moderators.",
    bodies: {
      CONTENT_HIDDEN:
        "The Shiojiri Co-creation Hub's moderators have hidden your “{{label}}” ({{kind}}) from public pages. It is kept in the city's records.",
      CONTENT_RESTORED: "The Shiojiri Co-creation Hub's moderators have restored your “{{label}}” ({{kind}}).",
      ACCOUNT_SUSPENDED:
        "The Shiojiri Co-creation Hub's moderators have suspended your account. You cannot sign in and your public profile is hidden. Proposals you submitted stay as the city's records.",
      ACCOUNT_UNSUSPENDED: "The Shiojiri Co-creation Hub's moderators have lifted your account's suspension. You can sign in again.",
    },
    reason: "Reason: {{reason}}",
    note: "From the moderators: {{note}}",
    notices: "All notices are on this page of the hub:",
    contact: "If you disagree, please contact Shiojiri City's Regional Revitalisation Division.",
  },
};

export default emails;
