// The engagement pages: the coordinators' /coordinate/engagements (attention list, start from a match, verify an
// activity), the partner's /engagements, one engagement /engagements/<n> (scope, confirmations, check-ins,
// completion, reflections; coordinators may act for the host), and the signed-out /engagement-links/<token> the host
// (and the partner) reach from e-mail. Every change goes through the engagement*.server.ts commands.
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import type { Language } from "~/kernel/i18n/config.ts";
import { requestContext, requirePermission, requireUser } from "~/kernel/auth/guards.server.ts";
import { flashHeader, type FlashMessage } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { refuse } from "~/kernel/forms/submission.server.ts";
import { notFound } from "~/kernel/http.server.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { verifyRecordLink } from "~/kernel/signed-token.server.ts";
import { isUuid } from "~/kernel/params.server.ts";
import { prisma } from "~/kernel/db.server.ts";
import type { Failure } from "~/kernel/result.ts";
import {
  engagementAccess,
  listEngagementTemplates,
  sendScopeForConfirmation,
  startEngagement,
  confirmScope,
  updateScope,
  type EngagementActor,
} from "./engagement.server.ts";
import { answerCheckIn, listAttention, openCheckInOf } from "./check-in.server.ts";
import {
  closeEngagement,
  endEngagementEarly,
  markEngagementDone,
  reflectionsFor,
  submitReflection,
} from "./engagement-completion.server.ts";
import { verifyActivity } from "./contribution.server.ts";
import {
  getEngagementDetail,
  listEngagements,
  listEngagementsOfUser,
  listRecordablePartners,
  listStartableMatches,
} from "./engagement-queries.server.ts";
import {
  activitySchema,
  checkInSchema,
  closeSchema,
  confirmSchema,
  endEarlySchema,
  engagementStartSchema,
  markDoneSchema,
  reflectionSchema,
  resendSchema,
  scopeSchema,
} from "./schemas.ts";
import type { EngagementSideName } from "./engagement-rules.ts";

function actorOf(user: { id: string; displayName: string; roles: EngagementActor["roles"] }): EngagementActor {
  return { id: user.id, displayName: user.displayName, roles: user.roles };
}

async function done(path: string, message: FlashMessage) {
  return redirect(path, { status: 303, headers: { "Set-Cookie": await flashHeader(message) } });
}

/** A command's reason as the message to show: its own key, or the engagements' wording of a short code. */
function reasonKey(failure: Failure): string {
  if (failure.reason.includes(".")) return failure.reason;
  if (failure.kind === "conflict" && failure.current) return "engagements.errors.stale";
  const camel = failure.reason.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return `engagements.errors.${camel}`;
}

type Replying = Parameters<typeof refuse>[1];

/** Refuses one of the page's forms with the failure's message (next to its field when it names one). */
function refuseWith(intent: string, submission: Replying, failure: Failure) {
  const field = failure.kind === "invalid" ? failure.field : undefined;
  return refuse(
    { intent, formKey: "" },
    submission,
    failure,
    field ? { field: { [field]: [reasonKey(failure)] } } : { form: [reasonKey(failure)] },
  );
}

// ───────────────────────────── Coordinators ─────────────────────────────

export async function loadCoordinatorEngagements(request: Request) {
  await requirePermission(request, "engagement:manage");
  const language = await getLanguage(request);
  const [attention, engagements, matches, templates, partners, strategies, meta] = await Promise.all([
    listAttention(),
    listEngagements(language),
    listStartableMatches(language),
    listEngagementTemplates(language),
    listRecordablePartners(),
    prisma.strategy.findMany({
      where: { retiredAt: null },
      orderBy: { position: "asc" },
      select: { code: true, nameJa: true, nameEn: true },
    }),
    translatedMeta(request, { title: "engagements.coordinate.title", description: "engagements.coordinate.lead" }, { noindex: true }),
  ]);
  return {
    language,
    attention,
    engagements,
    matches,
    templates,
    partners,
    strategies: strategies.map((strategy) => ({ code: strategy.code, name: language === "en" ? strategy.nameEn : strategy.nameJa })),
    meta,
  };
}

