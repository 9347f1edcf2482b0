import type { PrismaClient } from "../../app/generated/prisma/client.ts";
import { areas, periods, planIndicators, skills, strategies, strategyFields } from "./reference-data.ts";
import { engagementTemplates } from "./reference-engagements.ts";

/**
 * Writes the plan's taxonomy. Safe to run on every deploy: rows are matched by their natural keys, so ids (and
 * everything that points at them) stay stable. Strategies, fields, areas and skills are admin-editable
 * (/admin/taxonomy): missing ones are added, existing ones are left as the admins wrote them.
 */
export async function seedReferenceData(prisma: PrismaClient) {
  await prisma.$transaction(
    async (tx) => {
      const strategyIds = new Map<string, number>();
      for (const { code, ...data } of strategies) {
        const row = await tx.strategy.upsert({ where: { code }, create: { code, ...data }, update: {}, select: { id: true } });
        strategyIds.set(code, row.id);
      }
      for (const { number, strategyCode, ...data } of strategyFields) {
        const strategyId = strategyIds.get(strategyCode)!;
        await tx.strategyField.upsert({ where: { number }, create: { number, strategyId, position: number, ...data }, update: {} });
      }
      for (const [index, { slug, ...data }] of areas.entries()) {
        await tx.area.upsert({ where: { slug }, create: { slug, position: index + 1, ...data }, update: {} });
      }
      for (const { number, ...data } of periods) {
        await tx.period.upsert({ where: { number }, create: { number, ...data }, update: data });
      }
      for (const [index, { slug, ...data }] of skills.entries()) {
        await tx.skill.upsert({ where: { slug }, create: { slug, position: index + 1, ...data }, update: {} });
      }
      for (const { key, values, ...data } of planIndicators) {
        const indicator = await tx.planIndicator.upsert({ where: { key }, create: { key, ...data }, update: data, select: { id: true } });
        for (const { year, ...value } of values) {
          // Values admins entered later are theirs: only the plan's own baseline is written, and never overwritten.
          await tx.planIndicatorValue.upsert({
            where: { indicatorId_year: { indicatorId: indicator.id, year } },
            create: { indicatorId: indicator.id, year, ...value },
            update: {},
          });
        }
      }
      for (const [index, template] of engagementTemplates.entries()) {
        await tx.engagementTemplate.upsert({ where: { kind: template.kind }, create: { ...template, position: index + 1 }, update: {} });
      }
    },
    { timeout: 30_000 },
  ); // ~90 upserts: on a busy machine the 5 s default is too tight
}
