// What happens in an initiative over time: progress updates (by coordinators or a participating partner's
// members, with pictures), milestones and events (the calendar's source: `sequence` goes up on every change), and
// outcomes in numbers. Each change commits with its audit entry; the activities followers hear about are written
// in the same transaction and dispatched after it.
import { Prisma } from "~/generated/prisma/client.ts";
import type { InitiativeUpdateValues, MilestoneValues, OutcomeValues } from "~/features/initiatives/schemas.ts";
import { prisma } from "~/kernel/db.server.ts";
import { tokyoDateTime, utcMidnight } from "~/kernel/japan-time.ts";
import { dispatchActivities, recordActivity } from "~/features/following/index.server.ts";
import { auditInitiative, isCoordinator, type InitiativeActor, type InitiativeRequestContext } from "./initiative.server.ts";
import { forbidden, notFound, type ForbiddenFailure, type NotFoundFailure, type Result } from "~/kernel/result.ts";

export type ItemOutcome = Result<{ id: string }, NotFoundFailure | ForbiddenFailure>;

/** Deletes pictures nothing shows any more (a removed update's, a replaced cover); one in use is kept. */
export async function deleteUnusedInitiativeImages(ids: readonly (string | null | undefined)[]): Promise<number> {
  const candidates = ids.filter((id): id is string => typeof id === "string");
  if (!candidates.length) return 0;
  const { count } = await prisma.image.deleteMany({
    where: { id: { in: candidates }, challenges: { none: {} }, initiatives: { none: {} }, updateImages: { none: {} } },
  });
  return count;
}

// ───────────────────────────── Updates ─────────────────────────────

/**
 * Which partner an update is posted for: none for a coordinator, else a participating partner the author is a
 * member of. A partner's member who is not taking part gets "forbidden" (the route answers 404).
 */
async function authorPartnerFor(
  initiativeId: string,
  actor: InitiativeActor,
  requestedPartnerId: string | null,
): Promise<Result<{ partnerId: string | null }, ForbiddenFailure>> {
  const memberships = await prisma.initiativeParticipant.findMany({
    where: { initiativeId, partner: { members: { some: { userId: actor.id } } } },
    select: { partnerId: true },
    orderBy: { joinedAt: "asc" },
  });
  const requested = requestedPartnerId ? memberships.find((row) => row.partnerId === requestedPartnerId) : undefined;
  if (requested) return { ok: true, partnerId: requested.partnerId };
  if (isCoordinator(actor)) return { ok: true, partnerId: null };
  if (memberships[0]) return { ok: true, partnerId: memberships[0].partnerId };
  return forbidden();
}

/** Whether the actor may post updates on the initiative at all (coordinators, or members of a participant). */
export async function canPostUpdate(initiativeId: string, actor: InitiativeActor | null): Promise<boolean> {
  if (!actor) return false;
  if (isCoordinator(actor)) return true;
  return (await authorPartnerFor(initiativeId, actor, null)).ok;
}

export type UpdateImageInput = { imageId: string; alt: string };

export async function postInitiativeUpdate(input: {
  actor: InitiativeActor;
  initiativeId: string;
  values: Omit<InitiativeUpdateValues, "intent" | "updateId" | "alt1" | "alt2" | "alt3" | "alt4">;
  images: UpdateImageInput[];
  partnerId?: string | null;
  requestContext?: InitiativeRequestContext;
}): Promise<ItemOutcome> {
  const author = await authorPartnerFor(input.initiativeId, input.actor, input.partnerId ?? null);
  if (!author.ok) return author;
  const outcome = await prisma.$transaction(async (tx) => {
    const update = await tx.initiativeUpdate.create({
      data: {
        initiativeId: input.initiativeId,
        authorId: input.actor.id,
        partnerId: author.partnerId,
        title: input.values.title,
        body: input.values.body,
        language: input.values.language,
        images: { create: input.images.map((image, position) => ({ imageId: image.imageId, alt: image.alt, position })) },
      },
      select: { id: true },
    });
    await auditInitiative(tx, input, "initiative.update_posted", {
      updateId: update.id,
      partnerId: author.partnerId,
      images: input.images.length,
    });
    const activity = await recordActivity(tx, {
      kind: "INITIATIVE_UPDATE_POSTED",
      initiativeId: input.initiativeId,
      updateId: update.id,
      actorId: input.actor.id,
      details: { title: input.values.title },
      origin: input.requestContext?.origin,
    });
    return { id: update.id, activity };
  });
  await dispatchActivities([outcome.activity]);
  return { ok: true, id: outcome.id };
}

/** Its author may change or remove an update; coordinators any. Anyone else: not found. */
async function editableUpdate(initiativeId: string, updateId: string, actor: InitiativeActor) {
  const update = await prisma.initiativeUpdate.findFirst({
    where: { id: updateId, initiativeId },
    select: { id: true, authorId: true, images: { select: { imageId: true, position: true } } },
  });
  if (!update) return null;
  if (update.authorId !== actor.id && !isCoordinator(actor)) return null;
  return update;
}

