// The organisations pages' loaders and actions (routes stay thin): who may open what (members; coordinators
// read-only; owners for changes), each form's schema on the server, and refusals answered with the failure's
// status (403/404/409/429, see failureStatus) and a message in the visitor's language, what was typed kept.
import { newSubmissionKey, oncePerSubmission } from "~/kernel/forms/submission-key.server.ts";
import { keptTaxonomyOf } from "~/features/taxonomy/index.server.ts";
import { parseWithZod } from "@conform-to/zod/v4";
import type { Submission, SubmissionResult } from "@conform-to/react";
import { data, redirect } from "@remix-run/node";
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import {
  answerInvitation,
  changeMemberRole,
  getOrganisationForViewer,
  inviteMember,
  leaveOrganisation,
  listMyOrganisations,
  organisationRoleOf,
  peekInvitation,
  pendingInvitationsFor,
  removeMember,
  revokeInvitation,
  transferOwnership,
  type OrganisationActor,
  type InvitationRef,
} from "~/features/partners/organisation.server.ts";
import {
  createOrganisationProfile,
  getPartnerProfileForEdit,
  newPartnerProfileDefaults,
  updatePartnerProfile,
} from "~/features/partners/partner.server.ts";
import type { SessionUser } from "~/kernel/auth/session.server.ts";
import {
  invitationAnswerSchema,
  invitationReplySchema,
  invitationSchema,
  memberRoleSchema,
  removeMemberSchema,
  revokeInvitationSchema,
  transferOwnershipSchema,
} from "~/features/partners/organisation-schemas.ts";
import { endSession, getUser, requestContext, requireUser } from "~/kernel/auth/guards.server.ts";
import { flashHeader, type FlashMessage } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { notFound } from "~/kernel/http.server.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { loadPartnerEditorOptions, submitPartnerProfile } from "./editor-pages.server.ts";
import { invalidReply } from "~/kernel/forms/submission.server.ts";
import { failureInit, type Failure } from "~/kernel/result.ts";

const actorOf = (user: SessionUser): OrganisationActor => ({
  id: user.id,
  displayName: user.displayName,
  email: user.email,
  emailVerified: user.emailVerified,
  roles: user.roles,
});

/** What an organisation page's action answers: which form, its Conform result, a page-level error or a done message. */
export type OrganisationActionData = {
  intent: string;
  result?: SubmissionResult<string[]>;
  error?: string;
  done?: { key: string; values?: Record<string, string> };
};

async function redirectWithFlash(to: string, message: FlashMessage) {
  return redirect(to, { headers: { "Set-Cookie": await flashHeader(message) } });
}

/** A refusal as the page shows it: the form keeps what was typed; a stranger's request is a plain 404. */
async function refusal<T>(request: Request, intent: string, refused: Failure, submission?: Submission<T>) {
  if (refused.reason === "organisations.errors.notFound") notFound();
  const t = await getFixedT(request);
  const retryAfterSeconds = refused.kind === "invalid" ? refused.retryAfterSeconds : undefined;
  const message = t(refused.reason, { minutes: Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60)) });
  return data<OrganisationActionData>(
    { intent, error: message, result: submission?.reply({ formErrors: [message] }) },
    failureInit(refused),
  );
}

function invalid<T>(intent: string, submission: Submission<T>) {
  return data<OrganisationActionData>({ intent, result: invalidReply(submission) }, { status: 400 });
}

async function answer(
  request: Request,
  context: unknown,
  user: SessionUser,
  ref: InvitationRef,
  reply: "accept" | "decline",
  intent: string,
) {
  const outcome = await answerInvitation(actorOf(user), ref, reply, requestContext(request, context));
  if (!outcome.ok) return refusal(request, intent, outcome);
  return reply === "accept"
    ? redirectWithFlash(`/organisations/${outcome.partnerId}`, "organisations.flash.joined")
    : redirectWithFlash("/organisations", "organisations.flash.declined");
}

// ───────────────────────────── /organisations ─────────────────────────────

export async function loadOrganisationsIndex(request: Request) {
  const user = await requireUser(request);
  const [language, organisations, invitations, meta] = await Promise.all([
    getLanguage(request),
    listMyOrganisations(user.id),
    pendingInvitationsFor(user.email),
    translatedMeta(request, { title: "organisations.index.title", description: "organisations.meta.indexDescription" }, { noindex: true }),
  ]);
  return { language, organisations, invitations, meta };
}

