import type { Shape } from "~/locales/shape.ts";
import type ja from "./emails.ja.ts";

const emails: Shape<typeof ja> = {
  "partner-contact-email": {
    topic: "Confirm the contact address of {{partner}}",
    preview: "This address was given as the contact of {{partner}}.",
    body: "{{editor}} gave this e-mail address as the contact of the partner “{{partner}}” on the Shiojiri Co-creation Hub. Once you confirm it, coordinators pass it on when they introduce the partner to someone to work with.",
    button: "Confirm this address",
    expiry: "This link works for {{days}} days.",
    notYou: "If this means nothing to you, ignore this mail: the address is never passed on unless it is confirmed.",
  },
  "organisation-invitation": {
    topic: "Invitation to join {{organisation}}",
    preview: "{{inviter}} invited you to join {{organisation}}.",
    body: "{{inviter}} invited you to join the organisation “{{organisation}}” on the Shiojiri Co-creation Hub as {{role}}. Members propose collaborations on behalf of the organisation and see all of its proposals and the conversations about them.",
    role: { OWNER: "an owner", MEMBER: "a member" },
    action:
      "Use the button below to see the invitation and accept or decline it. You will need to sign in with an account for this e-mail address (or create one).",
    button: "See the invitation",
    expiry: "The invitation expires in {{days}} days.",
    notYou: "If you were not expecting this, please delete this e-mail. Nothing changes unless you accept.",
  },
  "organisation-invitation-answered": {
    topicAccepted: "Your invitation to {{organisation}} was accepted",
    topicDeclined: "Your invitation to {{organisation}} was declined",
    accepted: "{{invitee}} ({{email}}) accepted your invitation and is now a member of {{organisation}}.",
    declined: "{{invitee}} ({{email}}) declined your invitation to join {{organisation}}.",
    button: "See the organisation’s members",
  },
};

export default emails;