export async function editInitiativeUpdate(input: {
  actor: InitiativeActor;
  initiativeId: string;
  updateId: string;
  values: Omit<InitiativeUpdateValues, "intent" | "updateId" | "alt1" | "alt2" | "alt3" | "alt4">;
  /** Alt texts of the pictures already there, by position; new pictures are appended. */
  altByPosition: Map<number, string>;
  addedImages: UpdateImageInput[];
  requestContext?: InitiativeRequestContext;
}): Promise<ItemOutcome> {
  const update = await editableUpdate(input.initiativeId, input.updateId, input.actor);
  if (!update) return notFound();
  await prisma.$transaction(async (tx) => {
    await tx.initiativeUpdate.update({
      where: { id: update.id },
      data: { title: input.values.title, body: input.values.body, language: input.values.language, editedAt: new Date() },
      select: { id: true },
    });
    for (const image of update.images) {
      const alt = input.altByPosition.get(image.position);
      if (alt)
        await tx.initiativeUpdateImage.update({
          where: { updateId_imageId: { updateId: update.id, imageId: image.imageId } },
          data: { alt },
          select: { imageId: true },
        });
    }
    const next = Math.max(-1, ...update.images.map((image) => image.position)) + 1;
    if (input.addedImages.length) {
      await tx.initiativeUpdateImage.createMany({
        data: input.addedImages.map((image, index) => ({
          updateId: update.id,
          imageId: image.imageId,
          alt: image.alt,
          position: next + index,
        })),
      });
    }
    await auditInitiative(tx, input, "initiative.update_edited", { updateId: update.id });
  });
  return { ok: true, id: update.id };
}

export async function deleteInitiativeUpdate(input: {
  actor: InitiativeActor;
  initiativeId: string;
  updateId: string;
  requestContext?: InitiativeRequestContext;
}): Promise<ItemOutcome> {
  const update = await editableUpdate(input.initiativeId, input.updateId, input.actor);
  if (!update) return notFound();
  await prisma.$transaction(async (tx) => {
    await tx.initiativeUpdate.delete({ where: { id: update.id }, select: { id: true } });
    await auditInitiative(tx, input, "initiative.update_deleted", { updateId: update.id });
  });
  await deleteUnusedInitiativeImages(update.images.map((image) => image.imageId));
  return { ok: true, id: update.id };
}

/** A committed item change: not found, or saved, its activity (if it made one) sent to followers after the commit. */
async function announced(
  outcome: { id: string; activity: Parameters<typeof dispatchActivities>[0][number] | null } | null,
): Promise<ItemOutcome> {
  if (!outcome) return notFound();
  if (outcome.activity) await dispatchActivities([outcome.activity]);
  return { ok: true, id: outcome.id };
}

// ───────────────────────────── Milestones and events ─────────────────────────────

/** The form's day and times (Japan time) as instants; a whole day starts at midnight in Shiojiri. */
export function milestoneTimes(values: Pick<MilestoneValues, "date" | "startTime" | "endTime">) {
  const allDay = !values.startTime;
  const startsAt = tokyoDateTime(values.date, values.startTime ?? "00:00");
  const endsAt = values.endTime ? tokyoDateTime(values.date, values.endTime) : null;
  return { allDay, startsAt, endsAt };
}

/** The milestone form's values; what is optional in the form may be left out. */
export type MilestoneInput = Pick<MilestoneValues, "kind" | "titleJa" | "date"> &
  Partial<
    Pick<
      MilestoneValues,
      "milestoneId" | "titleEn" | "descriptionJa" | "descriptionEn" | "startTime" | "endTime" | "locationJa" | "locationEn"
    >
  >;

export async function saveMilestone(input: {
  actor: InitiativeActor;
  initiativeId: string;
  values: MilestoneInput;
  requestContext?: InitiativeRequestContext;
}): Promise<ItemOutcome> {
  const { milestoneId, date: _date, startTime: _start, endTime: _end, ...given } = input.values;
  const columns = {
    kind: given.kind,
    titleJa: given.titleJa,
    titleEn: given.titleEn ?? null,
    descriptionJa: given.descriptionJa ?? "",
    descriptionEn: given.descriptionEn ?? null,
    locationJa: given.locationJa ?? null,
    locationEn: given.locationEn ?? null,
  };
  const times = milestoneTimes(input.values);
  const outcome = await prisma.$transaction(async (tx) => {
    let id: string;
    if (milestoneId) {
      const [row] = await tx.initiativeMilestone.updateManyAndReturn({
        where: { id: milestoneId, initiativeId: input.initiativeId },
        data: { ...columns, ...times, sequence: { increment: 1 } },
        select: { id: true },
      });
      if (!row) return null;
      id = row.id;
    } else {
      id = (await tx.initiativeMilestone.create({ data: { ...columns, ...times, initiativeId: input.initiativeId }, select: { id: true } }))
        .id;
    }
    await auditInitiative(tx, input, "initiative.milestone_saved", { milestoneId: id, titleJa: columns.titleJa, kind: columns.kind });
    const activity = milestoneId
      ? null
      : await recordActivity(tx, {
          kind: "MILESTONE_ADDED",
          initiativeId: input.initiativeId,
          actorId: input.actor.id,
          details: { milestoneId: id, titleJa: columns.titleJa, titleEn: columns.titleEn ?? null, kind: columns.kind },
          origin: input.requestContext?.origin,
        });
    return { id, activity };
  });
  return announced(outcome);
}

