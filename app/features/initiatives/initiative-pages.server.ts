// The initiative pages: the public list /initiatives and page /initiatives/<n> (cheers, updates by those taking
// part, partners' visibility switch), the coordinators' list and editor /coordinate/initiatives[/<n>], and the
// "start an initiative" panel of /coordinate/matches/<n>. Every change goes through initiative*.server.ts;
// the route modules only call these.
import { parseWithZod } from "@conform-to/zod/v4";
import type { SubmissionResult } from "@conform-to/react";
import { data, redirect } from "@remix-run/node";
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import type { Language } from "~/kernel/i18n/config.ts";
import { followStateFor } from "~/features/following/index.server.ts";
import { IMAGE_LIMITS, prepareImage, storeImage, type PreparedImage } from "~/features/initiatives/image.server.ts";
import {
  changeInitiativeStatus,
  createInitiativeFromMatch,
  deleteCounterpart,
  getMatchInitiativeOptions,
  getParticipationOfMatch,
  joinInitiativeFromMatch,
  removeParticipant,
  saveCounterpart,
  setCheer,
  setParticipantVisibility,
  updateInitiativeDetails,
  type InitiativeActor,
  participatingPartnersOf,
} from "~/features/initiatives/initiative.server.ts";
import {
  findInitiativeId,
  getInitiativeForEdit,
  getInitiativePage,
  listInitiatives,
} from "~/features/initiatives/initiative-queries.server.ts";
import {
  canPostUpdate,
  deleteInitiativeUpdate,
  deleteMilestone,
  deleteOutcome,
  deleteUnusedInitiativeImages,
  editInitiativeUpdate,
  postInitiativeUpdate,
  saveMilestone,
  saveOutcome,
  setMilestoneAchieved,
} from "~/features/initiatives/initiative-updates.server.ts";
import { getTaxonomyOptions } from "~/features/taxonomy/index.server.ts";
import {
  cheerSchema,
  counterpartSchema,
  idActionSchema,
  initiativeDetailsSchema,
  initiativeFromMatchSchema,
  initiativeStatusSchema,
  initiativeTransitions,
  initiativeUpdateSchema,
  milestoneSchema,
  outcomeSchema,
  parseInitiativeListFilters,
  UPDATE_ALT_FIELDS,
  UPDATE_IMAGE_FIELDS,
  visibilitySchema,
} from "~/features/initiatives/schemas.ts";
import { getUser, publicOrigin, requestContext, requirePermission } from "~/kernel/auth/guards.server.ts";
import { subscribeHrefs, subscribeLinks } from "~/features/following/index.ts";
import { loadEditorOptions } from "~/features/challenges/index.server.ts";
import { flashHeader, type FlashMessage } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { newSubmissionKey, oncePerSubmission } from "~/kernel/forms/submission-key.server.ts";
import { refuse } from "~/kernel/forms/submission.server.ts";
import { notFound } from "~/kernel/http.server.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { tokyoDate, tokyoTime, utcDate } from "~/kernel/japan-time.ts";
import { hasPermission } from "~/kernel/auth/permissions.ts";
import { isMultipart, readMultipartForm, type UploadedFile } from "~/kernel/uploads.server.ts";
import { invalid, type Conflict } from "~/kernel/result.ts";

const MAX_TEXT_PART_BYTES = 128 * 1024;
const COVER_FIELD = "cover";

function actorOf(user: { id: string; displayName: string; roles: InitiativeActor["roles"] }): InitiativeActor {
  return { id: user.id, displayName: user.displayName, roles: user.roles };
}

/** An answer to one of a page's forms: which one, Conform's lastResult (what was typed), and a conflict if any. */
export type InitiativeFormAnswer = { intent: string; formKey: string; result: SubmissionResult<string[]>; conflict: Conflict | null };

async function done(path: string, message: FlashMessage) {
  return redirect(path, { headers: { "Set-Cookie": await flashHeader(message) } });
}

