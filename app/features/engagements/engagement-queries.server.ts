// What the engagement pages read: the coordinators' list and the matches waiting for an engagement, a partner's own
// engagements, and one engagement with its scope, confirmations, revisions and check-ins. Explicit selects, one query
// per list.
import { prisma } from "~/kernel/db.server.ts";
import type { Language } from "~/kernel/i18n/config.ts";
import { pickLanguage } from "~/kernel/localize.ts";
import { todayInTokyo, utcDate } from "~/kernel/japan-time.ts";
import { shownPartnerName } from "~/features/partners/index.server.ts";
import {
  checkInMissed,
  latestCheckInDay,
  type CheckInAnswerName,
  type EngagementKindName,
  type EngagementSideName,
  type EngagementStatusName,
} from "./engagement-rules.ts";
import { addTokyoDays } from "~/kernel/japan-time.ts";

const LIST_LIMIT = 200;

const listSelect = {
  number: true,
  title: true,
  kind: true,
  status: true,
  startsOn: true,
  endsOn: true,
  partner: { select: { displayName: true } },
} as const;

function listRow(
  row: { number: number; title: string; kind: string; status: string; startsOn: Date; endsOn: Date; partner: { displayName: string } },
  language: Language,
) {
  return {
    number: row.number,
    title: row.title,
    kind: row.kind as EngagementKindName,
    status: row.status as EngagementStatusName,
    startsOn: utcDate(row.startsOn),
    endsOn: utcDate(row.endsOn),
    partnerName: shownPartnerName(row.partner.displayName, language),
  };
}

export async function listEngagements(language: Language) {
  const rows = await prisma.engagement.findMany({ orderBy: { number: "desc" }, take: LIST_LIMIT, select: listSelect });
  return rows.map((row) => listRow(row, language));
}

export async function listEngagementsOfUser(userId: string, language: Language) {
  const rows = await prisma.engagement.findMany({
    where: { partner: { members: { some: { userId } } } },
    orderBy: { number: "desc" },
    take: LIST_LIMIT,
    select: listSelect,
  });
  return rows.map((row) => listRow(row, language));
}

/** Agreed (or active) matches without an engagement yet: where a coordinator starts one. */
export async function listStartableMatches(language: Language) {
  const rows = await prisma.match.findMany({
    where: { stage: { in: ["AGREED", "ACTIVE"] }, engagement: null },
    orderBy: { number: "desc" },
    take: LIST_LIMIT,
    select: { number: true, challenge: { select: { titleJa: true, titleEn: true } }, partner: { select: { displayName: true } } },
  });
  return rows.map((row) => ({
    number: row.number,
    label: `#${row.number} ${pickLanguage(language, row.challenge.titleJa, row.challenge.titleEn)} — ${shownPartnerName(row.partner.displayName, language)}`,
  }));
}

/** Partners a coordinator may add a verified activity for: not deleted, not archived. */
export async function listRecordablePartners() {
  return prisma.partnerProfile.findMany({
    where: { deletedAt: null, archivedAt: null },
    orderBy: { displayName: "asc" },
    take: 1_000,
    select: { id: true, displayName: true },
  });
}

export async function getEngagementDetail(id: string, language: Language, now: Date = new Date()) {
  const row = await prisma.engagement.findUnique({
    where: { id },
    select: {
      id: true,
      number: true,
      kind: true,
      status: true,
      version: true,
      scopeRevision: true,
      title: true,
      deliverable: true,
      hoursPerMonth: true,
      startsOn: true,
      endsOn: true,
      meetingRhythm: true,
      checkInEveryDays: true,
      cityProvides: true,
      hostName: true,
      hostEmail: true,
      hostLanguage: true,
      partnerConfirmedRevision: true,
      partnerConfirmedAt: true,
      partnerConfirmedByName: true,
      hostConfirmedRevision: true,
      hostConfirmedAt: true,
      hostConfirmedByName: true,
      reflectionsOpenedAt: true,
      completedAt: true,
      endedEarlyAt: true,
      endedReason: true,
      partner: { select: { displayName: true } },
      match: { select: { number: true } },
      initiative: { select: { number: true } },
      revisions: { orderBy: { revision: "desc" }, select: { revision: true, changedByName: true, createdAt: true } },
      checkIns: {
        orderBy: [{ dueOn: "desc" }, { side: "asc" }],
        take: 60,
        select: { id: true, side: true, dueOn: true, answer: true, note: true, answeredAt: true, answeredByName: true },
      },
    },
  });
  if (!row) return null;
  const today = todayInTokyo(now);
  const startsOn = utcDate(row.startsOn);
  const endsOn = utcDate(row.endsOn);
  const latest = latestCheckInDay({ startsOn, endsOn, everyDays: row.checkInEveryDays, today });
  const nextDay = latest ? addTokyoDays(latest, row.checkInEveryDays) : addTokyoDays(startsOn, row.checkInEveryDays);
  return {
    id: row.id,
    number: row.number,
    kind: row.kind as EngagementKindName,
    status: row.status as EngagementStatusName,
    version: row.version,
    scopeRevision: row.scopeRevision,
    scope: {
      title: row.title,
      deliverable: row.deliverable,
      hoursPerMonth: row.hoursPerMonth,
      startsOn,
      endsOn,
      meetingRhythm: row.meetingRhythm,
      checkInEveryDays: row.checkInEveryDays,
      cityProvides: row.cityProvides,
      hostName: row.hostName,
      hostEmail: row.hostEmail,
      hostLanguage: row.hostLanguage === "en" ? ("en" as const) : ("ja" as const),
    },
    confirmations: {
      PARTNER: {
        revision: row.partnerConfirmedRevision,
        at: row.partnerConfirmedAt?.toISOString() ?? null,
        by: row.partnerConfirmedByName,
      },
      HOST: { revision: row.hostConfirmedRevision, at: row.hostConfirmedAt?.toISOString() ?? null, by: row.hostConfirmedByName },
    },
    partnerName: shownPartnerName(row.partner.displayName, language),
    matchNumber: row.match.number,
    initiativeNumber: row.initiative?.number ?? null,
    reflectionsOpenedAt: row.reflectionsOpenedAt?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
    endedEarlyAt: row.endedEarlyAt?.toISOString() ?? null,
    endedReason: row.endedReason,
    nextCheckIn: row.status === "ACTIVE" && nextDay <= endsOn ? nextDay : null,
    revisions: row.revisions.map((revision) => ({ ...revision, createdAt: revision.createdAt.toISOString() })),
    checkIns: row.checkIns.map((checkIn) => {
      const dueOn = utcDate(checkIn.dueOn);
      return {
        id: checkIn.id,
        side: checkIn.side as EngagementSideName,
        dueOn,
        answer: checkIn.answer as CheckInAnswerName | null,
        note: checkIn.note,
        answeredAt: checkIn.answeredAt?.toISOString() ?? null,
        answeredByName: checkIn.answeredByName,
        missed: checkInMissed({ dueOn, answered: Boolean(checkIn.answeredAt), everyDays: row.checkInEveryDays, today }),
      };
    }),
  };
}
