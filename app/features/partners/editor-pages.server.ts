// The partner profile editor's server side, shared by /account/partner and the organisation pages: the options
// the form chooses from, and one action that validates the form and answers 400 (messages, input kept), 409
// (someone saved first: who and when, input kept) or the caller's response after a save.
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect } from "@remix-run/node";
import type { PartnerEditorOptions } from "~/features/partners/partner-profile-editor.tsx";
import type { Language } from "~/kernel/i18n/config.ts";
import { getLanguage } from "~/kernel/i18n/i18next.server.ts";
import {
  createIndividualPartnerProfile,
  getOwnPartnerProfileId,
  getPartnerProfileForEdit,
  newPartnerProfileDefaults,
  partnerContentFromForm,
  updatePartnerProfile,
  type PartnerContent,
  type PartnerWriteOutcome,
} from "~/features/partners/partner.server.ts";
import { partnerProfileSchema } from "~/features/partners/partner-schemas.ts";
import { requestContext, requireUser } from "~/kernel/auth/guards.server.ts";
import { loadEditorOptions } from "~/features/challenges/index.server.ts";
import { keptTaxonomyOf, type KeptTaxonomy } from "~/features/taxonomy/index.server.ts";
import { flashHeader } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { refuse } from "~/kernel/forms/submission.server.ts";
import { notFound } from "~/kernel/http.server.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";

export async function loadPartnerEditorOptions(language: Language, keep?: KeptTaxonomy): Promise<PartnerEditorOptions> {
  const { strategies, areaGroups, skillGroups } = await loadEditorOptions(language, keep);
  return { strategies, areaGroups, skillGroups };
}

/**
 * Validates a posted profile form and hands the content and the version the editor was opened at to `save`
 * (create or update, as the caller decides). Refusals keep what was typed; `onSaved` answers a successful save
 * (usually a redirect with a flash message).
 */
export async function submitPartnerProfile(
  formData: FormData,
  save: (content: PartnerContent, expectedVersion: number) => Promise<PartnerWriteOutcome>,
  onSaved: (outcome: Extract<PartnerWriteOutcome, { ok: true }>) => Response | Promise<Response>,
) {
  const submission = parseWithZod(formData, { schema: partnerProfileSchema });
  if (submission.status !== "success") return refuse({}, submission, 400);
  const outcome = await save(partnerContentFromForm(submission.value), submission.value.version);
  if (outcome.ok) return onSaved(outcome);
  if (outcome.kind === "not-found") notFound();
  if (outcome.kind === "invalid") return refuse({}, submission, outcome, { field: { [outcome.field]: ["validation.invalidChoice"] } });
  // Someone saved since this form was opened: nothing is written, the form keeps what this person typed.
  return refuse({}, submission, outcome);
}

// ───────────────────────────── /account/partner: the signed-in user's own profile ─────────────────────────────

export async function loadOwnPartnerEditor(request: Request) {
  const user = await requireUser(request);
  const [language, ownId] = await Promise.all([getLanguage(request), getOwnPartnerProfileId(user.id)]);
  const [stored, meta] = await Promise.all([
    ownId ? getPartnerProfileForEdit(ownId) : null,
    translatedMeta(
      request,
      { title: ownId ? "partners.account.editTitle" : "partners.account.createTitle", description: "partners.account.createLead" },
      { noindex: true },
    ),
  ]);
  const options = await loadPartnerEditorOptions(language, stored ? keptTaxonomyOf(stored.values) : undefined);
  return {
    language,
    options,
    profile: stored
      ? { id: stored.id, isPublic: stored.isPublic, version: stored.version, contactEmailStatus: stored.contactEmailStatus }
      : null,
    defaultValue: stored ? stored.values : newPartnerProfileDefaults(user.displayName, language),
    meta,
  };
}

/** Creates the user's profile (the first save) or updates it; the editor's version tells a stale tab apart. */
export async function ownPartnerProfileAction(request: Request, context: unknown) {
  const user = await requireUser(request);
  const actor = { id: user.id, displayName: user.displayName };
  const { ip, origin } = requestContext(request, context);
  const [formData, ownId] = await Promise.all([readFormData(request), getOwnPartnerProfileId(user.id)]);
  return submitPartnerProfile(
    formData,
    (content, expectedVersion) =>
      ownId
        ? updatePartnerProfile(actor, ownId, expectedVersion, content, { ip, origin })
        : createIndividualPartnerProfile(actor, content, { ip, origin }),
    async () =>
      redirect("/account/partner", {
        headers: { "Set-Cookie": await flashHeader(ownId ? "partners.flash.profileSaved" : "partners.flash.profileCreated") },
      }),
  );
}
