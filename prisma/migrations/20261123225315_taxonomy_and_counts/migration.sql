-- CreateEnum
CREATE TYPE "AreaKind" AS ENUM ('CITYWIDE', 'DISTRICT', 'REGION', 'ONLINE');

-- CreateEnum
CREATE TYPE "TargetComparison" AS ENUM ('AT_LEAST', 'AT_MOST');

-- CreateEnum
CREATE TYPE "ChallengeStatus" AS ENUM ('DRAFT', 'OPEN', 'MATCHING', 'IN_PROGRESS', 'COMPLETED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "InitiativeStatus" AS ENUM ('ACTIVE', 'PAUSED', 'COMPLETED');

-- CreateTable
CREATE TABLE "Strategy" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(1) NOT NULL,
    "position" INTEGER NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "promisedValueJa" TEXT NOT NULL,
    "promisedValueEn" TEXT NOT NULL,
    "contextJa" TEXT NOT NULL,
    "contextEn" TEXT NOT NULL,

    CONSTRAINT "Strategy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StrategyField" (
    "id" SERIAL NOT NULL,
    "number" INTEGER NOT NULL,
    "strategyId" INTEGER NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "visionJa" TEXT NOT NULL,
    "visionEn" TEXT NOT NULL,

    CONSTRAINT "StrategyField_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Area" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "AreaKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionJa" TEXT NOT NULL DEFAULT '',
    "descriptionEn" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Period" (
    "id" SERIAL NOT NULL,
    "number" INTEGER NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "startFiscalYear" INTEGER NOT NULL,
    "endFiscalYear" INTEGER NOT NULL,

    CONSTRAINT "Period_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Skill" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "categoryJa" TEXT NOT NULL,
    "categoryEn" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "Skill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanIndicator" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "unitJa" TEXT NOT NULL,
    "unitEn" TEXT NOT NULL,
    "descriptionJa" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "decimals" INTEGER NOT NULL DEFAULT 0,
    "baselineValue" DECIMAL(12,2),
    "baselineYear" INTEGER,
    "targetValue" DECIMAL(12,2) NOT NULL,
    "targetYear" INTEGER NOT NULL,
    "targetComparison" "TargetComparison" NOT NULL DEFAULT 'AT_LEAST',
    "projectionValue" DECIMAL(12,2),

    CONSTRAINT "PlanIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanIndicatorValue" (
    "id" SERIAL NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DECIMAL(12,2) NOT NULL,
    "sourceJa" TEXT NOT NULL DEFAULT '',
    "sourceEn" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "PlanIndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Challenge" (
    "id" UUID NOT NULL,
    "status" "ChallengeStatus" NOT NULL DEFAULT 'DRAFT',
    "strategyId" INTEGER NOT NULL,
    "titleJa" TEXT NOT NULL,
    "titleEn" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Challenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Initiative" (
    "id" UUID NOT NULL,
    "status" "InitiativeStatus" NOT NULL DEFAULT 'ACTIVE',
    "strategyId" INTEGER NOT NULL,
    "titleJa" TEXT NOT NULL,
    "titleEn" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Initiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerProfile" (
    "id" UUID NOT NULL,
    "displayName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerStrategyInterest" (
    "partnerId" UUID NOT NULL,
    "strategyId" INTEGER NOT NULL,

    CONSTRAINT "PartnerStrategyInterest_pkey" PRIMARY KEY ("partnerId","strategyId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Strategy_code_key" ON "Strategy"("code");

-- CreateIndex
CREATE UNIQUE INDEX "StrategyField_number_key" ON "StrategyField"("number");

-- CreateIndex
CREATE INDEX "StrategyField_strategyId_idx" ON "StrategyField"("strategyId");

-- CreateIndex
CREATE UNIQUE INDEX "Area_slug_key" ON "Area"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Period_number_key" ON "Period"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Skill_slug_key" ON "Skill"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "PlanIndicator_key_key" ON "PlanIndicator"("key");

-- CreateIndex
CREATE UNIQUE INDEX "PlanIndicatorValue_indicatorId_year_key" ON "PlanIndicatorValue"("indicatorId", "year");

-- CreateIndex
CREATE INDEX "Challenge_strategyId_status_idx" ON "Challenge"("strategyId", "status");

-- CreateIndex
CREATE INDEX "Initiative_strategyId_status_idx" ON "Initiative"("strategyId", "status");

-- CreateIndex
CREATE INDEX "PartnerStrategyInterest_strategyId_idx" ON "PartnerStrategyInterest"("strategyId");

-- AddForeignKey
ALTER TABLE "StrategyField" ADD CONSTRAINT "StrategyField_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanIndicatorValue" ADD CONSTRAINT "PlanIndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "PlanIndicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerStrategyInterest" ADD CONSTRAINT "PartnerStrategyInterest_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "PartnerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerStrategyInterest" ADD CONSTRAINT "PartnerStrategyInterest_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
