import type { Translation } from "~/locales/ja.ts";
import type { Shape } from "~/locales/shape.ts";

const unsubscribe: Shape<Translation["unsubscribe"]> = {
  title: "Stop notification e-mails",
  metaDescription: "Stop notification e-mails from the Shiojiri Co-creation Hub.",
  leadAll:
    "This stops the notification e-mails about the initiatives, challenges, areas and other things you follow (right away, as well as daily and weekly digests).",
  leadFollow: "This stops following the {{type}} “{{name}}”, so you no longer hear about it.",
  inAppStays: "Notifications still appear under Notifications when you sign in to the hub.",
  noSignIn: "You do not need to sign in.",
  confirmAll: "Stop notification e-mails",
  confirmFollow: "Stop following",
  doneAll: "Notification e-mails are stopped. You will not receive them any more.",
  doneFollow: "You no longer follow the {{type}} “{{name}}”.",
  alreadyAll: "Notification e-mails were already stopped.",
  alreadyFollow: "You already do not follow the {{type}} “{{name}}”.",
  settingsLink: "Change how often you get e-mails or what you follow (sign-in needed)",
  invalidTitle: "This link does not work",
  invalid:
    "The unsubscribe link is wrong or was cut off. Please open the link exactly as it appears in the e-mail. When signed in, you can stop e-mails at any time in your account settings.",
  targetType: {
    CHALLENGE: "challenge",
    INITIATIVE: "initiative",
    STRATEGY: "strategy",
    FIELD: "field",
    AREA: "area",
  },
};

export default unsubscribe;