/** Accepting or declining one of the invitations listed for the signed-in account. */
export async function organisationsIndexAction(request: Request, context: unknown) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readFormData(request), { schema: invitationReplySchema });
  if (submission.status !== "success") return invalid("reply", submission);
  return answer(request, context, user, { invitationId: submission.value.invitationId }, submission.value.answer, "reply");
}

// ───────────────────────────── /organisations/new ─────────────────────────────

export async function loadNewOrganisation(request: Request) {
  await requireUser(request);
  const language = await getLanguage(request);
  const [options, meta] = await Promise.all([
    loadPartnerEditorOptions(language),
    translatedMeta(request, { title: "organisations.new.title", description: "organisations.meta.newDescription" }, { noindex: true }),
  ]);
  return { language, options, defaultValue: newPartnerProfileDefaults("", language), submissionKey: newSubmissionKey(), meta };
}

/** Creates the organisation with the signed-in user as its first owner (and PARTNER), then opens its page. */
export async function newOrganisationAction(request: Request, context: unknown) {
  const user = await requireUser(request);
  const { ip, origin } = requestContext(request, context);
  const formData = await readFormData(request);
  return oncePerSubmission(formData, user.id, () =>
    submitPartnerProfile(
      formData,
      (content) => createOrganisationProfile({ id: user.id, displayName: user.displayName }, content, { ip, origin }),
      (created) => redirectWithFlash(`/organisations/${created.id}`, "organisations.flash.created"),
    ),
  );
}

// ───────────────────────────── /organisations/$id ─────────────────────────────

export async function loadOrganisationPage(request: Request, id: string | undefined) {
  const user = await requireUser(request);
  const organisation = id ? await getOrganisationForViewer(id, user) : null;
  if (!organisation) notFound();
  const [language, meta] = await Promise.all([
    getLanguage(request),
    translatedMeta(request, { title: "organisations.index.title", description: "organisations.meta.pageDescription" }, { noindex: true }),
  ]);
  return { language, organisation, meta: { ...meta, title: organisation.displayName } };
}

/** Every change on an organisation's page, one intent per form; the model checks who may make it. */
export async function organisationPageAction(request: Request, context: unknown, id: string | undefined) {
  const user = await requireUser(request);
  if (!id) notFound();
  const formData = await readFormData(request);
  const intent = String(formData.get("intent") ?? "");
  const actor = actorOf(user);
  const who = requestContext(request, context);

  switch (intent) {
    case "invite": {
      const submission = parseWithZod(formData, { schema: invitationSchema });
      if (submission.status !== "success") return invalid(intent, submission);
      const outcome = await inviteMember(actor, id, submission.value, who);
      if (!outcome.ok) return refusal(request, intent, outcome, submission);
      // The same answer whether or not the address has an account.
      return data<OrganisationActionData>({
        intent,
        result: submission.reply({ resetForm: true }),
        done: { key: "organisations.done.invited", values: { email: submission.value.email } },
      });
    }
    case "revoke": {
      const submission = parseWithZod(formData, { schema: revokeInvitationSchema });
      if (submission.status !== "success") return invalid(intent, submission);
      const outcome = await revokeInvitation(actor, id, submission.value.invitationId, who);
      if (!outcome.ok) return refusal(request, intent, outcome);
      return data<OrganisationActionData>({ intent, done: { key: "organisations.done.revoked" } });
    }
    case "role": {
      const submission = parseWithZod(formData, { schema: memberRoleSchema });
      if (submission.status !== "success") return invalid(intent, submission);
      const outcome = await changeMemberRole(actor, id, submission.value, who);
      if (!outcome.ok) return refusal(request, intent, outcome);
      return data<OrganisationActionData>({
        intent,
        done: { key: outcome.changed ? "organisations.done.roleChanged" : "organisations.done.roleUnchanged" },
      });
    }
    case "remove": {
      const submission = parseWithZod(formData, { schema: removeMemberSchema });
      if (submission.status !== "success") return invalid(intent, submission);
      const outcome = await removeMember(actor, id, submission.value.userId, who);
      if (!outcome.ok) return refusal(request, intent, outcome);
      return data<OrganisationActionData>({ intent, done: { key: "organisations.done.removed" } });
    }
    case "transfer": {
      const submission = parseWithZod(formData, { schema: transferOwnershipSchema });
      if (submission.status !== "success") return invalid(intent, submission);
      const outcome = await transferOwnership(actor, id, submission.value.userId, who);
      if (!outcome.ok) return refusal(request, intent, outcome, submission);
      return data<OrganisationActionData>({
        intent,
        result: submission.reply({ resetForm: true }),
        done: { key: "organisations.done.transferred" },
      });
    }
    case "leave": {
      const outcome = await leaveOrganisation(actor, id, who);
      if (!outcome.ok) return refusal(request, intent, outcome);
      return redirectWithFlash("/organisations", "organisations.flash.left");
    }
    default:
      return data<OrganisationActionData>({ intent, error: (await getFixedT(request))("validation.invalidChoice") }, { status: 400 });
  }
}