export async function coordinatorEngagementsAction(request: Request, context: unknown) {
  const user = await requirePermission(request, "engagement:manage");
  const actor = actorOf(user);
  const ctx = requestContext(request, context);
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  if (intent === "start") {
    const submission = parseWithZod(formData, { schema: engagementStartSchema });
    if (submission.status !== "success") return refuse({ intent: "start", formKey: "" }, submission, 400);
    const outcome = await startEngagement({
      actor,
      matchNumber: submission.value.matchNumber,
      kind: submission.value.kind,
      language: await getLanguage(request),
      context: ctx,
    });
    if (outcome.ok) return done(`/engagements/${outcome.number}`, "engagements.flash.started");
    // Started already (a second tab, a colleague): its page is where the person wanted to go.
    if (outcome.kind === "conflict" && "number" in outcome) return redirect(`/engagements/${outcome.number}`, { status: 303 });
    return refuseWith("start", submission, outcome);
  }
  if (intent === "activity") {
    const submission = parseWithZod(formData, { schema: activitySchema });
    if (submission.status !== "success") return refuse({ intent: "activity", formKey: "" }, submission, 400);
    const { intent: _intent, ...values } = submission.value;
    const outcome = await verifyActivity({ actor, values, context: ctx });
    if (outcome.ok) return done("/coordinate/engagements", "engagements.flash.activityRecorded");
    return refuseWith("activity", submission, outcome);
  }
  throw data(null, { status: 400 });
}

// ───────────────────────────── Partners' list ─────────────────────────────

export async function loadMyEngagements(request: Request) {
  const user = await requireUser(request);
  const language = await getLanguage(request);
  const [engagements, meta] = await Promise.all([
    listEngagementsOfUser(user.id, language),
    translatedMeta(request, { title: "engagements.mine.title", description: "engagements.mine.lead" }, { noindex: true }),
  ]);
  return { language, engagements, meta };
}

// ───────────────────────────── One engagement ─────────────────────────────

async function accessOrNotFound(request: Request, number: number) {
  const user = await requireUser(request);
  const actor = actorOf(user);
  const access = await engagementAccess(number, actor);
  // Someone who neither acts for the partner nor coordinates gets the same 404 as for a number that does not exist.
  if (!access) notFound();
  return { user, actor, access };
}

export async function loadEngagementPage(request: Request, number: number) {
  const { access } = await accessOrNotFound(request, number);
  const language = await getLanguage(request);
  const t = await getFixedT(request);
  const now = new Date();
  const detail = await getEngagementDetail(access.id, language, now);
  if (!detail) notFound();
  const sides: EngagementSideName[] = access.partner ? ["PARTNER"] : [];
  const [reflections, partnerCheckIn, hostCheckIn] = await Promise.all([
    reflectionsFor(access.id, { sides: access.coordinator ? ["PARTNER", "HOST"] : sides, coordinator: access.coordinator }, now),
    access.partner ? openCheckInOf(access.id, "PARTNER") : Promise.resolve(null),
    access.coordinator ? openCheckInOf(access.id, "HOST") : Promise.resolve(null),
  ]);
  return {
    language,
    engagement: detail,
    viewer: { coordinator: access.coordinator, partner: access.partner },
    reflections,
    openCheckIns: {
      PARTNER: partnerCheckIn ? { id: partnerCheckIn.id, dueOn: partnerCheckIn.dueOn.toISOString().slice(0, 10) } : null,
      HOST: hostCheckIn ? { id: hostCheckIn.id, dueOn: hostCheckIn.dueOn.toISOString().slice(0, 10) } : null,
    },
    meta: { title: detail.scope.title, description: t("engagements.lead"), siteName: t("site.name"), language, noindex: true },
  };
}

