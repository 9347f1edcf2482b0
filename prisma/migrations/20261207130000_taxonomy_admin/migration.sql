-- Taxonomy administration (issue 13 item 10): order, retirement, optimistic locking, skill keywords.
-- AlterTable
ALTER TABLE "Area" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Skill" ADD COLUMN     "keywordsEn" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "keywordsJa" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Strategy" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "StrategyField" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;


-- Existing fields keep the plan's reading order; skills keep their order by category.
UPDATE "StrategyField" SET "position" = "number";
UPDATE "Skill" s SET "position" = o.rn FROM (
  SELECT id, row_number() OVER (ORDER BY id) AS rn FROM "Skill"
) o WHERE o.id = s.id;

-- Plan indicators (issue 13 item 11): a note and a source link with each yearly value.
ALTER TABLE "PlanIndicatorValue" ADD COLUMN     "note" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sourceUrl" TEXT NOT NULL DEFAULT '';
