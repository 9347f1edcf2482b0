// The coordinators' review queue /coordinate/proposals and the review page behind /coordinate/proposals/<n>: what
// they load and what the page's one action does (internal note, assignment, start review, ask for information,
// accept/decline, a reply in the thread).
// Status changes go through changeProposalStatus and the thread through postProposalMessage, so the rules,
// events, audit entries and partner mails are the ones the partner side uses too. The route modules only call these.
import { parseWithZod } from "@conform-to/zod/v4";
import type { Submission } from "@conform-to/react";
import { data, redirect } from "@remix-run/node";
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import {
  addProposalNote,
  assignProposal,
  findReviewableProposal,
  getProposalForReview,
  listReviewers,
  listReviewQueue,
} from "~/features/proposals/review.server.ts";
import { changeProposalStatus, type ChangeProposalStatusResult } from "~/features/proposals/proposal-status.server.ts";
import { listProposalMessages, postProposalMessage, threadPageOf } from "~/features/proposals/proposal-thread.server.ts";
import { proposalMessageSchema } from "~/features/proposals/proposal-schemas.ts";
import {
  parseReviewQueueFilters,
  reviewAskSchema,
  reviewAssignSchema,
  reviewDecideSchema,
  reviewNoteSchema,
  reviewStartSchema,
  type ReviewIntent,
} from "~/features/proposals/review-schemas.ts";
import { getTaxonomyOptions } from "~/features/taxonomy/index.server.ts";
import { allowedTransitions, isClosed } from "~/features/proposals/proposal-lifecycle.ts";
import { requestContext, requirePermission } from "~/kernel/auth/guards.server.ts";
import { flashHeader, type FlashMessage } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { newSubmissionKey, oncePerSubmission } from "~/kernel/forms/submission-key.server.ts";
import { refuse } from "~/kernel/forms/submission.server.ts";
import { notFound } from "~/kernel/http.server.ts";
import { renderMarkdown } from "~/kernel/markdown.server.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { daysSince } from "~/kernel/japan-time.ts";

// ───────────────────────────── Loading ─────────────────────────────

export async function loadProposalReview(request: Request, number: number) {
  const viewer = await requirePermission(request, "proposal:review");
  const [language, t] = await Promise.all([getLanguage(request), getFixedT(request)]);
  const proposal = await getProposalForReview(number, language);
  if (!proposal) notFound();
  const [threadPage, reviewers] = await Promise.all([listProposalMessages(proposal.id, threadPageOf(request)), listReviewers()]);
  // The partner who left is named by the pseudonym in their own messages too (decision 0015).
  const thread = proposal.partner.deletedAt
    ? {
        ...threadPage,
        messages: threadPage.messages.map((message) =>
          message.side === "PARTNER" && message.authorName === null ? { ...message, authorName: proposal.partner.displayName } : message,
        ),
      }
    : threadPage;
  const { offer, needs, timeline, team, ...rest } = proposal;
  return {
    language,
    viewerId: viewer.id,
    proposal: {
      ...rest,
      daysInStatus: daysSince(proposal.statusChangedAt, new Date()),
      offerHtml: offer ? renderMarkdown(offer) : "",
      needsHtml: needs ? renderMarkdown(needs) : "",
      timelineHtml: timeline ? renderMarkdown(timeline) : "",
      teamHtml: team ? renderMarkdown(team) : "",
    },
    transitions: allowedTransitions(proposal.status, "COORDINATOR"),
    closed: isClosed(proposal.status),
    thread,
    reviewers,
    // A note or a reply sent twice (double click, back and resend) is added once; each form has its own key.
    submissionKeys: { note: newSubmissionKey(), message: newSubmissionKey() },
    meta: {
      title: t("review.page.metaTitle", { number: proposal.number, title: proposal.title }),
      description: t("review.queue.lead"),
      siteName: t("site.name"),
      language,
      noindex: true,
    },
  };
}

// ───────────────────────────── Acting ─────────────────────────────

async function done(number: number, message: FlashMessage, anchor = "") {
  return redirect(`/coordinate/proposals/${number}${anchor}`, { headers: { "Set-Cookie": await flashHeader(message) } });
}

function statusRefusal<T>(intent: ReviewIntent, submission: Submission<T>, outcome: Exclude<ChangeProposalStatusResult, { ok: true }>) {
  if (outcome.kind === "not-found") notFound();
  if (outcome.reason === "conflict") return refuse({ intent }, submission, outcome, { form: ["review.page.conflict"] });
  if (outcome.reason === "reason-required")
    return refuse({ intent }, submission, outcome, { field: { [intent === "ask" ? "message" : "reason"]: ["validation.required"] } });
  // The move is not possible from the status the proposal is in (a hand-made request, or a page long out of date).
  return refuse({ intent }, submission, outcome, { form: ["review.page.notAllowed"] });
}

