// Skills read from text, stored: PartnerMatchFeatures and ChallengeTextEvidence hold the skills a profile's or a
// challenge's own words speak of (./text-evidence.ts) — and, for partners, the scoring features as one line for a
// fast first read (./features.server.ts) — computed when it is saved and by a pg-boss job that
// catches up every row whose text or whose skill vocabulary changed since it was analysed (existing rows after the
// migration, synonyms edited in /admin/taxonomy, a save whose analysis failed). Suggestions only read the stored
// skill ids: no text analysis on a request that reads.
import type PgBoss from "pg-boss";
import { type Prisma } from "~/generated/prisma/client.ts";
import { prisma } from "~/kernel/db.server.ts";
import { loadAnalyser, type Analyser } from "~/kernel/text/analyser.server.ts";
import { storePartnerFeatureLines } from "./features.server.ts";
import { challengeTexts, compileSkillPhrases, findSkillEvidence, partnerTexts, type SkillPhraseSet } from "./text-evidence.ts";

type Vocabulary = { analyser: Analyser; phrases: SkillPhraseSet; stamp: string };

let vocabulary: Promise<Vocabulary> | undefined;

/** When the skills (names, synonyms, retirement) last changed (admin edits set Skill.updatedAt), and how many. */
async function skillStamp(): Promise<{ changedAt: Date; key: string }> {
  const result = await prisma.skill.aggregate({ _max: { updatedAt: true }, _count: { _all: true } });
  const changedAt = result._max.updatedAt ?? new Date(0);
  return { changedAt, key: `${changedAt.getTime()}/${result._count._all}` };
}

/** The analyser and the compiled skill phrases, rebuilt when an admin changed a skill. */
async function currentVocabulary(): Promise<Vocabulary> {
  const stamp = (await skillStamp()).key;
  const cached = vocabulary ? await vocabulary.catch(() => undefined) : undefined;
  if (cached && cached.stamp === stamp) return cached;
  vocabulary = (async () => {
    const [analyser, skills] = await Promise.all([
      loadAnalyser(),
      prisma.skill.findMany({
        where: { retiredAt: null },
        select: { id: true, nameJa: true, nameEn: true, keywordsJa: true, keywordsEn: true },
      }),
    ]);
    return { analyser, phrases: compileSkillPhrases(analyser, skills), stamp };
  })();
  return vocabulary;
}

/** Analyses the given partners' headline, biography and free-text skills and stores what they show. */
export async function analysePartnerTexts(partnerIds: readonly string[]): Promise<void> {
  if (partnerIds.length === 0) return;
  const { analyser, phrases } = await currentVocabulary();
  const rows = await prisma.partnerProfile.findMany({
    where: { id: { in: [...partnerIds] } },
    select: { id: true, headline: true, bio: true, freeSkills: true },
  });
  const now = new Date();
  await prisma.$transaction(
    rows.map((row) => {
      const evidence = findSkillEvidence(analyser, phrases, partnerTexts(row));
      const data = {
        skillIds: evidence.map((entry) => entry.skillId),
        evidence: evidence as unknown as Prisma.InputJsonValue,
        analysedAt: now,
      };
      return prisma.partnerMatchFeatures.upsert({ where: { partnerId: row.id }, create: { partnerId: row.id, ...data }, update: data });
    }),
  );
  await storePartnerFeatureLines(rows.map((row) => row.id));
}

/** Analyses the given challenges' title, summary and body (both languages) and stores the skills they name. */
export async function analyseChallengeTexts(challengeIds: readonly string[]): Promise<void> {
  if (challengeIds.length === 0) return;
  const { analyser, phrases } = await currentVocabulary();
  const rows = await prisma.challenge.findMany({
    where: { id: { in: [...challengeIds] } },
    select: { id: true, titleJa: true, titleEn: true, summaryJa: true, summaryEn: true, bodyJa: true, bodyEn: true },
  });
  const now = new Date();
  await prisma.$transaction(
    rows.map((row) => {
      const evidence = findSkillEvidence(analyser, phrases, challengeTexts(row));
      const data = {
        skillIds: evidence.map((entry) => entry.skillId),
        evidence: evidence as unknown as Prisma.InputJsonValue,
        analysedAt: now,
      };
      return prisma.challengeTextEvidence.upsert({
        where: { challengeId: row.id },
        create: { challengeId: row.id, ...data },
        update: data,
      });
    }),
  );
}

/**
 * After a save: analyse now so the next suggestion already reads the words. A failure (the dictionary could not be
 * read) never fails the save; the backfill job analyses the row on its next run.
 */
export async function analyseAfterSave(kind: "partner" | "challenge", id: string): Promise<void> {
  try {
    if (kind === "partner") await analysePartnerTexts([id]);
    else await analyseChallengeTexts([id]);
  } catch (error) {
    console.error(`[matching] text analysis of ${kind} ${id} failed; the backfill will retry`, error);
  }
}

const backfillBatch = 500;

/**
 * Analyses every row that has no stored evidence, or whose text (updatedAt) or the skill vocabulary changed after
 * it was analysed, in batches. Returns how many rows were analysed.
 */
export async function backfillTextEvidence(): Promise<{ partners: number; challenges: number }> {
  const vocabularyChangedAt = (await skillStamp()).changedAt;
  let partners = 0;
  let challenges = 0;
  for (;;) {
    const stale = await prisma.$queryRaw<Array<{ id: string }>>`
      SELECT p.id FROM "PartnerProfile" p LEFT JOIN "PartnerMatchFeatures" t ON t."partnerId" = p.id
      WHERE t."partnerId" IS NULL OR t."analysedAt" < p."updatedAt" OR t."analysedAt" < ${vocabularyChangedAt}
        OR t."profileUpdatedAt" IS DISTINCT FROM p."updatedAt"
      LIMIT ${backfillBatch}`;
    if (stale.length === 0) break;
    await analysePartnerTexts(stale.map((row) => row.id));
    partners += stale.length;
  }
  for (;;) {
    const stale = await prisma.$queryRaw<Array<{ id: string }>>`
      SELECT c.id FROM "Challenge" c LEFT JOIN "ChallengeTextEvidence" t ON t."challengeId" = c.id
      WHERE t."challengeId" IS NULL OR t."analysedAt" < c."updatedAt" OR t."analysedAt" < ${vocabularyChangedAt}
      LIMIT ${backfillBatch}`;
    if (stale.length === 0) break;
    await analyseChallengeTexts(stale.map((row) => row.id));
    challenges += stale.length;
  }
  return { partners, challenges };
}

const TEXT_EVIDENCE_QUEUE = "matching.text-evidence";

/** The backfill as a pg-boss job: once when workers start (existing rows after the migration), then every 10 minutes. */
export async function startTextEvidenceBackfill(boss: PgBoss): Promise<void> {
  await boss.createQueue(TEXT_EVIDENCE_QUEUE, { name: TEXT_EVIDENCE_QUEUE, retryLimit: 2, expireInSeconds: 30 * 60 });
  await boss.work(TEXT_EVIDENCE_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
    const done = await backfillTextEvidence();
    if (done.partners || done.challenges)
      console.log(`[matching] analysed the words of ${done.partners} partner(s) and ${done.challenges} challenge(s)`);
  });
  await boss.schedule(TEXT_EVIDENCE_QUEUE, "*/10 * * * *");
  await boss.send(TEXT_EVIDENCE_QUEUE, {}, { singletonKey: "startup", singletonSeconds: 60 });
}
