// Check-ins: at the scope's rhythm each side of an ACTIVE engagement is asked "on track / at risk / blocked?" by
// mail (a signed link, no sign-in) and in the hub. The request is one INSERT over every due engagement with ON
// CONFLICT DO NOTHING on (engagement, due date, side): however many job runs race, each check-in is asked once, and
// only the rows this run inserted get mail. The mails share one rendered body per language (a recipient's own
// values go in its variables), so 10,000 engagements cost two renders; they are handled 2,000 at a time.
import { emailTemplates, renderEmail } from "../../../emails/index.ts";
import { prisma } from "~/kernel/db.server.ts";
import { recipientSlot } from "~/kernel/email/compose.server.ts";
import { dispatchEmailBatches } from "~/kernel/email/outbox.server.ts";
import { mailOrigin } from "~/kernel/auth/guards.server.ts";
import { formatDate, todayInTokyo, utcDate, utcMidnight, type Day } from "~/kernel/japan-time.ts";
import { getLinkSigningKey, signRecordLinkWith } from "~/kernel/signed-token.server.ts";
import { conflict, notFound, ok } from "~/kernel/result.ts";
import type { Language } from "~/kernel/i18n/config.ts";
import { MISSED_CHECK_INS_FOR_ATTENTION, type CheckInAnswerName, type EngagementSideName } from "./engagement-rules.ts";

type RequestedRow = { id: string; engagementId: string; side: EngagementSideName; dueOn: Date };

/** Engagements handled per statement: keeps a worker's memory flat however many are due on one day. */
const CHECK_IN_CHUNK = 2_000;

/**
 * Asks every side of every ACTIVE engagement whose latest check-in day (every `checkInEveryDays` from the start, up
 * to today in Japan and never after the end) has no check-in yet. Returns how many check-ins and mails it made.
 */
export async function requestDueCheckIns(now: Date = new Date(), origin = mailOrigin()) {
  const today = utcMidnight(todayInTokyo(now));
  let bodies: Map<Language, string> | null = null;
  let after = "00000000-0000-0000-0000-000000000000";
  let checkIns = 0;
  let emails = 0;
  for (;;) {
    const chunk = await prisma.$queryRaw<{ id: string }[]>`
      SELECT e."id" FROM "Engagement" e
       WHERE e."status" = 'ACTIVE' AND e."startsOn" + e."checkInEveryDays" <= LEAST(${today}::date, e."endsOn") AND e."id" > ${after}::uuid
       ORDER BY e."id" LIMIT ${CHECK_IN_CHUNK}`;
    if (chunk.length === 0) break;
    after = chunk[chunk.length - 1]!.id;
    const requested = await prisma.$queryRaw<RequestedRow[]>`
      WITH due AS (
        SELECT e."id", e."startsOn" + ((LEAST(${today}::date, e."endsOn") - e."startsOn") / e."checkInEveryDays") * e."checkInEveryDays" AS due_on
          FROM "Engagement" e
         WHERE e."id" = ANY(${chunk.map((row) => row.id)}::uuid[]) AND e."status" = 'ACTIVE'
      )
      INSERT INTO "EngagementCheckIn" ("id", "engagementId", "side", "dueOn", "requestedAt")
      SELECT gen_random_uuid(), due."id", side.value::"EngagementSide", due.due_on, ${now}
        FROM due CROSS JOIN (VALUES ('PARTNER'), ('HOST')) AS side(value)
      ON CONFLICT ("engagementId", "dueOn", "side") DO NOTHING
      RETURNING "id", "engagementId", "side"::text AS "side", "dueOn"`;
    if (requested.length === 0) continue;
    bodies ??= await renderCheckInBodies();
    const emailIds = await queueCheckInMails(requested, bodies, origin);
    await dispatchEmailBatches(emailIds);
    checkIns += requested.length;
    emails += emailIds.length;
  }
  return { checkIns, emails };
}

