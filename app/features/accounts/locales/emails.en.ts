import type { Shape } from "~/locales/shape.ts";
import type ja from "./emails.ja.ts";

const emails: Shape<typeof ja> = {
  "verify-email": {
    topic: "Confirm your e-mail address",
    preview: "Code {{code}} — confirm your e-mail address to finish signing up.",
    intro: "Thank you for signing up to the Shiojiri Co-creation Hub. Confirm your e-mail address with the button below to finish.",
    button: "Confirm my e-mail address",
    codeIntro: "Or enter this 6-digit code on the sign-up page:",
    expiry: "The link and the code expire in {{duration}}. After that, ask for a new e-mail on the sign-up page.",
    notYou:
      "If you did not sign up, someone may have typed your address by mistake: please delete this e-mail. Nothing is registered unless the address is confirmed.",
  },
  "sign-in-link": {
    topic: "Your sign-in link",
    preview: "Use the button to sign in to the Shiojiri Co-creation Hub without a password.",
    intro: "You asked for a sign-in link. Use the button below to sign in to the Shiojiri Co-creation Hub.",
    button: "Sign in",
    expiry: "The link works once and expires in {{duration}}.",
    notYou: "If you did not ask for this, please delete this e-mail. Nobody can sign in unless the link is used.",
  },
  "password-reset": {
    topic: "Reset your password",
    preview: "Use the button to choose a new password.",
    intro: "We received a request to reset your password. Use the button below to choose a new one.",
    button: "Choose a new password",
    expiry: "The link works once and expires in {{duration}}.",
    notYou: "If you did not ask for this, ignore this e-mail: your password stays the same and you can keep signing in as before.",
  },
  "change-email": {
    topic: "Confirm your new e-mail address",
    preview: "Use the button to finish changing your e-mail address.",
    intro:
      "You asked to change the e-mail address of your Shiojiri Co-creation Hub account to {{newEmail}}. Confirm with the button below to finish the change.",
    button: "Use this address",
    expiry: "The link works once and expires in {{duration}}. Until you confirm, your current address stays in use.",
    notYou: "If you did not ask for this, please delete this e-mail. No address will be changed.",
  },
  "email-changed": {
    topic: "Your e-mail address was changed",
    preview: "The e-mail address of your account was changed.",
    body: "The e-mail address of your Shiojiri Co-creation Hub account was changed to {{newEmail}}. From now on, messages go to the new address and no longer to this one.",
    ifYou: "If you made this change, there is nothing else to do.",
    notYou: "If you did not make this change, someone else may be using your account. Please contact us straight away:",
    button: "Contact us",
  },
  "password-changed": {
    topic: "Your password was changed",
    preview: "The password of your account was changed.",
    body: "The password of your Shiojiri Co-creation Hub account was changed.",
    ifYou: "If you made this change, there is nothing else to do.",
    notYou: "If you did not make this change, reset your password straight away with the button below.",
    button: "Reset my password",
  },
  "account-exists": {
    topic: "You already have an account",
    preview: "This address already has an account: please sign in.",
    body: "Someone asked to sign up to the Shiojiri Co-creation Hub with this e-mail address. It already has an account, so no new account was created.",
    signIn: "If it was you, please sign in with the button below.",
    button: "Sign in",
    forgot: "Forgotten your password? You can choose a new one here:",
    notYou: "If it was not you, please delete this e-mail. Nothing about your account has changed.",
  },
  "partner-account-deleted": {
    topic: "A partner you work with has left the hub",
    preview: "Their proposals, matches and initiatives stay, shown as “Former partner”.",
    pseudonym: "Former partner",
    body: "A partner on a proposal or match you look after has deleted their account. The records stay and still open, shown as “{{name}}”, but their name, contact details and other personal data are gone.",
    proposal: "Proposal #{{number}} “{{title}}”",
    match: "Match #{{number}} “{{title}}”",
    archived: "Organisations left without members were archived (not public, records kept): {{names}}",
    contact: "The hub no longer holds any way to contact this partner. If needed, agree next steps with the department in charge.",
  },
};

export default emails;