// ───────────────────────────── /organisations/$id/profile ─────────────────────────────

/** Owners only: members who are not owners get 403, everyone else (coordinators included) 404. */
async function requireOrganisationOwner(request: Request, id: string | undefined) {
  const user = await requireUser(request);
  const membership = id ? await organisationRoleOf(id, user.id) : null;
  if (!id || !membership?.role) notFound();
  if (membership.role !== "OWNER") throw new Response("Forbidden", { status: 403, statusText: "Forbidden" });
  return { user, id, displayName: membership.displayName };
}

export async function loadOrganisationProfileEditor(request: Request, organisationId: string) {
  const { id } = await requireOrganisationOwner(request, organisationId);
  const language = await getLanguage(request);
  const [stored, meta] = await Promise.all([
    getPartnerProfileForEdit(id),
    translatedMeta(
      request,
      { title: "organisations.meta.profileTitle", description: "organisations.meta.pageDescription" },
      { noindex: true },
    ),
  ]);
  if (!stored) notFound();
  const options = await loadPartnerEditorOptions(language, keptTaxonomyOf(stored.values));
  return {
    language,
    options,
    profile: { id: stored.id, isPublic: stored.isPublic, version: stored.version, contactEmailStatus: stored.contactEmailStatus },
    defaultValue: stored.values,
    meta,
  };
}

export async function organisationProfileAction(request: Request, context: unknown, organisationId: string) {
  const { user, id } = await requireOrganisationOwner(request, organisationId);
  const { ip, origin } = requestContext(request, context);
  return submitPartnerProfile(
    await readFormData(request),
    (content, expectedVersion) =>
      updatePartnerProfile({ id: user.id, displayName: user.displayName }, id, expectedVersion, content, { ip, origin }),
    () => redirectWithFlash(`/organisations/${id}`, "organisations.flash.profileSaved"),
  );
}

// ───────────────────────────── /invitations/$token ─────────────────────────────

/**
 * What an invitation link shows. Nothing is used up by opening it (mail scanners fetch links): answering is a
 * POST by the signed-in account with the invited address.
 */
export async function loadInvitation(request: Request, token: string | undefined) {
  const [user, language, meta] = await Promise.all([
    getUser(request),
    getLanguage(request),
    translatedMeta(
      request,
      { title: "organisations.invitation.title", description: "organisations.meta.invitationDescription" },
      { noindex: true },
    ),
  ]);
  const invitation = token ? await peekInvitation(token) : null;
  const path = `/invitations/${token ?? ""}`;
  if (!invitation) return { language, meta, path, invitation: null, viewer: null };
  const viewer = !user
    ? ({ state: "anonymous" } as const)
    : user.email === invitation.email
      ? ({ state: "invited", alreadyMember: Boolean((await organisationRoleOf(invitation.organisation.id, user.id))?.role) } as const)
      : ({ state: "otherAccount", email: user.email } as const);
  return {
    language,
    meta,
    path,
    invitation: {
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      organisationName: invitation.organisation.displayName,
      inviterName: invitation.inviterName,
    },
    viewer,
  };
}

export async function invitationAction(request: Request, context: unknown, token: string | undefined) {
  const formData = await readFormData(request);
  const path = `/invitations/${token ?? ""}`;
  if (formData.get("intent") === "switch-account") {
    // Signing out to answer with the invited account: back to this link after signing in.
    const headers = await endSession(request);
    const invitation = token ? await peekInvitation(token) : null;
    const next = new URLSearchParams({ redirectTo: path, ...(invitation ? { email: invitation.email } : {}) });
    return redirect(`/login?${next}`, { headers });
  }
  const user = await requireUser(request);
  const submission = parseWithZod(formData, { schema: invitationAnswerSchema });
  if (submission.status !== "success") return invalid("answer", submission);
  return answer(request, context, user, { token: token ?? "" }, submission.value.answer, "answer");
}
