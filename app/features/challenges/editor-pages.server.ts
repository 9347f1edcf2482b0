// The coordinators' challenge editor behind /coordinate/challenges/new and /coordinate/challenges/<n>/edit:
// what its pages load and what its one action does (save the form, or move the challenge to another status).
// The route modules only call these.
import { newSubmissionKey, oncePerSubmission } from "~/kernel/forms/submission-key.server.ts";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import type { AreaKind } from "~/generated/prisma/enums.ts";
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import type { Language } from "~/kernel/i18n/config.ts";
import {
  changeChallengeStatus,
  createChallenge,
  getChallengeForEdit,
  updateChallenge,
  type ChallengeContent,
} from "~/features/challenges/challenge.server.ts";
import {
  deleteUnusedImages,
  getChallengeCoverId,
  IMAGE_LIMITS,
  prepareImage,
  storeImage,
  type PreparedImage,
} from "~/features/initiatives/index.server.ts";
import { getTaxonomyOptions, keptTaxonomyOf, strategiesWithFields, type KeptTaxonomy } from "~/features/taxonomy/index.server.ts";
import {
  challengeFormSchema,
  challengeStatusFormSchema,
  challengeTransitions,
  type ChallengeFormValues,
} from "~/features/challenges/schemas.ts";
import { clientIp, publicOrigin, requirePermission } from "~/kernel/auth/guards.server.ts";
import { flashHeader } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { refuse } from "~/kernel/forms/submission.server.ts";
import { notFound } from "~/kernel/http.server.ts";
import { fiscalYearOf } from "~/kernel/japan-time.ts";
import { hasPermission } from "~/kernel/auth/permissions.ts";
import { isMultipart, readMultipartForm } from "~/kernel/uploads.server.ts";
import { conflictOf, failureStatus, invalid } from "~/kernel/result.ts";
import type { Actor } from "~/kernel/auth/actor.ts";

/** The file input's name. It is not part of challengeFormSchema; see saveChallenge for why. */
export const COVER_FIELD = "cover";

/** Longest text part accepted: the body's 20,000 characters in UTF-8 with room to spare. */
const MAX_TEXT_PART_BYTES = 128 * 1024;

// ───────────────────────────── Loading ─────────────────────────────

const areaKindOrder: AreaKind[] = ["CITYWIDE", "DISTRICT", "REGION", "ONLINE"];

/** The taxonomy shaped the way the form shows it: fields under their strategy, areas by kind, skills by category. */
export async function loadEditorOptions(language: Language, keep?: KeptTaxonomy) {
  const taxonomy = await getTaxonomyOptions(language, { keep });
  const skillGroups: { category: string; skills: { slug: string; name: string }[] }[] = [];
  for (const skill of taxonomy.skills) {
    const group = skillGroups.find((candidate) => candidate.category === skill.category);
    if (group) group.skills.push({ slug: skill.slug, name: skill.name });
    else skillGroups.push({ category: skill.category, skills: [{ slug: skill.slug, name: skill.name }] });
  }
  return {
    strategies: strategiesWithFields(taxonomy),
    areaGroups: areaKindOrder
      .map((kind) => ({
        kind,
        areas: taxonomy.areas.filter((area) => area.kind === kind).map((area) => ({ slug: area.slug, name: area.name })),
      }))
      .filter((group) => group.areas.length > 0),
    periods: taxonomy.periods.map((period) => ({
      number: period.number,
      name: period.name,
      startFiscalYear: period.startFiscalYear,
      endFiscalYear: period.endFiscalYear,
    })),
    skillGroups,
  };
}

export type EditorOptions = Awaited<ReturnType<typeof loadEditorOptions>>;

/** What a new challenge's form starts with: the current mid-term period and one partner wanted. */
function newChallengeDefaults(options: EditorOptions): Record<string, string | string[]> {
  const fiscalYear = fiscalYearOf(new Date());
  const period =
    options.periods.find((candidate) => candidate.startFiscalYear <= fiscalYear && fiscalYear <= candidate.endFiscalYear) ??
    options.periods[0];
  return { version: "0", capacity: "1", languages: ["ja"], periodNumber: period ? String(period.number) : "" };
}

