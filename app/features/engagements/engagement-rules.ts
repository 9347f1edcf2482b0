// The engagement rules both the pages and the server read (browser-safe): the kinds, statuses, check-in answers,
// when a scope is agreed, when reflections are revealed, and which check-ins count as missed.
import { addTokyoDays, daysUntil, type Day } from "~/kernel/japan-time.ts";

export const engagementKinds = ["CONSULTATION", "PRO_BONO_PROJECT", "PAID_SIDE_JOB", "COMPANY_PARTNERSHIP", "RESEARCH"] as const;
export type EngagementKindName = (typeof engagementKinds)[number];

export const engagementStatuses = ["SCOPING", "ACTIVE", "REFLECTING", "COMPLETED", "ENDED_EARLY"] as const;
export type EngagementStatusName = (typeof engagementStatuses)[number];

export const engagementSides = ["PARTNER", "HOST"] as const;
export type EngagementSideName = (typeof engagementSides)[number];

export const checkInAnswers = ["ON_TRACK", "AT_RISK", "BLOCKED"] as const;
export type CheckInAnswerName = (typeof checkInAnswers)[number];

export const contributionKinds = ["ENGAGEMENT", "WORKSHOP_VISIT", "TALK", "EVENT_SHIFT", "OTHER"] as const;
export type ContributionKindName = (typeof contributionKinds)[number];
/** What a coordinator verifies by hand; ENGAGEMENT records come from completed engagements only. */
export const verifiableKinds = ["WORKSHOP_VISIT", "TALK", "EVENT_SHIFT", "OTHER"] as const satisfies readonly ContributionKindName[];

/** Neither side reads the other's reflection before both answered or this many days after reflections opened. */
export const REFLECTION_REVEAL_DAYS = 14;
/** Two missed check-ins of one side put an engagement on the coordinators' attention list. */
export const MISSED_CHECK_INS_FOR_ATTENTION = 2;

/** The scope can still be edited (and is then confirmed again) until the work ends. */
export function scopeEditable(status: EngagementStatusName): boolean {
  return status === "SCOPING" || status === "ACTIVE";
}

/** Both sides confirmed the scope as it now reads. */
export function scopeAgreed(engagement: {
  scopeRevision: number;
  partnerConfirmedRevision: number | null;
  hostConfirmedRevision: number | null;
}): boolean {
  return engagement.partnerConfirmedRevision === engagement.scopeRevision && engagement.hostConfirmedRevision === engagement.scopeRevision;
}

/** Whether each side may read the other's reflection: both answered, or the waiting time is over. */
export function reflectionsRevealed(input: { submittedSides: number; openedAt: Date | null; now: Date }): boolean {
  if (input.submittedSides >= 2) return true;
  if (!input.openedAt) return false;
  return input.now.getTime() - input.openedAt.getTime() >= REFLECTION_REVEAL_DAYS * 24 * 60 * 60 * 1000;
}

/** A check-in nobody answered by the time the next one came due. */
export function checkInMissed(input: { dueOn: Day; answered: boolean; everyDays: number; today: Day }): boolean {
  return !input.answered && daysUntil(addTokyoDays(input.dueOn, input.everyDays), input.today) <= 0;
}

/**
 * The latest check-in day on or before `today`: every `everyDays` from the start, never the start itself and never
 * after the end. Null before the first one.
 */
export function latestCheckInDay(input: { startsOn: Day; endsOn: Day; everyDays: number; today: Day }): Day | null {
  const last = daysUntil(input.today, input.endsOn) >= 0 ? input.today : input.endsOn;
  const elapsed = daysUntil(input.startsOn, last);
  const rounds = Math.floor(elapsed / input.everyDays);
  return rounds >= 1 ? addTokyoDays(input.startsOn, rounds * input.everyDays) : null;
}
