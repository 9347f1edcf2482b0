import type { Translation } from "~/locales/ja.ts";
import type { Shape } from "~/locales/shape.ts";

const mailbox: Shape<Translation["mailbox"]> = {
  title: "Development mailbox",
  lead: "E-mail the system sent in development. Without RESEND_API_KEY nothing leaves this machine: messages arrive only here.",
  filterTo: "Recipient",
  filter: "Filter",
  refresh: "Refresh",
  listCaption: "Messages (newest first, at most 100)",
  time: "Time",
  to: "To",
  subject: "Subject",
  template: "Template",
  status: "Status",
  empty: "No messages yet.",
  messageHeading: "Message",
  close: "Close",
  notFound: "Message not found.",
  providerId: "Provider ID",
  attempts: "Attempts",
  lastError: "Last error",
  links: "Links in the message",
  htmlVersion: "HTML version",
  textVersion: "Text version",
  frameTitle: "Message (HTML version): {{subject}}",
};

export default mailbox;