export async function engagementPageAction(request: Request, context: unknown, number: number) {
  const { user, actor, access } = await accessOrNotFound(request, number);
  const ctx = requestContext(request, context);
  const formData = await readFormData(request);
  const intent = String(formData.get("intent") ?? "");
  const path = `/engagements/${number}`;
  // Which side the person acts for: the partner's own members for the partner; coordinators for the host.
  const asSide = (requested: FormDataEntryValue | null): EngagementSideName | null => {
    if (requested === "HOST") return access.coordinator ? "HOST" : null;
    if (requested === "PARTNER") return access.partner ? "PARTNER" : null;
    return null;
  };

  switch (intent) {
    case "scope": {
      const submission = parseWithZod(formData, { schema: scopeSchema });
      if (submission.status !== "success") return refuse({ intent, formKey: "" }, submission, 400);
      const { intent: _intent, ...values } = submission.value;
      const outcome = await updateScope({ actor, number, values, context: ctx });
      if (outcome.ok) return done(path, "engagements.flash.scopeSaved");
      if (outcome.kind === "not-found") notFound();
      return refuseWith(intent, submission, outcome);
    }
    case "resend": {
      const submission = parseWithZod(formData, { schema: resendSchema });
      const outcome = await sendScopeForConfirmation({ actor, number, context: ctx });
      if (outcome.ok) return done(path, "engagements.flash.resent");
      return refuseWith(intent, submission, outcome);
    }
    case "confirm": {
      const submission = parseWithZod(formData, { schema: confirmSchema });
      const side = asSide(formData.get("side"));
      if (submission.status !== "success" || !side) return refuse({ intent, formKey: "" }, submission, 400);
      const outcome = await confirmScope({
        engagementId: access.id,
        side,
        revision: submission.value.revision,
        byName: user.displayName,
        actor,
        context: ctx,
      });
      if (outcome.ok) return done(path, "engagements.flash.confirmed");
      return refuseWith(intent, submission, outcome);
    }
    case "check-in": {
      const submission = parseWithZod(formData, { schema: checkInSchema });
      const side = asSide(formData.get("side"));
      if (submission.status !== "success" || !side) return refuse({ intent, formKey: "" }, submission, 400);
      const open = await openCheckInOf(access.id, side);
      if (!open || open.id !== submission.value.checkInId)
        return refuseWith(intent, submission, { ok: false, kind: "conflict", reason: "already-answered" });
      const outcome = await answerCheckIn({
        checkInId: open.id,
        answer: submission.value.answer,
        note: submission.value.note,
        byName: user.displayName,
      });
      if (outcome.ok) return done(path, "engagements.flash.checkedIn");
      return refuseWith(intent, submission, outcome);
    }
    case "mark-done": {
      const submission = parseWithZod(formData, { schema: markDoneSchema });
      if (submission.status !== "success") return refuse({ intent, formKey: "" }, submission, 400);
      const outcome = await markEngagementDone({ actor, number, version: submission.value.version, context: ctx });
      if (outcome.ok) return done(path, "engagements.flash.markedDone");
      return refuseWith(intent, submission, outcome);
    }
    case "end-early": {
      const submission = parseWithZod(formData, { schema: endEarlySchema });
      if (submission.status !== "success") return refuse({ intent, formKey: "" }, submission, 400);
      const outcome = await endEngagementEarly({
        actor,
        number,
        version: submission.value.version,
        reason: submission.value.reason,
        context: ctx,
      });
      if (outcome.ok) return done(path, "engagements.flash.endedEarly");
      return refuseWith(intent, submission, outcome);
    }
    case "close": {
      const submission = parseWithZod(formData, { schema: closeSchema });
      if (submission.status !== "success") return refuse({ intent, formKey: "" }, submission, 400);
      const outcome = await closeEngagement({ actor, number, version: submission.value.version, context: ctx });
      if (outcome.ok) return done(path, "engagements.flash.closed");
      return refuseWith(intent, submission, outcome);
    }
    case "reflection": {
      const submission = parseWithZod(formData, { schema: reflectionSchema });
      const side = asSide(formData.get("side"));
      if (submission.status !== "success" || !side) return refuse({ intent, formKey: "" }, submission, 400);
      const { intent: _intent, wouldWorkAgain, ...values } = submission.value;
      const outcome = await submitReflection({
        engagementId: access.id,
        side,
        values: { ...values, wouldWorkAgain: wouldWorkAgain === "yes" },
        authorName: user.displayName,
      });
      if (outcome.ok) return done(path, "engagements.flash.reflected");
      return refuseWith(intent, submission, outcome);
    }
    default:
      throw data(null, { status: 400 });
  }
}

// ───────────────────────────── Signed links (no sign-in) ─────────────────────────────

type LinkSubject =
  | { kind: "scope"; engagementId: string; revision: number }
  | { kind: "check-in"; checkInId: string }
  | { kind: "reflection"; engagementId: string };

async function readLink(token: string): Promise<LinkSubject | null> {
  const subject = await verifyRecordLink(token);
  if (!subject) return null;
  const [kind, id, revision] = subject.split(":");
  if (!isUuid(id)) return null;
  if (kind === "scope" && Number.isInteger(Number(revision)) && Number(revision) >= 1)
    return { kind, engagementId: id, revision: Number(revision) };
  if (kind === "check-in") return { kind, checkInId: id };
  if (kind === "reflection") return { kind, engagementId: id };
  return null;
}

