// The partner's proposal pages behind /proposals, /proposals/new, /proposals/<n> and /proposals/<n>/edit: what
// they load and what their actions do. Route modules only call these. Everything is scoped to the partners the
// signed-in user acts for; another partner's proposal is a 404, exactly like one that does not exist.
import { newSubmissionKey, oncePerSubmission } from "~/kernel/forms/submission-key.server.ts";
import { parseWithZod } from "@conform-to/zod/v4";
import type { Submission } from "@conform-to/react";
import { redirect } from "@remix-run/node";
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import type { Language } from "~/kernel/i18n/config.ts";
import { getChallengeForPage } from "~/features/challenges/index.server.ts";
import { getPartnerOptionsForUser } from "~/features/partners/index.server.ts";
import {
  createProposalDraft,
  deleteProposalDraft,
  findPartnerProposal,
  getProposalForPartnerMember,
  listProposalsForUser,
  proposalContentFromForm,
  updateProposal,
  type ProposalWriteResult,
} from "~/features/proposals/proposal.server.ts";
import { changeProposalStatus } from "~/features/proposals/proposal-status.server.ts";
import { postProposalMessage, threadPageOf } from "~/features/proposals/proposal-thread.server.ts";
import { getTaxonomyOptions, strategiesWithFields } from "~/features/taxonomy/index.server.ts";
import type { SessionUser } from "~/kernel/auth/session.server.ts";
import { partnerProposalActionSchema, proposalFormSchema, proposalMessageSchema } from "~/features/proposals/proposal-schemas.ts";
import { requestContext, requirePermission, requireUser } from "~/kernel/auth/guards.server.ts";
import { flashHeader, type FlashMessage } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { refuse } from "~/kernel/forms/submission.server.ts";
import { notFound } from "~/kernel/http.server.ts";
import { renderMarkdown } from "~/kernel/markdown.server.ts";
import { hasPermission } from "~/kernel/auth/permissions.ts";
import { allowedTransitions, isEditableByPartner, type ProposalStatusName } from "./proposal-lifecycle.ts";

async function goTo(path: string, message: FlashMessage) {
  return redirect(path, { headers: { "Set-Cookie": await flashHeader(message) } });
}

// ───────────────────────────── /proposals ─────────────────────────────

export async function loadProposalList(request: Request) {
  const user = await requireUser(request);
  const [language, t] = await Promise.all([getLanguage(request), getFixedT(request)]);
  const proposals = await listProposalsForUser(user.id, language);
  return {
    language,
    proposals,
    canPropose: hasPermission(user.roles, "proposal:create"),
    meta: {
      title: t("proposals.list.title"),
      description: t("proposals.list.description"),
      siteName: t("site.name"),
      language,
      noindex: true,
    },
  };
}

// ───────────────────────────── The editor (new and edit) ─────────────────────────────

/** Strategies with their fields, for a free proposal's two selects. */
async function strategyOptions(language: Language) {
  return strategiesWithFields(await getTaxonomyOptions(language));
}

export type ProposalStrategyOption = Awaited<ReturnType<typeof strategyOptions>>[number];

/**
 * Who may start a proposal: someone signed in with a partner profile (their own, or an organisation's) and the
 * permission to propose. Without a profile they are sent to create one first.
 */
async function requireProposer(
  request: Request,
): Promise<{ user: SessionUser; partners: Awaited<ReturnType<typeof getPartnerOptionsForUser>> }> {
  const user = await requireUser(request);
  const partners = await getPartnerOptionsForUser(user.id);
  if (partners.length === 0) throw await goTo("/account/partner", "proposals.flash.needProfile");
  if (!hasPermission(user.roles, "proposal:create")) throw new Response("Forbidden", { status: 403, statusText: "Forbidden" });
  return { user, partners };
}

/** The challenge of ?challenge=<n>: null when it does not exist or is not public (404), with `open` false when it takes no proposals. */
async function challengeForProposal(value: string | null, language: Language) {
  if (!value || !/^[1-9]\d{0,8}$/.test(value)) return null;
  const challenge = await getChallengeForPage(Number(value), language, { canSeeUnpublished: false });
  if (!challenge) return null;
  return { number: challenge.number, title: challenge.title, open: challenge.status === "OPEN" };
}

export async function loadNewProposal(request: Request) {
  const { partners } = await requireProposer(request);
  const url = new URL(request.url);
  const [language, t] = await Promise.all([getLanguage(request), getFixedT(request)]);
  const strategies = await strategyOptions(language);
  const challengeParam = url.searchParams.get("challenge");
  const challenge = challengeParam === null ? null : await challengeForProposal(challengeParam, language);
  if (challengeParam !== null && !challenge) notFound();
  const strategyCode = url.searchParams.get("strategy")?.toUpperCase() ?? null;
  const strategy = strategies.find((candidate) => candidate.code === strategyCode) ?? null;
  const mode = challenge ? (challenge.open ? "challenge" : "closed") : strategy ? "free" : "choose";
  return {
    language,
    mode,
    challenge,
    strategies,
    partners,
    submissionKey: newSubmissionKey(),
    defaultValue: {
      version: "0",
      partnerId: partners[0]!.id,
      ...(challenge ? { challengeNumber: String(challenge.number) } : {}),
      ...(strategy ? { strategyCode: strategy.code } : {}),
    } as Record<string, string>,
    meta: {
      title: t("proposals.new.title"),
      description: t("proposals.new.description"),
      siteName: t("site.name"),
      language,
      noindex: true,
    },
  };
}

