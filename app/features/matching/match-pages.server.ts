// The coordinators' match pages: the board /coordinate/matches and one match /coordinate/matches/<n> (moves,
// ending with a reason, owner). Every change goes through app/features/matching/match.server.ts; the routes only call these.
import { parseWithZod } from "@conform-to/zod/v4";
import type { Submission } from "@conform-to/react";
import { data, redirect } from "@remix-run/node";
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { findMatchByNumber, getMatchForCoordinator, listMatchBoard } from "~/features/matching/match-board.server.ts";
import { getPartnerMatch, introduceMatch, listPartnerMatches, setContactConsent } from "~/features/matching/match-introduction.server.ts";
import { createMatchFromProposal, moveMatch, setMatchOwner, type MoveMatchResult } from "~/features/matching/match.server.ts";
import { listReviewers } from "~/features/proposals/index.server.ts";
import { getTaxonomyOptions } from "~/features/taxonomy/index.server.ts";
import { loadMatchInitiativePanel, loadMatchParticipation, matchInitiativeAction } from "~/features/initiatives/index.server.ts";
import {
  matchConsentSchema,
  matchEndSchema,
  matchIntroduceSchema,
  matchMoveSchema,
  matchOwnerSchema,
  parseMatchBoardFilters,
  partnerConsentSchema,
  type MatchIntent,
} from "~/features/matching/match-schemas.ts";
import { requestContext, requirePermission, requireUser } from "~/kernel/auth/guards.server.ts";
import { answerIntroductionForm } from "./introduction-answer-pages.server.ts";
import { flashHeader, type FlashMessage } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { refuse } from "~/kernel/forms/submission.server.ts";
import { notFound } from "~/kernel/http.server.ts";
import { failureStatus } from "~/kernel/result.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";

// ───────────────────────────── The board ─────────────────────────────

export async function loadMatchBoard(request: Request) {
  await requirePermission(request, "match:manage");
  const filters = parseMatchBoardFilters(new URL(request.url).searchParams);
  const language = await getLanguage(request);
  const [board, options, coordinators, meta] = await Promise.all([
    listMatchBoard(filters, language),
    getTaxonomyOptions(language),
    listReviewers(),
    translatedMeta(request, { title: "matching.pipeline.board.title", description: "matching.pipeline.board.lead" }, { noindex: true }),
  ]);
  return { filters, language, ...board, strategies: options.strategies, coordinators, meta };
}

/** "Create match" on an accepted proposal's review page posts here; the coordinator lands on the match. */
export async function matchBoardAction(request: Request, context: unknown) {
  const user = await requirePermission(request, "match:manage");
  const formData = await readFormData(request);
  const proposalNumber = Number(formData.get("proposal"));
  if (
    formData.get("intent") !== "from-proposal" ||
    !Number.isInteger(proposalNumber) ||
    proposalNumber < 1 ||
    proposalNumber > 999_999_999
  ) {
    return data({ error: "validation.invalidChoice" }, { status: 400 });
  }
  const outcome = await createMatchFromProposal({
    proposalNumber,
    actor: { userId: user.id },
    requestContext: requestContext(request, context),
  });
  if (outcome.ok) return done(outcome.match.number, "matching.pipeline.flash.created");
  if (outcome.reason === "open-match-exists" && outcome.existing) return done(outcome.existing, "matching.pipeline.flash.alreadyOpen");
  if (outcome.kind === "not-found") notFound();
  // Not accepted, or not on a challenge: the button is only offered on accepted proposals on a challenge.
  return data({ error: outcome.reason }, { status: failureStatus(outcome) });
}

// ───────────────────────────── One match ─────────────────────────────

export async function loadCoordinatorMatch(request: Request, number: number) {
  const viewer = await requirePermission(request, "match:manage");
  const [language, t] = await Promise.all([getLanguage(request), getFixedT(request)]);
  const match = await getMatchForCoordinator(number, language);
  if (!match) notFound();
  const coordinators = await listReviewers();
  return {
    language,
    viewerId: viewer.id,
    match,
    coordinators,
    meta: {
      title: t("matching.pipeline.page.metaTitle", { number: match.number, partner: match.partner.displayName }),
      description: t("matching.pipeline.board.lead"),
      siteName: t("site.name"),
      language,
      noindex: true,
    },
  };
}