/** The mail for a day's check-ins reads the same for everyone but the name, title, date and link: one body per language. */
async function renderCheckInBodies() {
  const bodies = new Map<Language, string>();
  for (const language of ["ja", "en"] as const) {
    const props = {
      displayName: recipientSlot("displayName"),
      title: recipientSlot("title"),
      dueOn: recipientSlot("dueOn"),
      url: recipientSlot("url"),
    };
    const rendered = await renderEmail("engagement-check-in", language, props);
    const body = await prisma.emailBody.create({
      data: { ...rendered, subject: emailTemplates["engagement-check-in"].subject(language, props) },
      select: { id: true },
    });
    bodies.set(language, body.id);
  }
  return bodies;
}

async function queueCheckInMails(requested: RequestedRow[], bodies: Map<Language, string>, origin: string): Promise<string[]> {
  const key = await getLinkSigningKey();
  // One tab-separated line per recipient in one text parameter (see the notification fan-out): the engagement's
  // side is resolved to its addresses inside the statement, so nothing is read back per engagement.
  const lines = requested.map((row) => {
    const link = `${origin}/engagement-links/${signRecordLinkWith(key, `check-in:${row.id}`)}`;
    return `${row.id}\t${link}\t${utcDate(row.dueOn)}`;
  });
  const dayJa = (day: Day) => formatDate("ja", day);
  const dayEn = (day: Day) => formatDate("en", day);
  const dueDays = [...new Set(requested.map((row) => utcDate(row.dueOn)))];
  const dayNames = dueDays.map((day) => `${day}\t${dayJa(day)}\t${dayEn(day)}`);
  const queued = await prisma.$queryRaw<{ id: string }[]>`
    WITH r AS (
      SELECT split_part(line, E'\t', 1)::uuid AS check_in_id, split_part(line, E'\t', 2) AS link, split_part(line, E'\t', 3) AS due
        FROM string_to_table(${lines.join("\n")}, E'\n') AS line
    ), days AS (
      SELECT split_part(line, E'\t', 1) AS due, split_part(line, E'\t', 2) AS ja, split_part(line, E'\t', 3) AS en
        FROM string_to_table(${dayNames.join("\n")}, E'\n') AS line
    ), recipients AS (
      -- The host: the address in the scope, with the signed link.
      SELECT c."id" AS check_in_id, 'host' AS who, NULL::uuid AS user_id, e."hostEmail" AS address, e."hostName" AS name,
             CASE WHEN e."hostLanguage" = 'en' THEN 'en' ELSE 'ja' END AS language, e."title", r.link AS url, r.due
        FROM r JOIN "EngagementCheckIn" c ON c."id" = r.check_in_id JOIN "Engagement" e ON e."id" = c."engagementId"
       WHERE c."side" = 'HOST' AND e."hostEmail" <> ''
      UNION ALL
      -- The partner: each member, with the signed link too (they may answer from the hub as well).
      SELECT c."id", u."id"::text, u."id", u."email", u."displayName", CASE WHEN u."language" = 'en' THEN 'en' ELSE 'ja' END,
             e."title", r.link, r.due
        FROM r JOIN "EngagementCheckIn" c ON c."id" = r.check_in_id JOIN "Engagement" e ON e."id" = c."engagementId"
        JOIN "PartnerMember" m ON m."partnerId" = e."partnerId" JOIN "User" u ON u."id" = m."userId"
       WHERE c."side" = 'PARTNER'
    )
    INSERT INTO "EmailMessage" ("id", "idempotencyKey", "template", "language", "toAddress", "userId", "subject", "html", "text",
                                "bodyId", "variables", "updatedAt")
    SELECT gen_random_uuid(), 'engagement-check-in:' || x.check_in_id || ':' || x.who, 'engagement-check-in', x.language, x.address,
           x.user_id, b."subject", '', '', b."id",
           jsonb_build_object('displayName', x.name, 'title', x."title", 'url', x.url,
                              'dueOn', CASE WHEN x.language = 'en' THEN d.en ELSE d.ja END),
           now()
      FROM recipients x
      JOIN days d ON d.due = x.due
      JOIN "EmailBody" b ON b."id" = CASE WHEN x.language = 'en' THEN ${bodies.get("en")!}::uuid ELSE ${bodies.get("ja")!}::uuid END
    ON CONFLICT ("idempotencyKey") DO NOTHING
    RETURNING "id"`;
  return queued.map((row) => row.id);
}