// ───────────────────────────── The public list ─────────────────────────────

export async function loadInitiativeList(request: Request) {
  const filters = parseInitiativeListFilters(new URL(request.url).searchParams);
  const language = await getLanguage(request);
  const [page, options, meta] = await Promise.all([
    listInitiatives(filters, language),
    getTaxonomyOptions(language),
    translatedMeta(request, { title: "initiatives.title", description: "initiatives.lead" }),
  ]);
  return { language, filters, ...page, options: { strategies: options.strategies, fields: options.fields, areas: options.areas }, meta };
}

export async function loadCoordinatorInitiatives(request: Request) {
  await requirePermission(request, "initiative:manage");
  const filters = parseInitiativeListFilters(new URL(request.url).searchParams);
  const language = await getLanguage(request);
  const [page, meta] = await Promise.all([
    listInitiatives(filters, language, 50),
    translatedMeta(request, { title: "initiatives.coordinate.title", description: "initiatives.coordinate.lead" }, { noindex: true }),
  ]);
  return { language, filters, ...page, meta };
}

// ───────────────────────────── The public page ─────────────────────────────

export async function loadInitiativePage(request: Request, number: number) {
  const [user, language, t] = await Promise.all([getUser(request), getLanguage(request), getFixedT(request)]);
  const coordinator = user ? hasPermission(user.roles, "initiative:manage") : false;
  const initiative = await getInitiativePage(number, language, { userId: user?.id ?? null, coordinator });
  if (!initiative) notFound();
  const actor = user ? actorOf(user) : null;
  const [follow, mayPost, postingAs] = await Promise.all([
    followStateFor(user?.id ?? null, { type: "INITIATIVE", initiativeId: initiative.id }),
    canPostUpdate(initiative.id, actor),
    user && !coordinator ? participatingPartnersOf(initiative.id, user.id) : Promise.resolve([]),
  ]);
  const origin = publicOrigin(request);
  return {
    language,
    initiative,
    follow,
    signedIn: Boolean(user),
    coordinator,
    // A COMPLETED initiative keeps its story; new updates are for work under way (and the follow-up of a pause).
    canPost: mayPost,
    // The new-update form's submission key: sent twice (double click, back and resend), it posts one update.
    updateSubmissionKey: mayPost ? newSubmissionKey() : null,
    postingAs: coordinator ? null : (postingAs[0]?.displayName ?? null),
    share: {
      url: `${origin}/initiatives/${initiative.number}`,
      image: initiative.cover ? `${origin}/images/${initiative.cover.id}` : `${origin}/og-image.png`,
    },
    meta: { title: initiative.title, description: initiative.summary || t("initiatives.lead"), siteName: t("site.name"), language },
    // Following without an account: the initiative's activity feed and calendar.
    subscribe: subscribeHrefs({ initiative: initiative.number }),
    feedLinks: subscribeLinks({ initiative: initiative.number }, initiative.title, t),
  };
}

/** Reads a multipart or urlencoded body; the update form carries up to four pictures. */
async function readForm(request: Request, fileFields: readonly string[]) {
  return isMultipart(request)
    ? readMultipartForm(request, { fileFields, maxFileBytes: IMAGE_LIMITS.maxUploadBytes, maxTextBytes: MAX_TEXT_PART_BYTES })
    : { formData: await readFormData(request), files: new Map<string, UploadedFile>() };
}

/** Decodes and re-encodes each chosen picture; the errors sit next to their inputs. */
async function preparePictures(files: Map<string, UploadedFile>, names: readonly string[]) {
  const prepared = new Map<number, PreparedImage>();
  const errors: Record<string, string[]> = {};
  for (const [index, name] of names.entries()) {
    const file = files.get(name);
    if (!file) continue;
    const outcome = file.bytes ? await prepareImage(file.bytes) : invalid("challengeForm.coverTooLarge");
    if (outcome.ok) prepared.set(index, outcome.image);
    else errors[name] = [outcome.reason];
  }
  return { prepared, errors };
}

