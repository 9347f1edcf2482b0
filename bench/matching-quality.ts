// npm run bench:matching-quality — how often matching puts the partner a careful coordinator would pick in its
// top 1, 3 and 5, on the labelled set in ./matching-quality/cases.ts (each case: a challenge, the right partner,
// distractors that each break one thing, a background population). Runs the engine as the app does: the same text
// analysis that runs when a profile or challenge is saved (kuromoji, the seed's skill synonyms), the same features,
// the same ranking (rankKey). No database: the reference data comes from prisma/seed/reference-data.ts with ids in
// seed order. Ties count against the engine (the right partner is placed after everyone with the same key).
import { loadAnalyser } from "../app/kernel/text/analyser.server.ts";
import {
  compileSkillPhrases,
  findSkillEvidence,
  partnerTexts,
  challengeTexts,
  type SkillPhraseSet,
} from "../app/features/matching/engine/text-evidence.ts";
import {
  buildScoringContext,
  compileChallenge,
  makeChallengeFeatures,
  makePartnerFeatures,
  rankKey,
  type PartnerFeatures,
} from "../app/features/matching/engine/score.ts";
import type { Analyser } from "../app/kernel/text/analyser.server.ts";
import { areas, skills, strategies, strategyFields } from "../prisma/seed/reference-data.ts";
import { distractorKinds, evaluationCases, type ChallengeSpec, type DistractorKind, type PartnerSpec } from "./matching-quality/cases.ts";
import { backgroundPopulation } from "./matching-quality/population.ts";

const backgroundSize = Number(process.env.QUALITY_BACKGROUND ?? 400);

const skillIdBySlug = new Map(skills.map((skill, index) => [skill.slug, index + 1]));
const strategyIdByCode = new Map(strategies.map((strategy, index) => [strategy.code as string, index + 1]));
const fieldIdByNumber = new Map(strategyFields.map((field, index) => [field.number as number, index + 1]));
const areaBySlug = new Map(areas.map((area, index) => [area.slug, { id: index + 1, kind: area.kind }]));
const idsOf = <K>(map: Map<K, number>, keys: readonly K[] | undefined) =>
  (keys ?? []).map((key) => {
    const id = map.get(key);
    if (id === undefined) throw new Error(`unknown reference ${String(key)}`);
    return id;
  });

function partnerFeatures(analyser: Analyser, phrases: SkillPhraseSet, id: string, spec: PartnerSpec): PartnerFeatures {
  const evidence = findSkillEvidence(
    analyser,
    phrases,
    partnerTexts({ headline: spec.headline ?? "", bio: spec.bio ?? "", freeSkills: spec.freeSkills ?? [] }),
  );
  const areaIds = (spec.areas ?? []).map((slug) => areaBySlug.get(slug)!);
  return makePartnerFeatures({
    id,
    skillIds: idsOf(skillIdBySlug, spec.skills),
    textSkillIds: evidence.map((entry) => entry.skillId),
    strategyIds: idsOf(strategyIdByCode, spec.strategies),
    fieldIds: idsOf(fieldIdByNumber, spec.fields),
    areaIds: areaIds.map((area) => area.id),
    areaKinds: areaIds.map((area) => area.kind),
    workStyles: spec.workStyles ?? [],
    engagementTypes: spec.engagementTypes ?? [],
    relationships: spec.relationships ?? [],
    languages: spec.languages ?? ["ja"],
    prefectureCode: spec.prefecture ?? null,
    countryCode: spec.country ?? (spec.prefecture ? "JP" : null),
    hoursPerMonth: spec.hours ?? null,
    load: spec.load ?? 0,
  });
}

function challengeFeatures(analyser: Analyser, phrases: SkillPhraseSet, id: number, spec: ChallengeSpec) {
  const area = areaBySlug.get(spec.area)!;
  const evidence = findSkillEvidence(
    analyser,
    phrases,
    challengeTexts({
      titleJa: spec.title,
      titleEn: spec.titleEn ?? null,
      summaryJa: spec.summary ?? "",
      summaryEn: null,
      bodyJa: spec.body ?? "",
      bodyEn: null,
    }),
  );
  const fieldIds = idsOf(fieldIdByNumber, spec.fields);
  return makeChallengeFeatures({
    id: `challenge-${id}`,
    number: id,
    strategyId: strategyIdByCode.get(spec.strategy)!,
    areaId: area.id,
    areaKind: area.kind,
    fieldIds,
    primaryFieldId: fieldIds[0] ?? null,
    skillIds: idsOf(skillIdBySlug, spec.skills),
    textSkillIds: evidence.map((entry) => entry.skillId),
    workStyles: spec.workStyles,
    engagementTypes: spec.engagementTypes,
    capacity: spec.capacity ?? 1,
    hoursPerMonth: spec.hoursPerMonth ?? null,
    languages: spec.languages ?? ["ja"],
  });
}

