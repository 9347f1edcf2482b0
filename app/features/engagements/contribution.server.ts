// 活動記録: a partner's dated contributions (completed engagements, and activities a coordinator verified), per fiscal
// year (April–March in Japan) as a page, a CSV and a printable certificate whose verification address (a signed
// link) anyone can open signed out. When an individual deletes their account, their records become anonymous
// counts (ContributionTally) and are deleted (decision 0020, extending 0015).
import { prisma, type Db } from "~/kernel/db.server.ts";
import { csvDocument } from "~/kernel/csv.server.ts";
import { fiscalYearBounds, fiscalYearOf, startOfTokyoDay, tokyoDate, utcDate, utcMidnight } from "~/kernel/japan-time.ts";
import { signRecordLink, verifyRecordLink } from "~/kernel/signed-token.server.ts";
import { forbidden, invalid, ok } from "~/kernel/result.ts";
import type { Language } from "~/kernel/i18n/config.ts";
import { translator } from "~/kernel/i18n/translator.server.ts";
import { pickLanguage } from "~/kernel/localize.ts";
import type { RequestContext } from "~/kernel/auth/guards.server.ts";
import { isEngagementCoordinator, type EngagementActor } from "./engagement.server.ts";
import type { ContributionKindName } from "./engagement-rules.ts";
import type { ActivityValues } from "./schemas.ts";
import { writeAudit } from "~/kernel/audit/audit.server.ts";

const recordSelect = {
  id: true,
  kind: true,
  title: true,
  occurredOn: true,
  hours: true,
  hostName: true,
  confirmedByName: true,
  strategy: { select: { code: true, nameJa: true, nameEn: true } },
  field: { select: { number: true, nameJa: true, nameEn: true } },
  engagement: { select: { number: true } },
} as const;

type RecordRow = {
  id: string;
  kind: string;
  title: string;
  occurredOn: Date;
  hours: { toString(): string };
  hostName: string;
  confirmedByName: string;
  strategy: { code: string; nameJa: string; nameEn: string };
  field: { number: number; nameJa: string; nameEn: string } | null;
  engagement: { number: number } | null;
};

function recordView(row: RecordRow, language: Language) {
  return {
    id: row.id,
    kind: row.kind as ContributionKindName,
    title: row.title,
    occurredOn: utcDate(row.occurredOn),
    hours: Number(row.hours),
    hostName: row.hostName,
    confirmedByName: row.confirmedByName,
    strategy: `${row.strategy.code}. ${pickLanguage(language, row.strategy.nameJa, row.strategy.nameEn)}`,
    field: row.field ? pickLanguage(language, row.field.nameJa, row.field.nameEn) : null,
    engagementNumber: row.engagement?.number ?? null,
  };
}

/** The fiscal year's days as the `date` column holds them: [1 April, next 1 April), the days fiscalYearBounds spans. */
function fiscalYearDays(year: number) {
  const { start, end } = fiscalYearBounds(year);
  return { from: utcMidnight(tokyoDate(start)), to: utcMidnight(tokyoDate(end)) };
}

/** The fiscal years a partner has records in, newest first, and always the current one. */
export async function contributionYears(partnerId: string, now: Date = new Date()) {
  const rows = await prisma.contributionRecord.findMany({ where: { partnerId }, select: { occurredOn: true }, distinct: ["occurredOn"] });
  const years = new Set(rows.map((row) => fiscalYearOf(startOfTokyoDay(utcDate(row.occurredOn)))));
  years.add(fiscalYearOf(now));
  return [...years].sort((a, b) => b - a);
}

export async function listContributions(partnerId: string, fiscalYear: number, language: Language) {
  const { from, to } = fiscalYearDays(fiscalYear);
  const rows = await prisma.contributionRecord.findMany({
    where: { partnerId, occurredOn: { gte: from, lt: to } },
    orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }],
    select: recordSelect,
  });
  const records = rows.map((row) => recordView(row, language));
  return { records, totalHours: records.reduce((sum, record) => sum + record.hours, 0) };
}

/** The year's records as a CSV a partner can hand on (UTF-8 with BOM for Excel). */
export async function contributionCsv(partnerId: string, fiscalYear: number, language: Language) {
  const t = translator(language, "engagements.records");
  const { records } = await listContributions(partnerId, fiscalYear, language);
  const columns = ["date", "kind", "title", "hours", "strategy", "field", "host", "confirmedBy"] as const;
  return csvDocument(
    [
      columns.map((column) => t(`csv.${column}`)),
      ...records.map((record) => [
        record.occurredOn,
        t(`kinds.${record.kind}`),
        record.title,
        record.hours.toFixed(1),
        record.strategy,
        record.field ?? "",
        record.hostName,
        record.confirmedByName,
      ]),
    ],
    {},
  );
}