export async function proposalReviewAction(request: Request, context: unknown, number: number) {
  const user = await requirePermission(request, "proposal:review");
  const formData = await readFormData(request);
  const { ip, origin } = requestContext(request, context);
  const actor = { id: user.id, displayName: user.displayName };
  const intent = formData.get("intent");

  // Every form names its proposal by the number in the address; a draft or a number never used is a 404.
  const proposal = await findReviewableProposal(number);
  if (!proposal) notFound();
  const coordinator = { userId: user.id, side: "COORDINATOR" as const };

  switch (intent) {
    case "note":
      return oncePerSubmission(formData, user.id, async () => {
        const submission = parseWithZod(formData, { schema: reviewNoteSchema });
        if (submission.status !== "success") return refuse({ intent: "note" }, submission, 400);
        const outcome = await addProposalNote(actor, number, submission.value.body, ip);
        if (!outcome.ok) notFound();
        return done(number, "review.flash.noteAdded", "#notes");
      });
    case "assign": {
      const submission = parseWithZod(formData, { schema: reviewAssignSchema });
      if (submission.status !== "success") return refuse({ intent: "assign" }, submission, 400);
      const outcome = await assignProposal(actor, number, submission.value.version, submission.value.assigneeId ?? null, { origin, ip });
      if (outcome.ok) return done(number, outcome.changed ? "review.flash.assigned" : "review.flash.unchanged");
      if (outcome.kind === "not-found") notFound();
      if (outcome.kind === "invalid")
        return refuse({ intent: "assign" }, submission, outcome, { field: { assigneeId: ["review.page.notReviewer"] } });
      return refuse({ intent: "assign" }, submission, outcome, { form: ["review.page.conflict"] });
    }
    case "start": {
      const submission = parseWithZod(formData, { schema: reviewStartSchema });
      if (submission.status !== "success") return refuse({ intent: "start" }, submission, 400);
      const outcome = await changeProposalStatus({
        proposalId: proposal.id,
        expectedVersion: submission.value.version,
        to: "UNDER_REVIEW",
        actor: coordinator,
        requestContext: { ip, origin },
      });
      if (!outcome.ok) return statusRefusal("start", submission, outcome);
      // Whoever starts the review owns it while nobody else does. Someone assigning it meanwhile wins (a conflict
      // here changes nothing and needs no answer: the review has started either way).
      if (!proposal.assigneeId) await assignProposal(actor, number, outcome.version, user.id, { origin, ip });
      return done(number, "review.flash.reviewStarted");
    }
    case "ask": {
      const submission = parseWithZod(formData, { schema: reviewAskSchema });
      if (submission.status !== "success") return refuse({ intent: "ask" }, submission, 400);
      const outcome = await changeProposalStatus({
        proposalId: proposal.id,
        expectedVersion: submission.value.version,
        to: "NEEDS_INFO",
        actor: coordinator,
        reason: submission.value.message,
        requestContext: { ip, origin },
      });
      if (!outcome.ok) return statusRefusal("ask", submission, outcome);
      return done(number, "review.flash.infoRequested");
    }
    case "decide": {
      const submission = parseWithZod(formData, { schema: reviewDecideSchema });
      if (submission.status !== "success") return refuse({ intent: "decide" }, submission, 400);
      const outcome = await changeProposalStatus({
        proposalId: proposal.id,
        expectedVersion: submission.value.version,
        to: submission.value.decision,
        actor: coordinator,
        reason: submission.value.reason,
        requestContext: { ip, origin },
      });
      if (!outcome.ok) return statusRefusal("decide", submission, outcome);
      return done(number, submission.value.decision === "ACCEPTED" ? "review.flash.accepted" : "review.flash.declined");
    }
    case "message":
      return oncePerSubmission(formData, user.id, async () => {
        const submission = parseWithZod(formData, { schema: proposalMessageSchema });
        if (submission.status !== "success") return refuse({ intent: "message" }, submission, 400);
        const outcome = await postProposalMessage({
          proposalId: proposal.id,
          author: coordinator,
          body: submission.value.body,
          requestContext: { ip, origin },
        });
        if (!outcome.ok) {
          if (outcome.reason === "invalid-body")
            return refuse({ intent: "message" }, submission, outcome, { field: { body: ["validation.required"] } });
          notFound();
        }
        return done(number, "review.flash.messageSent", "#thread");
      });
    default:
      // No form of this page sends anything else.
      return data({ intent: null, result: null, conflict: null }, { status: 400 });
  }
}

// ───────────────────────────── The queue (/coordinate/proposals) ─────────────────────────────

export async function loadReviewQueue(request: Request) {
  const user = await requirePermission(request, "proposal:review");
  const filters = parseReviewQueueFilters(new URL(request.url).searchParams);
  const language = await getLanguage(request);
  const [queue, options, meta] = await Promise.all([
    listReviewQueue(filters, user, language),
    getTaxonomyOptions(language),
    translatedMeta(request, { title: "review.queue.title", description: "review.queue.lead" }, { noindex: true }),
  ]);
  return {
    filters,
    language,
    ...queue,
    strategies: options.strategies,
    fields: options.fields,
    meta,
  };
}