export async function setMilestoneAchieved(input: {
  actor: InitiativeActor;
  initiativeId: string;
  milestoneId: string;
  achieved: boolean;
  requestContext?: InitiativeRequestContext;
}): Promise<ItemOutcome> {
  const outcome = await prisma.$transaction(async (tx) => {
    const [row] = await tx.initiativeMilestone.updateManyAndReturn({
      // Marking an achieved milestone achieved again changes nothing and tells nobody.
      where: { id: input.milestoneId, initiativeId: input.initiativeId, achievedAt: input.achieved ? null : { not: null } },
      data: { achievedAt: input.achieved ? new Date() : null, sequence: { increment: 1 } },
      select: { id: true, titleJa: true, titleEn: true },
    });
    if (!row) {
      const exists = await tx.initiativeMilestone.count({ where: { id: input.milestoneId, initiativeId: input.initiativeId } });
      return exists ? { id: input.milestoneId, activity: null } : null;
    }
    await auditInitiative(tx, input, "initiative.milestone_saved", { milestoneId: row.id, achieved: input.achieved });
    const activity = input.achieved
      ? await recordActivity(tx, {
          kind: "MILESTONE_ACHIEVED",
          initiativeId: input.initiativeId,
          actorId: input.actor.id,
          details: { milestoneId: row.id, titleJa: row.titleJa, titleEn: row.titleEn ?? null },
          origin: input.requestContext?.origin,
        })
      : null;
    return { id: row.id, activity };
  });
  return announced(outcome);
}

export async function deleteMilestone(input: {
  actor: InitiativeActor;
  initiativeId: string;
  milestoneId: string;
  requestContext?: InitiativeRequestContext;
}): Promise<ItemOutcome> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.initiativeMilestone.deleteMany({ where: { id: input.milestoneId, initiativeId: input.initiativeId } });
    if (count === 0) return notFound();
    await auditInitiative(tx, input, "initiative.milestone_deleted", { milestoneId: input.milestoneId });
    return { ok: true as const, id: input.milestoneId };
  });
}

// ───────────────────────────── Outcomes ─────────────────────────────

/** The outcome form's values; what is optional in the form may be left out. */
export type OutcomeInput = Pick<OutcomeValues, "labelJa" | "value" | "unitJa" | "achievedOn"> &
  Partial<Pick<OutcomeValues, "outcomeId" | "labelEn" | "unitEn" | "noteJa" | "noteEn">>;

export async function saveOutcome(input: {
  actor: InitiativeActor;
  initiativeId: string;
  values: OutcomeInput;
  requestContext?: InitiativeRequestContext;
}): Promise<ItemOutcome> {
  const { outcomeId, value, achievedOn, ...given } = input.values;
  const columns = {
    labelJa: given.labelJa,
    labelEn: given.labelEn ?? null,
    unitJa: given.unitJa,
    unitEn: given.unitEn ?? null,
    noteJa: given.noteJa ?? "",
    noteEn: given.noteEn ?? null,
  };
  const data = { ...columns, value: new Prisma.Decimal(value), achievedOn: utcMidnight(achievedOn) };
  const outcome = await prisma.$transaction(async (tx) => {
    let id: string;
    if (outcomeId) {
      const [row] = await tx.initiativeOutcome.updateManyAndReturn({
        where: { id: outcomeId, initiativeId: input.initiativeId },
        data,
        select: { id: true },
      });
      if (!row) return null;
      id = row.id;
    } else {
      id = (
        await tx.initiativeOutcome.create({
          data: { ...data, initiativeId: input.initiativeId, createdById: input.actor.id },
          select: { id: true },
        })
      ).id;
    }
    await auditInitiative(tx, input, "initiative.outcome_saved", {
      outcomeId: id,
      labelJa: columns.labelJa,
      value,
      unitJa: columns.unitJa,
    });
    const activity = outcomeId
      ? null
      : await recordActivity(tx, {
          kind: "OUTCOME_RECORDED",
          initiativeId: input.initiativeId,
          actorId: input.actor.id,
          details: {
            outcomeId: id,
            labelJa: columns.labelJa,
            labelEn: columns.labelEn ?? null,
            value,
            unitJa: columns.unitJa,
            unitEn: columns.unitEn ?? null,
          },
          origin: input.requestContext?.origin,
        });
    return { id, activity };
  });
  return announced(outcome);
}

export async function deleteOutcome(input: {
  actor: InitiativeActor;
  initiativeId: string;
  outcomeId: string;
  requestContext?: InitiativeRequestContext;
}): Promise<ItemOutcome> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.initiativeOutcome.deleteMany({ where: { id: input.outcomeId, initiativeId: input.initiativeId } });
    if (count === 0) return notFound();
    await auditInitiative(tx, input, "initiative.outcome_deleted", { outcomeId: input.outcomeId });
    return { ok: true as const, id: input.outcomeId };
  });
}