/** The verification address printed on a certificate: anyone opening it sees the record as the hub holds it. */
export async function verificationPath(recordId: string) {
  return `/records/verify/${await signRecordLink(`record:${recordId}`)}`;
}

/** The record a verification link names, as a stranger may see it: the partner's name, what, when, how long. */
export async function verifyContribution(token: string, language: Language) {
  const subject = await verifyRecordLink(token);
  if (!subject?.startsWith("record:")) return null;
  const row = await prisma.contributionRecord.findUnique({
    where: { id: subject.slice("record:".length) },
    select: { ...recordSelect, partner: { select: { displayName: true } } },
  });
  return row ? { ...recordView(row, language), partnerName: row.partner.displayName } : null;
}

/** A coordinator records an activity they verified (a workshop visit, a talk, an event shift). */
export async function verifyActivity(input: { actor: EngagementActor; values: Omit<ActivityValues, "intent">; context?: RequestContext }) {
  if (!isEngagementCoordinator(input.actor)) return forbidden();
  const { values } = input;
  const [partner, strategy] = await Promise.all([
    prisma.partnerProfile.findUnique({ where: { id: values.partnerId }, select: { id: true, deletedAt: true, archivedAt: true } }),
    prisma.strategy.findUnique({ where: { code: values.strategyCode }, select: { id: true } }),
  ]);
  if (!partner || partner.deletedAt || partner.archivedAt) return invalid("engagements.validation.choosePartner", "partnerId");
  if (!strategy) return invalid("validation.invalidChoice", "strategyCode");
  const record = await prisma.$transaction(async (tx) => {
    const created = await tx.contributionRecord.create({
      data: {
        partnerId: partner.id,
        kind: values.kind,
        title: values.title,
        occurredOn: utcMidnight(values.occurredOn),
        hours: values.hours,
        strategyId: strategy.id,
        hostName: values.hostName,
        confirmedById: input.actor.id,
        confirmedByName: input.actor.displayName,
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actor: { id: input.actor.id, label: input.actor.displayName },
      action: "contribution.verified",
      targetType: "contribution",
      targetId: created.id,
      details: { partnerId: partner.id, kind: values.kind, occurredOn: values.occurredOn, hours: values.hours },
      ipAddress: input.context?.ip ?? null,
    });
    return created;
  });
  return ok({ id: record.id });
}

/**
 * Account deletion (decision 0015, extended by 0020): the individual's records become counts and hours per fiscal
 * year and kind, nobody's, and are deleted; the person's name leaves their engagements' confirmations, check-ins and
 * reflections (the pseudonym stands in), which stay as the city's record of the work. Runs in the deletion's transaction.
 */
export async function retireEngagementRecords(tx: Db, partnerId: string, pseudonym: string) {
  await tx.engagement.updateMany({
    where: { partnerId, partnerConfirmedByName: { not: null } },
    data: { partnerConfirmedByName: pseudonym },
  });
  await tx.engagementCheckIn.updateMany({
    where: { engagement: { partnerId }, side: "PARTNER", answeredByName: { not: null } },
    data: { answeredByName: pseudonym },
  });
  await tx.engagementReflection.updateMany({ where: { engagement: { partnerId }, side: "PARTNER" }, data: { authorName: pseudonym } });
  await retireContributionRecords(tx, partnerId);
}

async function retireContributionRecords(tx: Db, partnerId: string) {
  await tx.$executeRaw`
    INSERT INTO "ContributionTally" ("fiscalYear", "kind", "records", "hours")
    SELECT CASE WHEN EXTRACT(MONTH FROM r."occurredOn") >= 4 THEN EXTRACT(YEAR FROM r."occurredOn") ELSE EXTRACT(YEAR FROM r."occurredOn") - 1 END::int,
           r."kind", count(*)::int, sum(r."hours")
      FROM "ContributionRecord" r WHERE r."partnerId" = ${partnerId}::uuid
     GROUP BY 1, 2
    ON CONFLICT ("fiscalYear", "kind") DO UPDATE
      SET "records" = "ContributionTally"."records" + EXCLUDED."records", "hours" = "ContributionTally"."hours" + EXCLUDED."hours"`;
  await tx.contributionRecord.deleteMany({ where: { partnerId } });
}
