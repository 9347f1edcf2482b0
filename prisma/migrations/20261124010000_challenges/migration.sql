-- CreateEnum
CREATE TYPE "WorkStyle" AS ENUM ('REMOTE', 'ON_SITE', 'HYBRID');

-- CreateEnum
CREATE TYPE "EngagementType" AS ENUM ('VOLUNTEER', 'PAID_SIDE_JOB', 'COMPANY_PARTNERSHIP', 'RESEARCH');

-- AlterTable
ALTER TABLE "Challenge" ADD COLUMN     "areaId" INTEGER,
ADD COLUMN     "bodyEn" TEXT,
ADD COLUMN     "bodyJa" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "capacity" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "coverAltEn" TEXT,
ADD COLUMN     "coverAltJa" TEXT,
ADD COLUMN     "coverImageId" UUID,
ADD COLUMN     "createdById" UUID,
ADD COLUMN     "deadline" DATE,
ADD COLUMN     "engagementTypes" "EngagementType"[],
ADD COLUMN     "number" SERIAL NOT NULL,
ADD COLUMN     "ownerDepartmentEn" TEXT,
ADD COLUMN     "ownerDepartmentJa" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "periodId" INTEGER,
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "searchBigrams" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "summaryEn" TEXT,
ADD COLUMN     "summaryJa" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "updatedById" UUID,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "workStyles" "WorkStyle"[];

-- Challenges written before areas and periods were recorded belong to the whole city and the first period.
UPDATE "Challenge" SET "areaId" = (SELECT "id" FROM "Area" WHERE "slug" = 'citywide'),
                       "periodId" = (SELECT "id" FROM "Period" WHERE "number" = 1)
WHERE "areaId" IS NULL OR "periodId" IS NULL;
UPDATE "Challenge" SET "publishedAt" = "createdAt" WHERE "status" <> 'DRAFT' AND "publishedAt" IS NULL;
ALTER TABLE "Challenge" ALTER COLUMN "areaId" SET NOT NULL, ALTER COLUMN "periodId" SET NOT NULL;

-- Rules the database itself keeps, whatever code writes the row.

-- CreateTable
CREATE TABLE "ChallengeField" (
    "challengeId" UUID NOT NULL,
    "fieldId" INTEGER NOT NULL,
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ChallengeField_pkey" PRIMARY KEY ("challengeId","fieldId")
);

-- CreateTable
CREATE TABLE "ChallengeSkill" (
    "challengeId" UUID NOT NULL,
    "skillId" INTEGER NOT NULL,

    CONSTRAINT "ChallengeSkill_pkey" PRIMARY KEY ("challengeId","skillId")
);

-- CreateTable
CREATE TABLE "Image" (
    "id" UUID NOT NULL,
    "contentType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "uploadedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Image_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ChallengeField_fieldId_challengeId_idx" ON "ChallengeField"("fieldId", "challengeId");

-- CreateIndex
CREATE INDEX "ChallengeSkill_skillId_challengeId_idx" ON "ChallengeSkill"("skillId", "challengeId");

-- CreateIndex
CREATE UNIQUE INDEX "Challenge_number_key" ON "Challenge"("number");

-- CreateIndex
CREATE INDEX "Challenge_status_publishedAt_idx" ON "Challenge"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "Challenge_status_deadline_idx" ON "Challenge"("status", "deadline");

-- CreateIndex
CREATE INDEX "Challenge_areaId_status_idx" ON "Challenge"("areaId", "status");

-- CreateIndex
CREATE INDEX "Challenge_periodId_status_idx" ON "Challenge"("periodId", "status");

-- CreateIndex
CREATE INDEX "Challenge_searchBigrams_idx" ON "Challenge" USING GIN ("searchBigrams");

-- CreateIndex
CREATE INDEX "Challenge_workStyles_idx" ON "Challenge" USING GIN ("workStyles");

-- CreateIndex
CREATE INDEX "Challenge_engagementTypes_idx" ON "Challenge" USING GIN ("engagementTypes");

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_coverImageId_fkey" FOREIGN KEY ("coverImageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeField" ADD CONSTRAINT "ChallengeField_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeField" ADD CONSTRAINT "ChallengeField_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "StrategyField"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeSkill" ADD CONSTRAINT "ChallengeSkill_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeSkill" ADD CONSTRAINT "ChallengeSkill_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Image" ADD CONSTRAINT "Image_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Rules the database keeps whatever code writes the row. A trigger rather than CHECK constraints: Prisma 6's
-- WASM schema engine fails to diff tables with CHECK constraints through the driver adapter (drift check).
CREATE FUNCTION "challenge_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."capacity" < 1 OR NEW."capacity" > 100 THEN
    RAISE EXCEPTION 'challenge capacity must be between 1 and 100' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."version" < 1 THEN
    RAISE EXCEPTION 'challenge version must be positive' USING ERRCODE = 'check_violation';
  END IF;
  IF length(btrim(NEW."titleJa")) = 0 THEN
    RAISE EXCEPTION 'challenge needs a Japanese title' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."status" <> 'DRAFT' AND NEW."publishedAt" IS NULL THEN
    RAISE EXCEPTION 'a published challenge needs publishedAt' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "challenge_rules" BEFORE INSERT OR UPDATE ON "Challenge" FOR EACH ROW EXECUTE FUNCTION "challenge_rules"();

CREATE FUNCTION "image_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."byteSize" <= 0 OR NEW."byteSize" > 5242880 OR octet_length(NEW."bytes") <> NEW."byteSize" THEN
    RAISE EXCEPTION 'image size must be 1 byte to 5 MiB and match its bytes' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "image_rules" BEFORE INSERT OR UPDATE ON "Image" FOR EACH ROW EXECUTE FUNCTION "image_rules"();