export async function initiativePageAction(request: Request, context: unknown, number: number) {
  const user = await getUser(request);
  const found = await findInitiativeId(number);
  if (!found) notFound();
  const path = `/initiatives/${number}`;
  if (!user) {
    // A signed-out cheer (no JavaScript): sign in, then come back to the page.
    throw redirect(`/login?${new URLSearchParams({ redirectTo: path })}`);
  }
  const actor = actorOf(user);
  const ctx = requestContext(request, context);
  const { formData, files } = await readForm(request, UPDATE_IMAGE_FIELDS);
  const intent = formData.get("intent");

  if (intent === "cheer") {
    const parsed = cheerSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return data({ intent: "cheer", ok: false as const }, { status: 400 });
    const state = await setCheer(found.id, user.id, parsed.data.cheer === "on");
    // A fetcher asks for data; a plain form goes back to the page (303 so a reload does not post again).
    if (formData.get("respond") === "data") return data({ intent: "cheer", ok: true as const, ...state });
    return redirect(path, { status: 303 });
  }

  if (intent === "participant-visibility") {
    const parsed = visibilitySchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return data({ intent: "participant-visibility", ok: false as const }, { status: 400 });
    const outcome = await setParticipantVisibility({
      actor,
      initiativeId: found.id,
      partnerId: parsed.data.partnerId,
      showPublicly: parsed.data.showPublicly === "on",
      requestContext: ctx,
    });
    if (!outcome.ok) notFound();
    const back =
      formData.get("back") === "match" && typeof formData.get("matchNumber") === "string"
        ? `/matches/${String(formData.get("matchNumber")).replace(/\D/g, "")}`
        : path;
    return done(back, "initiatives.flash.visibilityChanged");
  }

  if (intent === "update-delete") {
    const parsed = idActionSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return data({ intent: "update-delete", ok: false as const }, { status: 400 });
    const outcome = await deleteInitiativeUpdate({ actor, initiativeId: found.id, updateId: parsed.data.id, requestContext: ctx });
    if (!outcome.ok) notFound();
    return done(path, "initiatives.flash.updateDeleted");
  }

  if (intent !== "update-save") return data({ intent: "unknown", ok: false as const }, { status: 400 });
  // Only coordinators and members of a participating partner post; anyone else learns nothing (404).
  if (!hasPermission(user.roles, "initiative:update") || !(await canPostUpdate(found.id, actor))) notFound();
  return oncePerSubmission(formData, user.id, () =>
    saveInitiativeUpdate({ initiativeId: found.id, path, actor, userId: user.id, requestContext: ctx, formData, files }),
  );
}