/** What the link's page shows; null for an invalid link (the page says so with a 404). */
async function linkState(subject: LinkSubject, language: Language) {
  if (subject.kind === "check-in") {
    const checkIn = await prisma.engagementCheckIn.findUnique({
      where: { id: subject.checkInId },
      select: { side: true, dueOn: true, answeredAt: true, answer: true, engagement: { select: { id: true, status: true } } },
    });
    if (!checkIn) return null;
    const detail = await getEngagementDetail(checkIn.engagement.id, language);
    return {
      kind: "check-in" as const,
      detail: detail!,
      side: checkIn.side as EngagementSideName,
      dueOn: checkIn.dueOn.toISOString().slice(0, 10),
      answered: Boolean(checkIn.answeredAt),
      open: checkIn.engagement.status === "ACTIVE",
    };
  }
  const detail = await getEngagementDetail(subject.engagementId, language);
  if (!detail) return null;
  if (subject.kind === "scope") {
    return {
      kind: "scope" as const,
      detail,
      revision: subject.revision,
      current: detail.scopeRevision === subject.revision && (detail.status === "SCOPING" || detail.status === "ACTIVE"),
      confirmed: detail.confirmations.HOST.revision === subject.revision,
    };
  }
  const reflected = await prisma.engagementReflection.count({ where: { engagementId: subject.engagementId, side: "HOST" } });
  return { kind: "reflection" as const, detail, answered: reflected > 0, open: detail.status === "REFLECTING" };
}

export async function loadEngagementLink(request: Request, token: string) {
  const language = await getLanguage(request);
  const t = await getFixedT(request);
  const subject = await readLink(token);
  const state = subject ? await linkState(subject, language) : null;
  const meta = { title: t("engagements.title"), description: t("engagements.lead"), siteName: t("site.name"), language, noindex: true };
  if (!state) return data({ language, state: null, meta }, { status: 404 });
  return { language, state, meta };
}

export async function engagementLinkAction(request: Request, token: string) {
  const subject = await readLink(token);
  if (!subject) notFound();
  const formData = await readFormData(request);
  const intent = String(formData.get("intent") ?? "");
  const path = new URL(request.url).pathname;
  const language = await getLanguage(request);
  const state = await linkState(subject, language);
  if (!state) notFound();
  // The host acts by the link alone; the name in the scope is who the link was sent to.
  const hostName = state.detail.scope.hostName;
  if (subject.kind === "scope" && intent === "confirm") {
    const submission = parseWithZod(formData, { schema: confirmSchema });
    if (submission.status !== "success" || submission.value.revision !== subject.revision)
      return refuse({ intent, formKey: "" }, submission, 400);
    const outcome = await confirmScope({
      engagementId: subject.engagementId,
      side: "HOST",
      revision: subject.revision,
      byName: hostName,
      actor: null,
    });
    if (outcome.ok) return done(path, "engagements.flash.confirmed");
    return refuseWith(intent, submission, outcome);
  }
  if (subject.kind === "check-in" && intent === "check-in") {
    const submission = parseWithZod(formData, { schema: checkInSchema });
    if (submission.status !== "success") return refuse({ intent, formKey: "" }, submission, 400);
    // A partner's member may answer from the link too; it names the side, not the person, so the partner's name is used.
    const byName = state.kind === "check-in" && state.side === "HOST" ? hostName : state.detail.partnerName;
    const outcome = await answerCheckIn({
      checkInId: subject.checkInId,
      answer: submission.value.answer,
      note: submission.value.note,
      byName,
    });
    if (outcome.ok) return done(path, "engagements.flash.checkedIn");
    return refuseWith(intent, submission, outcome);
  }
  if (subject.kind === "reflection" && intent === "reflection") {
    const submission = parseWithZod(formData, { schema: reflectionSchema });
    if (submission.status !== "success") return refuse({ intent, formKey: "" }, submission, 400);
    const { intent: _intent, wouldWorkAgain, ...values } = submission.value;
    const outcome = await submitReflection({
      engagementId: subject.engagementId,
      side: "HOST",
      values: { ...values, wouldWorkAgain: wouldWorkAgain === "yes" },
      authorName: hostName,
    });
    if (outcome.ok) return done(path, "engagements.flash.reflected");
    return refuseWith(intent, submission, outcome);
  }
  throw data(null, { status: 400 });
}