type Tally = { cases: number; top1: number; top3: number; top5: number };
const emptyTally = (): Tally => ({ cases: 0, top1: 0, top3: 0, top5: 0 });
const add = (tally: Tally, rank: number) => {
  tally.cases += 1;
  if (rank <= 1) tally.top1 += 1;
  if (rank <= 3) tally.top3 += 1;
  if (rank <= 5) tally.top5 += 1;
};
const percent = (part: number, whole: number) => (whole === 0 ? "   –  " : `${((100 * part) / whole).toFixed(1).padStart(5)}%`);

const analyser = await loadAnalyser();
const phrases = compileSkillPhrases(
  analyser,
  skills.map((skill, index) => ({ id: index + 1, ...skill })),
);

const overall = emptyTally();
const byKind = { tag: emptyTally(), text: emptyTally() };
const beaten = new Map<DistractorKind, { total: number; beaten: number }>(distractorKinds.map((kind) => [kind, { total: 0, beaten: 0 }]));
const misses: string[] = [];

for (const [index, evaluationCase] of evaluationCases.entries()) {
  const challenge = challengeFeatures(analyser, phrases, index + 1, evaluationCase.challenge);
  const right = partnerFeatures(analyser, phrases, "right", evaluationCase.right);
  const distractors = evaluationCase.distractors.map((distractor, k) => ({
    kind: distractor.breaks,
    features: partnerFeatures(analyser, phrases, `distractor-${k}-${distractor.breaks}`, distractor.partner),
  }));
  const background = backgroundPopulation(evaluationCase.challenge, backgroundSize, 1000 + index).map((spec, k) =>
    partnerFeatures(analyser, phrases, `background-${k}`, spec),
  );
  const everyone = [right, ...distractors.map((entry) => entry.features), ...background];
  const maxSkillId = skills.length;
  const compiled = compileChallenge(challenge, buildScoringContext(everyone, maxSkillId));
  const rightKey = rankKey(compiled, right);
  // Pessimistic: everyone with the same key as the right partner counts as ahead of it.
  let rank = 1;
  for (const partner of everyone) if (partner !== right && rankKey(compiled, partner) >= rightKey) rank += 1;
  add(overall, rank);
  add(byKind[evaluationCase.kind], rank);
  for (const distractor of distractors) {
    const entry = beaten.get(distractor.kind)!;
    entry.total += 1;
    if (rankKey(compiled, distractor.features) < rightKey) entry.beaten += 1;
  }
  if (rank > Number(process.env.QUALITY_SHOW_RANK ?? 3)) {
    const ahead = everyone
      .filter((partner) => partner !== right && rankKey(compiled, partner) >= rightKey)
      .map((partner) => partner.id)
      .slice(0, 5);
    misses.push(`  ${evaluationCase.id}: rank ${rank} (ahead: ${ahead.join(", ")})`);
  }
}

const line = (label: string, tally: Tally) =>
  `  ${label.padEnd(10)} ${String(tally.cases).padStart(5)}   ${percent(tally.top1, tally.cases)}  ${percent(tally.top3, tally.cases)}  ${percent(tally.top5, tally.cases)}`;
console.log(`\nMatching quality: ${evaluationCases.length} labelled cases, ${backgroundSize} background partners each\n`);
console.log("  cases      count    top-1   top-3   top-5");
console.log(line("overall", overall));
console.log(line("tag", byKind.tag));
console.log(line("text", byKind.text));
console.log("\n  distractor type    ranked below the right partner");
for (const [kind, entry] of beaten)
  if (entry.total > 0) console.log(`  ${kind.padEnd(18)} ${entry.beaten}/${entry.total}  ${percent(entry.beaten, entry.total)}`);
if (misses.length > 0) console.log(`\n  right partner outside the top 3:\n${misses.join("\n")}`);
const goal = (tally: Tally) => tally.top3 / tally.cases >= 0.95;
console.log(`\n  goal: top-3 at least 95% for tag and text cases — ${goal(byKind.tag) && goal(byKind.text) ? "met" : "NOT met"}\n`);