/** Answers one check-in once: a second answer (a double click, a second tab) is refused and the first one stays. */
export async function answerCheckIn(input: { checkInId: string; answer: CheckInAnswerName; note: string; byName: string; now?: Date }) {
  const answered = await prisma.engagementCheckIn.updateMany({
    where: { id: input.checkInId, answeredAt: null, engagement: { status: "ACTIVE" } },
    data: { answer: input.answer, note: input.note, answeredAt: input.now ?? new Date(), answeredByName: input.byName },
  });
  if (answered.count === 1) return ok();
  const current = await prisma.engagementCheckIn.findUnique({ where: { id: input.checkInId }, select: { answeredAt: true } });
  if (!current) return notFound();
  return conflict(current.answeredAt ? "already-answered" : "not-active");
}

/** The check-in a side is asked for now: its latest unanswered one, if the engagement is under way. */
export async function openCheckInOf(engagementId: string, side: EngagementSideName) {
  return prisma.engagementCheckIn.findFirst({
    where: { engagementId, side, answeredAt: null, engagement: { status: "ACTIVE" } },
    orderBy: { dueOn: "desc" },
    select: { id: true, dueOn: true },
  });
}

export type AttentionRow = {
  number: number;
  title: string;
  partnerName: string;
  hostName: string;
  partnerAnswer: CheckInAnswerName | null;
  hostAnswer: CheckInAnswerName | null;
  partnerMissed: number;
  hostMissed: number;
};

/**
 * The coordinators' attention list: ACTIVE engagements whose latest answer from either side is at risk or blocked,
 * or where a side missed two check-ins (unanswered when the next one came due). One statement for the whole list.
 */
export async function listAttention(now: Date = new Date()): Promise<AttentionRow[]> {
  const today = utcMidnight(todayInTokyo(now));
  const rows = await prisma.$queryRaw<
    Array<Omit<AttentionRow, "partnerMissed" | "hostMissed"> & { partnerMissed: bigint; hostMissed: bigint }>
  >`
    SELECT * FROM (
    SELECT e."number", e."title", p."displayName" AS "partnerName", e."hostName",
           (SELECT c."answer"::text FROM "EngagementCheckIn" c WHERE c."engagementId" = e."id" AND c."side" = 'PARTNER' AND c."answer" IS NOT NULL
             ORDER BY c."dueOn" DESC LIMIT 1) AS "partnerAnswer",
           (SELECT c."answer"::text FROM "EngagementCheckIn" c WHERE c."engagementId" = e."id" AND c."side" = 'HOST' AND c."answer" IS NOT NULL
             ORDER BY c."dueOn" DESC LIMIT 1) AS "hostAnswer",
           (SELECT count(*) FROM "EngagementCheckIn" c WHERE c."engagementId" = e."id" AND c."side" = 'PARTNER' AND c."answeredAt" IS NULL
               AND c."dueOn" + e."checkInEveryDays" <= ${today}::date) AS "partnerMissed",
           (SELECT count(*) FROM "EngagementCheckIn" c WHERE c."engagementId" = e."id" AND c."side" = 'HOST' AND c."answeredAt" IS NULL
               AND c."dueOn" + e."checkInEveryDays" <= ${today}::date) AS "hostMissed"
      FROM "Engagement" e JOIN "PartnerProfile" p ON p."id" = e."partnerId"
     WHERE e."status" = 'ACTIVE') AS a
     WHERE a."partnerAnswer" IN ('AT_RISK', 'BLOCKED') OR a."hostAnswer" IN ('AT_RISK', 'BLOCKED')
        OR a."partnerMissed" >= ${MISSED_CHECK_INS_FOR_ATTENTION} OR a."hostMissed" >= ${MISSED_CHECK_INS_FOR_ATTENTION}
     ORDER BY a."number"`;
  return rows.map((row) => ({ ...row, partnerMissed: Number(row.partnerMissed), hostMissed: Number(row.hostMissed) }));
}