async function done(number: number, message: FlashMessage) {
  return redirect(`/coordinate/matches/${number}`, { headers: { "Set-Cookie": await flashHeader(message) } });
}

/** A refused move, answered on the form that asked for it (what was typed kept). */
function moveRefusal<T>(intent: MatchIntent, submission: Submission<T>, outcome: Exclude<MoveMatchResult, { ok: true }>) {
  if (outcome.kind === "not-found") notFound();
  if (outcome.reason === "conflict") return refuse({ intent }, submission, outcome, { form: ["matching.pipeline.page.conflict"] });
  if (outcome.reason === "reason-required") return refuse({ intent }, submission, outcome, { field: { reason: ["validation.required"] } });
  if (outcome.reason === "partner-gone") return refuse({ intent }, submission, outcome, { form: ["matching.pipeline.page.partnerGone"] });
  // Not possible from the stage the match is in (a hand-made request, or a page long out of date).
  return refuse({ intent }, submission, outcome, { form: ["matching.pipeline.page.notAllowed"] });
}

export async function coordinatorMatchAction(request: Request, context: unknown, number: number) {
  const user = await requirePermission(request, "match:manage");
  const formData = await readFormData(request);
  const ctx = requestContext(request, context);
  const match = await findMatchByNumber(number);
  if (!match) notFound();
  const actor = { userId: user.id };
  const intent = formData.get("intent");

  if (intent === "owner") {
    const submission = parseWithZod(formData, { schema: matchOwnerSchema });
    if (submission.status !== "success") return refuse({ intent: "owner" }, submission, 400);
    const outcome = await setMatchOwner({
      matchId: match.id,
      expectedVersion: submission.value.version,
      ownerId: submission.value.ownerId ?? null,
      actor,
      requestContext: ctx,
    });
    if (outcome.ok) return done(number, outcome.changed ? "matching.pipeline.flash.ownerChanged" : "matching.pipeline.flash.unchanged");
    if (outcome.kind === "not-found") notFound();
    if (outcome.kind === "invalid")
      return refuse({ intent: "owner" }, submission, outcome, { field: { ownerId: ["validation.invalidChoice"] } });
    return refuse({ intent: "owner" }, submission, outcome, { form: ["matching.pipeline.page.conflict"] });
  }

  if (intent === "introduce") {
    const submission = parseWithZod(formData, { schema: matchIntroduceSchema });
    if (submission.status !== "success") return refuse({ intent: "introduce" }, submission, 400);
    const { version, counterpartName, counterpartEmail, counterpartLanguage } = submission.value;
    const outcome = await introduceMatch({
      matchId: match.id,
      expectedVersion: version,
      counterpart: { name: counterpartName, email: counterpartEmail, language: counterpartLanguage },
      actor,
      requestContext: ctx,
    });
    return outcome.ok ? done(number, "matching.introduce.flash.introduced") : moveRefusal("introduce", submission, outcome);
  }
  if (intent === "consent") {
    const submission = parseWithZod(formData, { schema: matchConsentSchema });
    if (submission.status !== "success") return refuse({ intent: "consent" }, submission, 400);
    const outcome = await setContactConsent({
      matchId: match.id,
      consent: true,
      side: "COORDINATOR",
      actor,
      expectedVersion: submission.value.version,
      requestContext: ctx,
    });
    if (outcome.ok) return done(number, "matching.introduce.flash.consentRecorded");
    if (outcome.reason === "conflict")
      return refuse({ intent: "consent" }, submission, outcome, { form: ["matching.pipeline.page.conflict"] });
    notFound();
  }
  if (intent === "end") {
    const submission = parseWithZod(formData, { schema: matchEndSchema });
    if (submission.status !== "success") return refuse({ intent: "end" }, submission, 400);
    const outcome = await moveMatch({
      matchId: match.id,
      expectedVersion: submission.value.version,
      to: "ENDED",
      reason: submission.value.reason,
      actor,
      requestContext: ctx,
    });
    return outcome.ok ? done(number, "matching.pipeline.flash.ended") : moveRefusal("end", submission, outcome);
  }
  const submission = parseWithZod(formData, { schema: matchMoveSchema });
  if (submission.status !== "success") return refuse({ intent: "move" }, submission, 400);
  const outcome = await moveMatch({
    matchId: match.id,
    expectedVersion: submission.value.version,
    to: submission.value.to,
    actor,
    requestContext: ctx,
  });
  return outcome.ok ? done(number, "matching.pipeline.flash.moved") : moveRefusal("move", submission, outcome);
}