export async function loadNewChallengeEditor(request: Request) {
  await requirePermission(request, "challenge:create");
  const [language, t] = await Promise.all([getLanguage(request), getFixedT(request)]);
  const options = await loadEditorOptions(language);
  return {
    language,
    options,
    defaultValue: newChallengeDefaults(options),
    submissionKey: newSubmissionKey(),
    meta: {
      title: t("challengeForm.newTitle"),
      description: t("coordinate.challengesLead"),
      siteName: t("site.name"),
      language,
      noindex: true,
    },
  };
}

export async function loadChallengeEditor(request: Request, number: number) {
  const user = await requirePermission(request, "challenge:edit");
  const [challenge, language, t] = await Promise.all([getChallengeForEdit(number), getLanguage(request), getFixedT(request)]);
  if (!challenge) notFound();
  const options = await loadEditorOptions(language, keptTaxonomyOf(challenge.values));
  const canPublish = hasPermission(user.roles, "challenge:publish");
  return {
    language,
    options,
    challenge: {
      number: challenge.number,
      status: challenge.status,
      version: challenge.version,
      updatedAt: challenge.updatedAt.toISOString(),
      updatedBy: challenge.updatedBy,
      coverImageId: challenge.coverImageId,
      coverAlt: challenge.values.coverAltJa || null,
      title: challenge.values.titleJa,
    },
    // The stored fields come primary first, so the first is the one to preselect.
    defaultValue: { ...challenge.values, version: String(challenge.version), primaryFieldNumber: challenge.values.fieldNumbers[0] ?? "" },
    transitions: canPublish ? challengeTransitions[challenge.status] : [],
    meta: {
      title: t("challengeForm.editTitle", { title: challenge.values.titleJa }),
      description: t("coordinate.challengesLead"),
      siteName: t("site.name"),
      language,
      noindex: true,
    },
  };
}

// ───────────────────────────── Acting ─────────────────────────────

/**
 * The editor's action, for a new challenge (`number` null) or an existing one. The editor form is multipart
 * (it carries the cover file); the status buttons are small urlencoded forms with intent=status.
 */
export async function challengeEditorAction(request: Request, context: unknown, number: number | null) {
  const user = await requirePermission(request, number === null ? "challenge:create" : "challenge:edit");
  const { formData, files } = isMultipart(request)
    ? await readMultipartForm(request, {
        fileFields: [COVER_FIELD],
        maxFileBytes: IMAGE_LIMITS.maxUploadBytes,
        maxTextBytes: MAX_TEXT_PART_BYTES,
      })
    : { formData: await readFormData(request), files: new Map() };
  if (formData.get("intent") === "status") {
    if (number === null)
      return data({ intent: "status" as const, error: "validation.invalidChoice", field: null, conflict: null }, { status: 400 });
    return changeStatus(request, context, number, formData);
  }
  const save = () =>
    saveChallenge({ id: user.id, displayName: user.displayName }, clientIp(context), number, formData, files.get(COVER_FIELD) ?? null);
  // A new challenge sent twice is made once; edits are guarded by their version instead.
  return number === null ? oncePerSubmission(formData, user.id, save) : save();
}

type FieldErrors = Partial<Record<keyof ChallengeFormValues | typeof COVER_FIELD, string[]>>;

/**
 * Saves the form. The cover file is deliberately kept out of challengeFormSchema: the schema also runs in the
 * browser, where a File can only be checked by its name and declared type (which prove nothing), Conform's
 * reply cannot carry a File back to the page, and the real check (decoding it with sharp) can only run here.
 * So the text is validated by the schema, the file by prepareImage, and both sets of errors come back together.
 */