/** The update form: a new update, or an edit of one (updateId), with its pictures. */
async function saveInitiativeUpdate({
  initiativeId,
  path,
  actor,
  userId,
  requestContext: ctx,
  formData,
  files,
}: {
  initiativeId: string;
  path: string;
  actor: InitiativeActor;
  userId: string;
  requestContext: ReturnType<typeof requestContext>;
  formData: FormData;
  files: Map<string, UploadedFile>;
}) {
  const submission = parseWithZod(formData, { schema: initiativeUpdateSchema });
  const formKey = typeof formData.get("updateId") === "string" && formData.get("updateId") ? String(formData.get("updateId")) : "new";
  const pictures = await preparePictures(files, UPDATE_IMAGE_FIELDS);
  const fieldErrors: Record<string, string[]> = { ...pictures.errors };
  if (submission.status === "success") {
    // Every new picture needs its description (WCAG 1.1.1).
    for (const index of pictures.prepared.keys()) {
      const alt = submission.value[UPDATE_ALT_FIELDS[index]!];
      if (!alt) fieldErrors[UPDATE_ALT_FIELDS[index]!] = ["initiatives.updateForm.altRequired"];
    }
  }
  if (submission.status !== "success" || Object.keys(fieldErrors).length) {
    // A browser cannot refill a file input: a good picture must be chosen again.
    for (const index of pictures.prepared.keys()) fieldErrors[UPDATE_IMAGE_FIELDS[index]!] ??= ["initiatives.updateForm.chooseAgain"];
    return refuse({ intent: "update-save", formKey }, submission, 400, { field: fieldErrors });
  }
  const values = submission.value;
  const stored: { imageId: string; alt: string }[] = [];
  for (const [index, image] of pictures.prepared)
    stored.push({ imageId: await storeImage(userId, image), alt: values[UPDATE_ALT_FIELDS[index]!]! });
  const content = { title: values.title, body: values.body, language: values.language };
  if (values.updateId) {
    const altByPosition = new Map<number, string>();
    for (const [index, name] of UPDATE_ALT_FIELDS.entries()) {
      const existing = formData.get(`existing-${name}`);
      if (typeof existing === "string" && existing.trim()) altByPosition.set(index, existing.trim().slice(0, 200));
    }
    const outcome = await editInitiativeUpdate({
      actor,
      initiativeId,
      updateId: values.updateId,
      values: content,
      altByPosition,
      addedImages: stored,
      requestContext: ctx,
    });
    if (!outcome.ok) {
      await deleteUnusedInitiativeImages(stored.map((image) => image.imageId));
      notFound();
    }
    return done(path, "initiatives.flash.updateSaved");
  }
  const partnerId = formData.get("partnerId");
  const outcome = await postInitiativeUpdate({
    actor,
    initiativeId,
    values: content,
    images: stored,
    partnerId: typeof partnerId === "string" && partnerId ? partnerId : null,
    requestContext: ctx,
  });
  if (!outcome.ok) {
    await deleteUnusedInitiativeImages(stored.map((image) => image.imageId));
    notFound();
  }
  return done(path, "initiatives.flash.updatePosted");
}

// ───────────────────────────── The editor ─────────────────────────────

export async function loadInitiativeEditor(request: Request, number: number) {
  await requirePermission(request, "initiative:manage");
  const [language, t] = await Promise.all([getLanguage(request), getFixedT(request)]);
  const initiative = await getInitiativeForEdit(number);
  if (!initiative) notFound();
  const [options, page] = await Promise.all([
    loadEditorOptions(language, {
      strategyCodes: [initiative.strategy.code],
      fieldNumbers: initiative.fields.map((row) => row.field.number),
      areaSlugs: [initiative.area.slug],
    }),
    getInitiativePage(number, language, { userId: null, coordinator: true }),
  ]);
  return {
    language,
    options: { strategies: options.strategies, areaGroups: options.areaGroups, periods: options.periods },
    initiative: {
      id: initiative.id,
      number: initiative.number,
      status: initiative.status,
      version: initiative.version,
      updatedAt: initiative.updatedAt.toISOString(),
      updatedBy: initiative.updatedBy,
      title: initiative.titleJa,
      coverImageId: initiative.coverImageId,
      coverAlt: initiative.coverAltJa,
    },
    transitions: initiativeTransitions[initiative.status],
    details: {
      version: String(initiative.version),
      titleJa: initiative.titleJa,
      titleEn: initiative.titleEn ?? "",
      summaryJa: initiative.summaryJa,
      summaryEn: initiative.summaryEn ?? "",
      storyJa: initiative.storyJa,
      storyEn: initiative.storyEn ?? "",
      strategyCode: initiative.strategy.code,
      fieldNumbers: initiative.fields.map((row) => String(row.field.number)),
      areaSlug: initiative.area.slug,
      periodNumber: String(initiative.period.number),
      coverAltJa: initiative.coverAltJa ?? "",
      coverAltEn: initiative.coverAltEn ?? "",
    },
    participants: page?.allParticipants ?? [],
    // One key per "add" form: a new counterpart, milestone or outcome sent twice is added once.
    submissionKeys: { counterpart: newSubmissionKey(), milestone: newSubmissionKey(), outcome: newSubmissionKey() },
    counterparts: initiative.counterparts.map((row) => ({
      id: row.id,
      nameJa: row.nameJa,
      nameEn: row.nameEn ?? "",
      roleJa: row.roleJa,
      roleEn: row.roleEn ?? "",
      position: String(row.position),
    })),
    milestones: initiative.milestones.map((row) => ({
      id: row.id,
      kind: row.kind,
      titleJa: row.titleJa,
      titleEn: row.titleEn ?? "",
      descriptionJa: row.descriptionJa,
      descriptionEn: row.descriptionEn ?? "",
      date: tokyoDate(row.startsAt),
      startTime: row.allDay ? "" : tokyoTime(row.startsAt),
      endTime: row.endsAt && !row.allDay ? tokyoTime(row.endsAt) : "",
      locationJa: row.locationJa ?? "",
      locationEn: row.locationEn ?? "",
      achieved: row.achievedAt !== null,
    })),
    outcomes: initiative.outcomes.map((row) => ({
      id: row.id,
      labelJa: row.labelJa,
      labelEn: row.labelEn ?? "",
      value: row.value.toString(),
      unitJa: row.unitJa,
      unitEn: row.unitEn ?? "",
      achievedOn: utcDate(row.achievedOn),
      noteJa: row.noteJa,
      noteEn: row.noteEn ?? "",
    })),
    meta: {
      title: t("initiatives.editor.title", { title: initiative.titleJa }),
      description: t("initiatives.editor.lead"),
      siteName: t("site.name"),
      language,
      noindex: true,
    },
  };
}