function writeRefusal<T>(submission: Submission<T>, outcome: Exclude<ProposalWriteResult, { ok: true }>) {
  if (outcome.kind === "not-found") notFound();
  if (outcome.kind === "invalid") return refuse({}, submission, outcome, { field: { [outcome.field]: [outcome.reason] } });
  if (outcome.reason === "not-editable") return refuse({}, submission, outcome, { form: ["proposals.form.notEditable"] });
  return refuse({}, submission, outcome, { form: [] });
}

/**
 * After a save with intent=submit: the proposal goes to the coordinators (first submission, or resubmission
 * after NEEDS_INFO). If that fails (someone moved it meanwhile), the text is saved anyway and the page says so.
 */
async function submitAfterSave(
  user: SessionUser,
  saved: { id: string; number: number; version: number; status: ProposalStatusName },
  context: { ip: string; origin: string },
) {
  const outcome = await changeProposalStatus({
    proposalId: saved.id,
    expectedVersion: saved.version,
    to: "SUBMITTED",
    actor: { userId: user.id, side: "PARTNER" },
    requestContext: context,
  });
  if (outcome.ok)
    return goTo(`/proposals/${saved.number}`, saved.status === "NEEDS_INFO" ? "proposals.flash.resubmitted" : "proposals.flash.submitted");
  return goTo(`/proposals/${saved.number}`, "proposals.flash.saved");
}

export async function newProposalAction(request: Request, context: unknown) {
  const { user } = await requireProposer(request);
  const formData = await readFormData(request);
  return oncePerSubmission(formData, user.id, () => createProposalFromForm(request, context, user, formData));
}

async function createProposalFromForm(
  request: Request,
  context: unknown,
  user: Awaited<ReturnType<typeof requireProposer>>["user"],
  formData: FormData,
) {
  const submission = parseWithZod(formData, { schema: proposalFormSchema });
  if (submission.status !== "success") return refuse({}, submission, 400);
  const values = submission.value;
  const ctx = requestContext(request, context);
  const created = await createProposalDraft(
    { userId: user.id, displayName: user.displayName },
    { ...proposalContentFromForm(values), partnerId: values.partnerId, challengeNumber: values.challengeNumber },
    ctx,
  );
  if (!created.ok) return writeRefusal(submission, created);
  if (values.intent === "submit") return submitAfterSave(user, created, ctx);
  return goTo(`/proposals/${created.number}/edit`, "proposals.flash.created");
}

export async function loadProposalEditor(request: Request, number: number) {
  const user = await requireUser(request);
  const language = await getLanguage(request);
  const proposal = await getProposalForPartnerMember(number, user.id, language);
  if (!proposal) notFound();
  const [strategies, t] = await Promise.all([strategyOptions(language), getFixedT(request)]);
  return {
    language,
    strategies,
    proposal: {
      number: proposal.number,
      status: proposal.status,
      version: proposal.version,
      title: proposal.title,
      partner: proposal.partner,
      target: proposal.target,
      infoRequest: proposal.infoRequest,
    },
    editable: isEditableByPartner(proposal.status) && hasPermission(user.roles, "proposal:create"),
    defaultValue: {
      version: String(proposal.version),
      title: proposal.title,
      offer: proposal.offer,
      needs: proposal.needs,
      timeline: proposal.timeline,
      team: proposal.team,
      showPartnerPublicly: proposal.showPartnerPublicly ? "on" : "",
      ...(proposal.target.kind === "free"
        ? {
            strategyCode: proposal.target.strategyCode,
            fieldNumber: proposal.target.fieldNumber === null ? "" : String(proposal.target.fieldNumber),
          }
        : {}),
    } as Record<string, string>,
    meta: {
      title: t("proposals.form.editTitle", { title: proposal.title }),
      description: t("proposals.form.editLead"),
      siteName: t("site.name"),
      language,
      noindex: true,
    },
  };
}

export async function editProposalAction(request: Request, context: unknown, number: number) {
  const user = await requirePermission(request, "proposal:create");
  const formData = await readFormData(request);
  // Another partner's proposal is a 404 whatever the form holds.
  if (!(await findPartnerProposal(number, user.id))) notFound();
  const submission = parseWithZod(formData, { schema: proposalFormSchema });
  if (submission.status !== "success") return refuse({}, submission, 400);
  const values = submission.value;
  const ctx = requestContext(request, context);
  const saved = await updateProposal(
    { userId: user.id, displayName: user.displayName },
    number,
    values.version,
    proposalContentFromForm(values),
    ctx,
  );
  if (!saved.ok) return writeRefusal(submission, saved);
  if (values.intent === "submit") return submitAfterSave(user, saved, ctx);
  return goTo(`/proposals/${number}`, "proposals.flash.saved");
}