async function saveChallenge(
  actor: Actor,
  ip: string,
  number: number | null,
  formData: FormData,
  upload: { bytes: Uint8Array | null } | null,
) {
  const submission = parseWithZod(formData, { schema: challengeFormSchema });
  const fieldErrors: FieldErrors = {};
  let prepared: PreparedImage | null = null;
  if (upload) {
    const outcome = upload.bytes ? await prepareImage(upload.bytes) : invalid("challengeForm.coverTooLarge");
    if (outcome.ok) prepared = outcome.image;
    else fieldErrors.cover = [outcome.reason];
  }
  // A browser cannot refill a file input: when anything else is wrong, a good picture must be chosen again.
  const chooseCoverAgain = () => {
    if (prepared && !fieldErrors.cover) fieldErrors.cover = ["challengeForm.coverChooseAgain"];
  };
  // 400 with the messages next to their fields and everything typed kept (Conform's lastResult).
  const refused = () => refuse({ intent: "save" }, submission, 400, { field: fieldErrors as Record<string, string[]> });
  if (submission.status !== "success") {
    chooseCoverAgain();
    return refused();
  }

  const { version, removeCover, primaryFieldNumber, ...values } = submission.value;
  // Rules that need the taxonomy or the stored challenge, which the browser-side schema cannot know.
  const taxonomy = await getTaxonomyOptions("ja", { withRetired: true });
  const strategyOfField = new Map(taxonomy.fields.map((field) => [field.number, field.strategyCode]));
  const fieldsOfStrategy = values.fieldNumbers.filter((field) => strategyOfField.get(field) === values.strategyCode);
  if (fieldsOfStrategy.length === 0) fieldErrors.fieldNumbers = ["challengeForm.fieldOfStrategyRequired"];
  else if (primaryFieldNumber !== undefined && strategyOfField.get(primaryFieldNumber) !== values.strategyCode) {
    fieldErrors.primaryFieldNumber = ["challengeForm.primaryFieldOfStrategy"];
  }
  const previousCoverId = number === null ? null : await getChallengeCoverId(number);
  const hasCover = prepared !== null || (previousCoverId !== null && removeCover !== "on");
  // A picture that says something needs words for those who cannot see it (WCAG 1.1.1).
  if (hasCover && !values.coverAltJa) fieldErrors.coverAltJa = ["challengeForm.coverAltRequired"];
  if (Object.keys(fieldErrors).length) {
    chooseCoverAgain();
    return refused();
  }

  // The model treats the first field as the primary one.
  const primary = primaryFieldNumber ?? fieldsOfStrategy[0]!;
  const content: ChallengeContent = { ...values, fieldNumbers: [primary, ...values.fieldNumbers.filter((field) => field !== primary)] };
  const coverImageId = prepared ? await storeImage(actor.id, prepared) : null;
  const outcome =
    number === null
      ? await createChallenge(actor, content, { coverImageId, ip })
      : await updateChallenge(actor, number, version, content, { coverImageId, removeCover: removeCover === "on", ip });

  if (!outcome.ok) {
    // The new picture belongs to a save that did not happen.
    await deleteUnusedImages([coverImageId]);
    chooseCoverAgain();
    if (outcome.kind === "not-found") notFound();
    if (outcome.kind === "invalid")
      return refuse({ intent: "save" }, submission, outcome, {
        field: { ...fieldErrors, [outcome.field]: ["validation.invalidChoice"] } as Record<string, string[]>,
      });
    // Someone saved since this form was opened: nothing is written, the form keeps what this person typed.
    return refuse({ intent: "save" }, submission, outcome, { field: fieldErrors as Record<string, string[]> });
  }
  if (number !== null && (coverImageId || removeCover === "on")) await deleteUnusedImages([previousCoverId]);
  return redirect(`/coordinate/challenges/${outcome.number}/edit`, {
    headers: { "Set-Cookie": await flashHeader(number === null ? "challengeCreated" : "challengeSaved") },
  });
}

async function changeStatus(request: Request, context: unknown, number: number, formData: FormData) {
  // Every status change decides what the public sees (publishing, closing, archiving).
  const user = await requirePermission(request, "challenge:publish");
  const submission = parseWithZod(formData, { schema: challengeStatusFormSchema });
  if (submission.status !== "success") {
    const archiveError = submission.error?.confirmArchive?.[0];
    return data(
      {
        intent: "status" as const,
        error: archiveError ?? "validation.invalidChoice",
        field: archiveError ? ("confirmArchive" as const) : null,
        conflict: null,
      },
      { status: 400 },
    );
  }
  const { version, status } = submission.value;
  const outcome = await changeChallengeStatus(
    { id: user.id, displayName: user.displayName },
    number,
    version,
    status,
    clientIp(context),
    publicOrigin(request),
  );
  if (outcome.ok) {
    return redirect(`/coordinate/challenges/${number}/edit`, {
      headers: { "Set-Cookie": await flashHeader(status === "OPEN" ? "challengePublished" : "challengeStatusChanged") },
    });
  }
  if (outcome.kind === "not-found") notFound();
  const error = outcome.kind === "invalid" ? "coordinate.statusNotAllowed" : "coordinate.statusConflict";
  return data({ intent: "status" as const, error, field: null, conflict: conflictOf(outcome) }, { status: failureStatus(outcome) });
}
