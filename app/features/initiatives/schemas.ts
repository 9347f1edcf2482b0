// The initiative forms' schemas (Conform in the browser, the actions on the server) and the status rules both
// sides show. Messages are translation keys; "key|n" passes a number to the message.
import { z } from "zod";
import { initiativeStatuses, type InitiativeStatusName } from "~/features/initiatives/initiative-options.ts";
import { missing, optionalText, requiredText } from "~/kernel/forms/text-fields.ts";

export { initiativeStatuses, type InitiativeStatusName };

/** ACTIVE → PAUSED | COMPLETED, PAUSED → ACTIVE | COMPLETED; COMPLETED is final (the database enforces it too). */
export const initiativeTransitions: Record<InitiativeStatusName, readonly InitiativeStatusName[]> = {
  ACTIVE: ["PAUSED", "COMPLETED"],
  PAUSED: ["ACTIVE", "COMPLETED"],
  COMPLETED: [],
};

export function canChangeInitiativeStatus(from: InitiativeStatusName, to: InitiativeStatusName): boolean {
  return initiativeTransitions[from].includes(to);
}

export const INITIATIVE_LIMITS = {
  title: 120,
  summary: 400,
  story: 20_000,
  alt: 200,
  reason: 1_000,
  name: 120,
  role: 120,
  updateTitle: 120,
  updateBody: 20_000,
  updateImages: 4,
  milestoneTitle: 120,
  description: 2_000,
  location: 200,
  label: 120,
  unit: 30,
  note: 400,
} as const;

const day = z
  .string({ error: missing })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "initiatives.validation.date")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "initiatives.validation.date");

const time = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "initiatives.validation.time")
  .optional()
  .or(z.literal("").transform(() => undefined));

const version = z.coerce.number<string>({ error: "validation.invalidChoice" }).int().min(0);

/** "Create an initiative from this match" or "join an existing one" on the coordinator's match page. */
export const initiativeFromMatchSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("initiative-create") }),
  z.object({
    intent: z.literal("initiative-join"),
    initiativeNumber: z.coerce
      .number<string>({ error: "initiatives.validation.chooseInitiative" })
      .int("initiatives.validation.chooseInitiative")
      .min(1, "initiatives.validation.chooseInitiative"),
  }),
]);

export const initiativeDetailsSchema = z.object({
  intent: z.literal("details"),
  version,
  titleJa: requiredText(INITIATIVE_LIMITS.title),
  titleEn: optionalText(INITIATIVE_LIMITS.title),
  summaryJa: requiredText(INITIATIVE_LIMITS.summary),
  summaryEn: optionalText(INITIATIVE_LIMITS.summary),
  storyJa: z.string().trim().max(INITIATIVE_LIMITS.story, `validation.tooLong|${INITIATIVE_LIMITS.story}`).default(""),
  storyEn: optionalText(INITIATIVE_LIMITS.story),
  strategyCode: z.enum(["A", "B", "C"], { error: missing }),
  fieldNumbers: z
    .array(z.coerce.number<string>().int().min(1).max(9), { error: "challengeForm.fieldsRequired" })
    .min(1, "challengeForm.fieldsRequired")
    .max(9),
  areaSlug: z.string({ error: missing }).trim().min(1, "validation.required").max(60),
  periodNumber: z.coerce.number<string>({ error: missing }).int().min(1).max(3),
  coverAltJa: optionalText(INITIATIVE_LIMITS.alt),
  coverAltEn: optionalText(INITIATIVE_LIMITS.alt),
  removeCover: z.literal("on").optional(),
});
export type InitiativeDetailsValues = z.output<typeof initiativeDetailsSchema>;

export const initiativeStatusSchema = z.object({
  intent: z.literal("status"),
  version,
  status: z.enum(initiativeStatuses, { error: missing }),
  reason: requiredText(INITIATIVE_LIMITS.reason),
});

export const counterpartSchema = z.object({
  intent: z.literal("counterpart-save"),
  /** Empty for a new counterpart. */
  counterpartId: z
    .string()
    .uuid()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  nameJa: requiredText(INITIATIVE_LIMITS.name),
  nameEn: optionalText(INITIATIVE_LIMITS.name),
  roleJa: z.string().trim().max(INITIATIVE_LIMITS.role, `validation.tooLong|${INITIATIVE_LIMITS.role}`).default(""),
  roleEn: optionalText(INITIATIVE_LIMITS.role),
  position: z.coerce.number<string>({ error: "validation.invalidChoice" }).int().min(0).max(999).default(0),
});
export type CounterpartValues = z.output<typeof counterpartSchema>;

export const updateLanguages = ["ja", "en"] as const;

/**
 * A progress update. The pictures are files (image1…image4) checked on the server; their alt texts are part of
 * the schema so that what was typed comes back with an error.
 */
