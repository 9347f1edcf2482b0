// The coordinators' match pages: the board /coordinate/matches and one match /coordinate/matches/<n> (moves,
// ending with a reason, owner). Every change goes through app/models/match.server.ts; the routes only call these.
import { parseWithZod } from "@conform-to/zod/v4";
import type { Submission } from "@conform-to/react";
import { data, redirect } from "@remix-run/node";
import { getFixedT, getLanguage } from "~/i18n/i18next.server.ts";
import { findMatchByNumber, getMatchForCoordinator, listMatchBoard } from "~/models/match-board.server.ts";
import { moveMatch, setMatchOwner, type MatchConflict, type MoveMatchResult } from "~/models/match.server.ts";
import { listReviewers } from "~/models/proposal-review.server.ts";
import { getTaxonomyOptions } from "~/models/taxonomy.server.ts";
import { matchEndSchema, matchMoveSchema, matchOwnerSchema, parseMatchBoardFilters, type MatchIntent } from "~/schemas/match.ts";
import { requestContext, requirePermission } from "./auth.server.ts";
import type { ConflictInfo } from "./challenge-editor.server.ts";
import { flashHeader, type FlashMessage } from "./flash.server.ts";
import { readFormData } from "./forms.server.ts";
import { notFound } from "./http.server.ts";
import { translatedMeta } from "./meta.server.ts";

/** The number in /coordinate/matches/<n> or /matches/<n>, or a 404 for anything else. */
export function matchNumberParam(value: string | undefined): number {
  if (!value || !/^[1-9]\d{0,8}$/.test(value)) notFound();
  return Number(value);
}

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

function conflictInfo(current: MatchConflict): ConflictInfo {
  return { version: current.version, updatedAt: current.changedAt.toISOString(), updatedBy: current.changedBy };
}

/** A 4xx that keeps what was typed (Conform's lastResult), tagged with the form it answers. */
function refuse<T>(intent: MatchIntent, submission: Submission<T>, status: number, errors: { field?: Record<string, string[]>; form?: string[] } = {}, conflict: ConflictInfo | null = null) {
  return data({ intent, result: submission.reply({ fieldErrors: errors.field, formErrors: errors.form }), conflict }, { status });
}

async function done(number: number, message: FlashMessage) {
  return redirect(`/coordinate/matches/${number}`, { headers: { "Set-Cookie": await flashHeader(message) } });
}

function moveRefusal<T>(intent: MatchIntent, submission: Submission<T>, outcome: Exclude<MoveMatchResult, { ok: true }>) {
  if (outcome.reason === "not-found") notFound();
  if (outcome.reason === "conflict") return refuse(intent, submission, 409, { form: ["matching.pipeline.page.conflict"] }, conflictInfo(outcome.current));
  if (outcome.reason === "reason-required") return refuse(intent, submission, 400, { field: { reason: ["validation.required"] } });
  // Not possible from the stage the match is in (a hand-made request, or a page long out of date).
  return refuse(intent, submission, 409, { form: ["matching.pipeline.page.notAllowed"] });
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
    if (submission.status !== "success") return refuse("owner", submission, 400);
    const outcome = await setMatchOwner({ matchId: match.id, expectedVersion: submission.value.version, ownerId: submission.value.ownerId ?? null, actor, requestContext: ctx });
    if (outcome.ok) return done(number, outcome.changed ? "matching.pipeline.flash.ownerChanged" : "matching.pipeline.flash.unchanged");
    if (outcome.reason === "not-found") notFound();
    if (outcome.reason === "not-coordinator") return refuse("owner", submission, 400, { field: { ownerId: ["validation.invalidChoice"] } });
    if (outcome.reason !== "conflict") notFound();
    return refuse("owner", submission, 409, { form: ["matching.pipeline.page.conflict"] }, conflictInfo(outcome.current));
  }

  if (intent === "end") {
    const submission = parseWithZod(formData, { schema: matchEndSchema });
    if (submission.status !== "success") return refuse("end", submission, 400);
    const outcome = await moveMatch({ matchId: match.id, expectedVersion: submission.value.version, to: "ENDED", reason: submission.value.reason, actor, requestContext: ctx });
    return outcome.ok ? done(number, "matching.pipeline.flash.ended") : moveRefusal("end", submission, outcome);
  }
  const submission = parseWithZod(formData, { schema: matchMoveSchema });
  if (submission.status !== "success") return refuse("move", submission, 400);
  const outcome = await moveMatch({ matchId: match.id, expectedVersion: submission.value.version, to: submission.value.to, actor, requestContext: ctx });
  return outcome.ok ? done(number, "matching.pipeline.flash.moved") : moveRefusal("move", submission, outcome);
}