export async function initiativeEditorAction(request: Request, context: unknown, number: number) {
  const user = await requirePermission(request, "initiative:manage");
  const found = await findInitiativeId(number);
  if (!found) notFound();
  const actor = actorOf(user);
  const ctx = requestContext(request, context);
  const { formData, files } = await readForm(request, [COVER_FIELD]);
  const intent = String(formData.get("intent") ?? "");
  const editorPath = `/coordinate/initiatives/${number}`;
  const base = { actor, initiativeId: found.id, requestContext: ctx };

  if (intent === "details") {
    const submission = parseWithZod(formData, { schema: initiativeDetailsSchema });
    const cover = files.get(COVER_FIELD);
    let prepared: PreparedImage | null = null;
    const fieldErrors: Record<string, string[]> = {};
    if (cover) {
      const outcome = cover.bytes ? await prepareImage(cover.bytes) : invalid("challengeForm.coverTooLarge");
      if (outcome.ok) prepared = outcome.image;
      else fieldErrors[COVER_FIELD] = [outcome.reason];
    }
    if (submission.status === "success") {
      const stored = await getInitiativeForEdit(number);
      const hasCover = prepared !== null || (stored?.coverImageId && submission.value.removeCover !== "on");
      if (hasCover && !submission.value.coverAltJa) fieldErrors.coverAltJa = ["initiatives.editor.coverAltRequired"];
      const taxonomy = await getTaxonomyOptions("ja", { withRetired: true });
      const strategyOfField = new Map(taxonomy.fields.map((field) => [field.number, field.strategyCode]));
      if (!submission.value.fieldNumbers.some((field) => strategyOfField.get(field) === submission.value.strategyCode))
        fieldErrors.fieldNumbers = ["challengeForm.fieldOfStrategyRequired"];
    }
    if (submission.status !== "success" || Object.keys(fieldErrors).length) {
      if (prepared && !fieldErrors[COVER_FIELD]) fieldErrors[COVER_FIELD] = ["challengeForm.coverChooseAgain"];
      return refuse({ intent: "details", formKey: "" }, submission, 400, { field: fieldErrors });
    }
    const { intent: _intent, removeCover, ...values } = submission.value;
    const previous = (await getInitiativeForEdit(number))?.coverImageId ?? null;
    const coverImageId = prepared ? await storeImage(user.id, prepared) : null;
    const outcome = await updateInitiativeDetails({
      actor,
      number,
      values,
      coverImageId,
      removeCover: removeCover === "on",
      requestContext: ctx,
    });
    if (!outcome.ok) {
      await deleteUnusedInitiativeImages([coverImageId]);
      if (outcome.kind === "not-found") notFound();
      if (outcome.kind === "invalid")
        return refuse({ intent: "details", formKey: "" }, submission, outcome, {
          field: { [outcome.field]: ["validation.invalidChoice"] },
        });
      return refuse({ intent: "details", formKey: "" }, submission, outcome);
    }
    if (coverImageId || removeCover === "on") await deleteUnusedInitiativeImages([previous]);
    return done(editorPath, "initiatives.flash.saved");
  }

  if (intent === "status") {
    const submission = parseWithZod(formData, { schema: initiativeStatusSchema });
    if (submission.status !== "success") return refuse({ intent: "status", formKey: "" }, submission, 400);
    const outcome = await changeInitiativeStatus({
      actor,
      number,
      expectedVersion: submission.value.version,
      to: submission.value.status,
      reason: submission.value.reason,
      requestContext: ctx,
    });
    if (outcome.ok) return done(editorPath, "initiatives.flash.statusChanged");
    if (outcome.kind === "not-found") notFound();
    if (outcome.reason === "not-allowed")
      return refuse({ intent: "status", formKey: "" }, submission, outcome, { form: ["initiatives.editor.statusNotAllowed"] });
    return refuse({ intent: "status", formKey: "" }, submission, outcome);
  }

  if (intent === "counterpart-save") {
    // An edit sets the item to what was typed; an addition carries its form's submission key.
    return oncePerSubmission(formData, user.id, async () => {
      const submission = parseWithZod(formData, { schema: counterpartSchema });
      const formKey = String(formData.get("counterpartId") || "new");
      if (submission.status !== "success") return refuse({ intent, formKey }, submission, 400);
      const { intent: _intent, ...values } = submission.value;
      const outcome = await saveCounterpart({ ...base, values });
      if (!outcome.ok) notFound();
      return done(editorPath, "initiatives.flash.itemSaved");
    });
  }

  if (intent === "milestone-save") {
    // An edit sets the item to what was typed; an addition carries its form's submission key.
    return oncePerSubmission(formData, user.id, async () => {
      const submission = parseWithZod(formData, { schema: milestoneSchema });
      const formKey = String(formData.get("milestoneId") || "new");
      if (submission.status !== "success") return refuse({ intent, formKey }, submission, 400);
      const { intent: _intent, ...values } = submission.value;
      const outcome = await saveMilestone({ ...base, values });
      if (!outcome.ok) notFound();
      return done(editorPath, "initiatives.flash.itemSaved");
    });
  }

  if (intent === "outcome-save") {
    // An edit sets the item to what was typed; an addition carries its form's submission key.
    return oncePerSubmission(formData, user.id, async () => {
      const submission = parseWithZod(formData, { schema: outcomeSchema });
      const formKey = String(formData.get("outcomeId") || "new");
      if (submission.status !== "success") return refuse({ intent, formKey }, submission, 400);
      const { intent: _intent, ...values } = submission.value;
      const outcome = await saveOutcome({ ...base, values });
      if (!outcome.ok) notFound();
      return done(editorPath, "initiatives.flash.itemSaved");
    });
  }

  const parsed = idActionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    return data(
      {
        intent,
        formKey: "",
        result: { status: "error", error: { "": ["validation.invalidChoice"] } },
        conflict: null,
      } satisfies InitiativeFormAnswer,
      { status: 400 },
    );
  const id = parsed.data.id;
  const outcome =
    parsed.data.intent === "counterpart-delete"
      ? await deleteCounterpart({ ...base, counterpartId: id })
      : parsed.data.intent === "milestone-delete"
        ? await deleteMilestone({ ...base, milestoneId: id })
        : parsed.data.intent === "milestone-achieved" || parsed.data.intent === "milestone-not-achieved"
          ? await setMilestoneAchieved({ ...base, milestoneId: id, achieved: parsed.data.intent === "milestone-achieved" })
          : parsed.data.intent === "outcome-delete"
            ? await deleteOutcome({ ...base, outcomeId: id })
            : parsed.data.intent === "participant-remove"
              ? await removeParticipant({ ...base, partnerId: id })
              : await deleteInitiativeUpdate({ ...base, updateId: id });
  if (!outcome.ok) notFound();
  return done(
    editorPath,
    parsed.data.intent === "milestone-achieved" || parsed.data.intent === "milestone-not-achieved"
      ? "initiatives.flash.itemSaved"
      : "initiatives.flash.itemDeleted",
  );
}