// ───────────────────────────── /proposals/<n> ─────────────────────────────

export async function loadProposalDetail(request: Request, number: number) {
  const user = await requireUser(request);
  const language = await getLanguage(request);
  const proposal = await getProposalForPartnerMember(number, user.id, language, threadPageOf(request));
  if (!proposal) notFound();
  const t = await getFixedT(request);
  const canAct = hasPermission(user.roles, "proposal:create");
  const moves = canAct ? allowedTransitions(proposal.status, "PARTNER") : [];
  const { offer, needs, timeline, team, id: _id, ...rest } = proposal;
  return {
    language,
    proposal: {
      ...rest,
      offerHtml: offer ? renderMarkdown(offer) : "",
      needsHtml: needs ? renderMarkdown(needs) : "",
      timelineHtml: timeline ? renderMarkdown(timeline) : "",
      teamHtml: team ? renderMarkdown(team) : "",
    },
    actions: {
      edit: canAct && isEditableByPartner(proposal.status),
      submit: moves.includes("SUBMITTED"),
      withdraw: moves.includes("WITHDRAWN"),
      delete: canAct && proposal.status === "DRAFT",
    },
    canReply: canAct && proposal.status !== "DRAFT",
    // The reply form's submission key: a reply sent twice (double click, back and resend) is posted once.
    messageSubmissionKey: newSubmissionKey(),
    meta: {
      title: `${t("proposals.detail.numberLabel", { number: proposal.number })} ${proposal.title}`,
      description: t(`proposals.statusHint.${proposal.status}`),
      siteName: t("site.name"),
      language,
      noindex: true,
    },
  };
}

/** The page's forms: a reply in the thread (intent=message), or submit / withdraw / delete. */
export async function proposalDetailAction(request: Request, context: unknown, number: number) {
  const user = await requirePermission(request, "proposal:create");
  const formData = await readFormData(request);
  const proposal = await findPartnerProposal(number, user.id);
  if (!proposal) notFound();
  const ctx = requestContext(request, context);

  // A reply carries its page's submission key: sent twice, it is posted (and mailed) once.
  if (formData.get("intent") === "message")
    return oncePerSubmission(formData, user.id, async () => {
      const submission = parseWithZod(formData, { schema: proposalMessageSchema });
      if (submission.status !== "success") return refuse({ intent: "message" }, submission, 400);
      const posted = await postProposalMessage({
        proposalId: proposal.id,
        author: { userId: user.id, side: "PARTNER" },
        body: submission.value.body,
        requestContext: ctx,
      });
      if (posted.ok) return goTo(`/proposals/${number}#thread`, "proposals.flash.messageSent");
      if (posted.kind === "not-found") notFound();
      return refuse({ intent: "message" }, submission, posted, {
        form: [posted.reason === "draft" ? "proposals.thread.draftClosed" : "proposals.thread.notPosted"],
      });
    });

  const submission = parseWithZod(formData, { schema: partnerProposalActionSchema });
  if (submission.status !== "success") return refuse({ intent: "status" }, submission, 400);
  const { intent, version } = submission.value;
  if (intent === "delete") {
    const outcome = await deleteProposalDraft({ userId: user.id, displayName: user.displayName }, number, version, ctx);
    if (outcome.ok) return goTo("/proposals", "proposals.flash.deleted");
    if (outcome.kind === "not-found") notFound();
    if (outcome.reason === "conflict") return refuse({ intent: "status" }, submission, outcome, { form: [] });
    return refuse({ intent: "status" }, submission, outcome, { form: ["proposals.detail.invalidTransition"] });
  }
  // A proposal goes to the coordinators only once it says what is offered.
  if (intent === "submit" && !proposal.hasOffer)
    return refuse({ intent: "status" }, submission, 400, { form: ["proposals.detail.submitIncomplete"] });
  const outcome = await changeProposalStatus({
    proposalId: proposal.id,
    expectedVersion: version,
    to: intent === "submit" ? "SUBMITTED" : "WITHDRAWN",
    actor: { userId: user.id, side: "PARTNER" },
    requestContext: ctx,
  });
  if (outcome.ok) {
    const message =
      intent === "withdraw"
        ? "proposals.flash.withdrawn"
        : proposal.status === "NEEDS_INFO"
          ? "proposals.flash.resubmitted"
          : "proposals.flash.submitted";
    return goTo(`/proposals/${number}`, message);
  }
  if (outcome.kind === "not-found") notFound();
  if (outcome.reason === "conflict") return refuse({ intent: "status" }, submission, outcome, { form: [] });
  // A move the lifecycle does not allow from here (partners are never asked for a reason).
  return refuse({ intent: "status" }, submission, 409, { form: ["proposals.detail.invalidTransition"] });
}
