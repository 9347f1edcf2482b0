import type { Shape } from "~/locales/shape.ts";
import type ja from "./emails.ja.ts";

const emails: Shape<typeof ja> = {
  "proposal-assigned": {
    topic: "Proposal No. {{number}} is now yours to review",
    preview: "{{by}} assigned a proposal to you for review.",
    body: "{{by}} assigned the following proposal to you for review.",
    proposal: "No. {{number}}: “{{title}}”",
    partner: "Proposed by: {{name}}",
    button: "Review the proposal",
    signIn: "You need to sign in with your coordinator account to open it.",
  },
  "proposal-status-changed": {
    topic: 'Proposal "{{title}}": {{status}}',
    preview: 'Proposal no. {{number}} is now "{{status}}".',
    changed: 'The proposal no. {{number}} "{{title}}" by {{partner}} moved from "{{from}}" to "{{to}}".',
    next: {
      DRAFT: "",
      SUBMITTED: "Please read it and take the review forward.",
      UNDER_REVIEW: "A coordinator is reading it. You will hear about the outcome the same way.",
      NEEDS_INFO: "A coordinator needs more information. Please read the comment below, edit the proposal and submit it again.",
      ACCEPTED: "The proposal was accepted. A coordinator will write in the proposal's thread about the next steps.",
      DECLINED: "The proposal was not taken forward this time, for the reason below. Thank you for proposing.",
      WITHDRAWN: "The partner withdrew the proposal. Nothing needs to be done.",
    },
    reasonLabel: "Comment:",
    changedBy: "Changed by: {{name}}",
    button: "Open the proposal",
  },
  "proposal-message": {
    topic: 'New message on the proposal "{{title}}"',
    preview: "A message from {{author}}",
    introCoordinator: '{{author}}, a coordinator, wrote a message on the proposal no. {{number}} "{{title}}" by {{partner}}.',
    introPartner: '{{author}} of {{partner}} wrote a message on the proposal no. {{number}} "{{title}}".',
    truncated: "(Read the rest on the hub.)",
    replyHint: "To reply, do not answer this e-mail: write on the proposal's page through the button below.",
    button: "Read and reply",
  },
  "proposal-deadline": {
    topic: {
      RESPONSE_DUE: "Proposal No. {{number}} needs its first response soon",
      RESPONSE_OVERDUE: "Proposal No. {{number}} is past its first-response deadline",
      NEEDS_INFO_REMINDER: "Proposal “{{title}}”: we are waiting for your information",
      NEEDS_INFO_CLOSED: "Proposal “{{title}}” has been closed for now",
      NEEDS_INFO_CLOSED_STAFF: "Proposal No. {{number}} was closed after no reply",
    },
    body: {
      RESPONSE_DUE:
        "{{partner}}’s proposal No. {{number}}, “{{title}}”, has not had its first response yet. Please start the review or reply in its thread by {{due}}.",
      RESPONSE_OVERDUE:
        "The first response to {{partner}}’s proposal No. {{number}}, “{{title}}”, was due on {{due}}. Assigned to: {{assignee}}. Please check with them how it stands.",
      NEEDS_INFO_REMINDER:
        "The coordinators are waiting for the information they asked for on proposal No. {{number}}, “{{title}}”. If we do not hear from you by {{due}}, the proposal will be closed for now. If the timing does not suit you, a short note in the thread is enough.",
      NEEDS_INFO_CLOSED:
        "Proposal No. {{number}}, “{{title}}”, has been closed for now, as we had not heard from you for a while. We understand that things come up. You are welcome to send a new proposal whenever you are ready.",
      NEEDS_INFO_CLOSED_STAFF:
        "{{partner}}’s proposal No. {{number}}, “{{title}}”, was closed by the hub: the request for more information went unanswered until its deadline ({{due}}).",
    },
    unassigned: "nobody",
    button: "Open the proposal",
  },
};

export default emails;