export const initiativeUpdateSchema = z.object({
  intent: z.literal("update-save"),
  /** Empty for a new update. */
  updateId: z
    .string()
    .uuid()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  title: requiredText(INITIATIVE_LIMITS.updateTitle),
  body: requiredText(INITIATIVE_LIMITS.updateBody),
  language: z.enum(updateLanguages, { error: missing }),
  alt1: optionalText(INITIATIVE_LIMITS.alt),
  alt2: optionalText(INITIATIVE_LIMITS.alt),
  alt3: optionalText(INITIATIVE_LIMITS.alt),
  alt4: optionalText(INITIATIVE_LIMITS.alt),
});
export type InitiativeUpdateValues = z.output<typeof initiativeUpdateSchema>;
export const UPDATE_IMAGE_FIELDS = ["image1", "image2", "image3", "image4"] as const;
export const UPDATE_ALT_FIELDS = ["alt1", "alt2", "alt3", "alt4"] as const;

export const milestoneKinds = ["MILESTONE", "EVENT"] as const;

export const milestoneSchema = z
  .object({
    intent: z.literal("milestone-save"),
    milestoneId: z
      .string()
      .uuid()
      .optional()
      .or(z.literal("").transform(() => undefined)),
    kind: z.enum(milestoneKinds, { error: missing }),
    titleJa: requiredText(INITIATIVE_LIMITS.milestoneTitle),
    titleEn: optionalText(INITIATIVE_LIMITS.milestoneTitle),
    descriptionJa: z.string().trim().max(INITIATIVE_LIMITS.description, `validation.tooLong|${INITIATIVE_LIMITS.description}`).default(""),
    descriptionEn: optionalText(INITIATIVE_LIMITS.description),
    date: day,
    /** Empty: a whole day. */
    startTime: time,
    endTime: time,
    locationJa: optionalText(INITIATIVE_LIMITS.location),
    locationEn: optionalText(INITIATIVE_LIMITS.location),
  })
  .refine((value) => !value.endTime || (value.startTime !== undefined && value.endTime > value.startTime), {
    path: ["endTime"],
    message: "initiatives.validation.endAfterStart",
  });
export type MilestoneValues = z.output<typeof milestoneSchema>;

export const outcomeSchema = z.object({
  intent: z.literal("outcome-save"),
  outcomeId: z
    .string()
    .uuid()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  labelJa: requiredText(INITIATIVE_LIMITS.label),
  labelEn: optionalText(INITIATIVE_LIMITS.label),
  value: z
    .string({ error: missing })
    .trim()
    .regex(/^-?\d{1,12}(\.\d{1,2})?$/, "initiatives.validation.number"),
  unitJa: requiredText(INITIATIVE_LIMITS.unit),
  unitEn: optionalText(INITIATIVE_LIMITS.unit),
  achievedOn: day,
  noteJa: z.string().trim().max(INITIATIVE_LIMITS.note, `validation.tooLong|${INITIATIVE_LIMITS.note}`).default(""),
  noteEn: optionalText(INITIATIVE_LIMITS.note),
});
export type OutcomeValues = z.output<typeof outcomeSchema>;

/** Small forms that only name what they act on. */
export const idActionSchema = z.object({
  intent: z.enum([
    "counterpart-delete",
    "update-delete",
    "milestone-delete",
    "milestone-achieved",
    "milestone-not-achieved",
    "outcome-delete",
    "participant-remove",
  ]),
  id: z.string().uuid("validation.invalidChoice"),
});

export const visibilitySchema = z.object({
  intent: z.literal("participant-visibility"),
  partnerId: z.string().uuid("validation.invalidChoice"),
  showPublicly: z.enum(["on", "off"]),
});

export const cheerSchema = z.object({ intent: z.literal("cheer"), cheer: z.enum(["on", "off"]) });

export const initiativeListFiltersSchema = z.object({
  strategy: z.enum(["A", "B", "C"]).optional().catch(undefined),
  field: z.coerce.number<string>().int().min(1).max(9).optional().catch(undefined),
  area: z
    .string()
    .trim()
    .max(60)
    .regex(/^[a-z0-9-]+$/)
    .optional()
    .catch(undefined),
  status: z.enum(initiativeStatuses).optional().catch(undefined),
  page: z.coerce.number<string>().int().min(1).max(10_000).catch(1).default(1),
});
export type InitiativeListFilters = z.output<typeof initiativeListFiltersSchema>;

export function parseInitiativeListFilters(params: URLSearchParams): InitiativeListFilters {
  const raw = Object.fromEntries([...params.entries()].filter(([, value]) => value !== ""));
  return initiativeListFiltersSchema.parse(raw);
}