/** /coordinate/matches/<n> as the page shows it: the match and, for those who may start one, the initiative panel. */
export async function loadCoordinatorMatchPage(request: Request, number: number) {
  const page = await loadCoordinatorMatch(request, number);
  return { ...page, initiativePanel: await loadMatchInitiativePanel(request, page.match, page.language) };
}

export async function coordinatorMatchPageAction(request: Request, context: unknown, number: number) {
  // The initiative panel's forms (start one, join one) are the initiatives' business.
  const intent = (await readFormData(request.clone())).get("intent");
  if (typeof intent === "string" && intent.startsWith("initiative-")) return matchInitiativeAction(request, context, number);
  return coordinatorMatchAction(request, context, number);
}

// ───────────────────────────── The partner's side (/matches) ─────────────────────────────

export async function loadPartnerMatches(request: Request) {
  const user = await requireUser(request);
  const language = await getLanguage(request);
  const [matches, meta] = await Promise.all([
    listPartnerMatches(user.id, language),
    translatedMeta(request, { title: "matching.partnerSide.list.title", description: "matching.partnerSide.list.lead" }, { noindex: true }),
  ]);
  return { language, matches, meta };
}

export async function loadPartnerMatch(request: Request, number: number) {
  const user = await requireUser(request);
  const [language, t] = await Promise.all([getLanguage(request), getFixedT(request)]);
  // Someone who does not act for the partner gets a 404, like a number never used.
  const match = await getPartnerMatch(number, user.id, language);
  if (!match) notFound();
  return {
    language,
    match,
    meta: {
      title: t("matching.partnerSide.page.metaTitle", { number: match.number, challenge: match.challenge.title }),
      description: t("matching.partnerSide.list.lead"),
      siteName: t("site.name"),
      language,
      noindex: true,
    },
  };
}

export async function partnerMatchAction(request: Request, context: unknown, number: number) {
  const user = await requireUser(request);
  const formData = await readFormData(request);
  const language = await getLanguage(request);
  const match = await getPartnerMatch(number, user.id, language);
  if (!match) notFound();
  if (formData.get("intent") === "answer")
    return answerIntroductionForm(request, context, { formData, matchId: match.id, userId: user.id, back: `/matches/${number}` });
  const submission = parseWithZod(formData, { schema: partnerConsentSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const consent = submission.value.intent === "consent";
  const outcome = await setContactConsent({
    matchId: match.id,
    consent,
    side: "PARTNER",
    actor: { userId: user.id },
    requestContext: requestContext(request, context),
  });
  if (outcome.ok) {
    return redirect(`/matches/${number}`, {
      headers: {
        "Set-Cookie": await flashHeader(consent ? "matching.partnerSide.flash.consented" : "matching.partnerSide.flash.withdrawn"),
      },
    });
  }
  if (outcome.reason === "already-introduced")
    return data(
      { result: submission.reply({ formErrors: ["matching.partnerSide.page.alreadyIntroduced"] }) },
      { status: failureStatus(outcome) },
    );
  notFound();
}

/** /matches/<n> as the page shows it: the match and the initiative it led to, if any. */
export async function loadPartnerMatchPage(request: Request, number: number) {
  const page = await loadPartnerMatch(request, number);
  return { ...page, participation: await loadMatchParticipation(page.match.id, page.language) };
}