// ───────────────────────────── From a match ─────────────────────────────

/** What /coordinate/matches/<n> shows in its initiative panel. */
export async function loadMatchInitiativePanel(request: Request, match: { id: string; stage: string }, language: Language) {
  const user = await getUser(request);
  if (!user || !hasPermission(user.roles, "initiative:create")) return null;
  const options = await getMatchInitiativeOptions(match.id);
  const pick = (row: { titleJa: string; titleEn: string | null }) => (language === "en" && row.titleEn ? row.titleEn : row.titleJa);
  return {
    ready: ["AGREED", "ACTIVE", "COMPLETED"].includes(match.stage),
    joined: options.joined ? { number: options.joined.number, title: pick(options.joined) } : null,
    open: options.open.map((row) => ({ number: row.number, title: pick(row) })),
  };
}

/** The match page's "start an initiative" / "join one" forms post here (intent initiative-create | initiative-join). */
export async function matchInitiativeAction(request: Request, context: unknown, matchNumber: number) {
  const user = await requirePermission(request, "initiative:create");
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: initiativeFromMatchSchema });
  if (submission.status !== "success") return refuse({ intent: "initiative", formKey: "initiative" }, submission, 400);
  const actor = actorOf(user);
  const ctx = requestContext(request, context);
  const outcome =
    submission.value.intent === "initiative-create"
      ? await createInitiativeFromMatch({ matchNumber, actor, requestContext: ctx })
      : await joinInitiativeFromMatch({ matchNumber, initiativeNumber: submission.value.initiativeNumber, actor, requestContext: ctx });
  if (outcome.ok) {
    return done(
      submission.value.intent === "initiative-create"
        ? `/coordinate/initiatives/${outcome.initiative.number}`
        : `/coordinate/matches/${matchNumber}`,
      submission.value.intent === "initiative-create" ? "initiatives.flash.created" : "initiatives.flash.joined",
    );
  }
  if (outcome.kind === "not-found" && submission.value.intent === "initiative-create") notFound();
  // Joining: an initiative (or match) gone since the form was drawn is a choice the form can no longer offer.
  return refuse({ intent: "initiative", formKey: "initiative" }, submission, outcome.kind === "not-found" ? 400 : outcome, {
    form: [`initiatives.errors.${outcome.reason}`],
  });
}

/** For /matches/<n> (the partner's side): the initiative the match takes part in and its visibility switch. */
export async function loadMatchParticipation(matchId: string, language: Language) {
  const row = await getParticipationOfMatch(matchId);
  if (!row) return null;
  return {
    initiativeNumber: row.initiative.number,
    title: language === "en" && row.initiative.titleEn ? row.initiative.titleEn : row.initiative.titleJa,
    partnerId: row.partnerId,
    showPublicly: row.showPublicly,
  };
}
