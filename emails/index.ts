// The registry of e-mail templates: one entry per template with its subject line, its React component and
// sample props for the preview page. Rendering goes through renderEmail so the HTML and the plain-text part
// of a message always come from the same element.
import { render } from "@react-email/render";
import { createElement, type ReactElement } from "react";
import AccountExists, * as accountExists from "./account-exists.tsx";
import ChangeEmail, * as changeEmail from "./change-email.tsx";
import EmailChanged, * as emailChanged from "./email-changed.tsx";
import IntroductionNotice, * as introductionNotice from "./introduction-notice.tsx";
import EngagementCheckIn, * as engagementCheckIn from "./engagement-check-in.tsx";
import EngagementReflection, * as engagementReflection from "./engagement-reflection.tsx";
import EngagementScope, * as engagementScope from "./engagement-scope.tsx";
import MatchIntroduction, * as matchIntroduction from "./match-introduction.tsx";
import ModerationNotice, * as moderationNotice from "./moderation-notice.tsx";
import Notification, * as notification from "./notification.tsx";
import NotificationDigest, * as notificationDigest from "./notification-digest.tsx";
import OrganisationInvitation, * as organisationInvitation from "./organisation-invitation.tsx";
import OrganisationInvitationAnswered, * as organisationInvitationAnswered from "./organisation-invitation-answered.tsx";
import PartnerAccountDeleted, * as partnerAccountDeleted from "./partner-account-deleted.tsx";
import PartnerContactEmail, * as partnerContactEmail from "./partner-contact-email.tsx";
import PasswordChanged, * as passwordChanged from "./password-changed.tsx";
import PasswordReset, * as passwordReset from "./password-reset.tsx";
import ProposalAssigned, * as proposalAssigned from "./proposal-assigned.tsx";
import ProposalDeadline, * as proposalDeadline from "./proposal-deadline.tsx";
import ProposalMessage, * as proposalMessage from "./proposal-message.tsx";
import ProposalStatusChanged, * as proposalStatusChanged from "./proposal-status-changed.tsx";
import SignInLink, * as signInLink from "./sign-in-link.tsx";
import VerifyEmail, * as verifyEmail from "./verify-email.tsx";
import type { EmailLanguage } from "./strings.ts";

export type { EmailLanguage } from "./strings.ts";

type TemplateDefinition<Props> = {
  subject: (language: EmailLanguage, props: Props) => string;
  component: (props: Props & { language: EmailLanguage }) => ReactElement;
  previewProps: Props;
};

function define<Props>(
  component: TemplateDefinition<Props>["component"],
  module: { subject: TemplateDefinition<Props>["subject"]; previewProps: Props },
): TemplateDefinition<Props> {
  return { component, subject: module.subject, previewProps: module.previewProps };
}

export const emailTemplates = {
  "verify-email": define(VerifyEmail, verifyEmail),
  "sign-in-link": define(SignInLink, signInLink),
  "password-reset": define(PasswordReset, passwordReset),
  "change-email": define(ChangeEmail, changeEmail),
  "email-changed": define(EmailChanged, emailChanged),
  "password-changed": define(PasswordChanged, passwordChanged),
  "account-exists": define(AccountExists, accountExists),
  "partner-account-deleted": define(PartnerAccountDeleted, partnerAccountDeleted),
  "partner-contact-email": define(PartnerContactEmail, partnerContactEmail),
  "organisation-invitation": define(OrganisationInvitation, organisationInvitation),
  "organisation-invitation-answered": define(OrganisationInvitationAnswered, organisationInvitationAnswered),
  "proposal-assigned": define(ProposalAssigned, proposalAssigned),
  "proposal-status-changed": define(ProposalStatusChanged, proposalStatusChanged),
  "proposal-message": define(ProposalMessage, proposalMessage),
  "proposal-deadline": define(ProposalDeadline, proposalDeadline),
  "match-introduction": define(MatchIntroduction, matchIntroduction),
  "introduction-notice": define(IntroductionNotice, introductionNotice),
  "engagement-scope": define(EngagementScope, engagementScope),
  "engagement-check-in": define(EngagementCheckIn, engagementCheckIn),
  "engagement-reflection": define(EngagementReflection, engagementReflection),
  notification: define(Notification, notification),
  "notification-digest": define(NotificationDigest, notificationDigest),
  "moderation-notice": define(ModerationNotice, moderationNotice),
};

export type EmailTemplateName = keyof typeof emailTemplates;

/** The props a template needs (its language is passed separately). */
export type EmailTemplateProps<N extends EmailTemplateName> = (typeof emailTemplates)[N]["previewProps"];

export const emailTemplateNames = Object.keys(emailTemplates) as EmailTemplateName[];

export type RenderedEmail = { subject: string; html: string; text: string };

// html-to-text upper-cases headings by default, which turns English titles into shouting.
const htmlToTextOptions = {
  selectors: [
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
  ],
};

export async function renderEmail<N extends EmailTemplateName>(
  template: N,
  language: EmailLanguage,
  props: EmailTemplateProps<N>,
): Promise<RenderedEmail> {
  // Callers are checked against EmailTemplateProps<N>; TypeScript cannot narrow a registry entry by a generic
  // key, so inside, the entry is handled as taking any props object.
  const definition = emailTemplates[template] as unknown as TemplateDefinition<Record<string, unknown>>;
  const element = createElement(definition.component, { ...(props as Record<string, unknown>), language });
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true, htmlToTextOptions })]);
  return { subject: definition.subject(language, props), html, text: text.trim() };
}
