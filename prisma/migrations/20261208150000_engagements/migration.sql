-- Engagements after the match (decision 0020): scope with revisions and both sides' confirmation, check-ins
-- (one per engagement, due date and side), reflections, contribution records and the anonymous tallies
-- deleted accounts leave behind.
-- CreateEnum
CREATE TYPE "EngagementKind" AS ENUM ('CONSULTATION', 'PRO_BONO_PROJECT', 'PAID_SIDE_JOB', 'COMPANY_PARTNERSHIP', 'RESEARCH');

-- CreateEnum
CREATE TYPE "EngagementStatus" AS ENUM ('SCOPING', 'ACTIVE', 'REFLECTING', 'COMPLETED', 'ENDED_EARLY');

-- CreateEnum
CREATE TYPE "EngagementSide" AS ENUM ('PARTNER', 'HOST');

-- CreateEnum
CREATE TYPE "CheckInAnswer" AS ENUM ('ON_TRACK', 'AT_RISK', 'BLOCKED');

-- CreateEnum
CREATE TYPE "ContributionKind" AS ENUM ('ENGAGEMENT', 'WORKSHOP_VISIT', 'TALK', 'EVENT_SHIFT', 'OTHER');

-- CreateTable
CREATE TABLE "EngagementTemplate" (
    "id" SERIAL NOT NULL,
    "kind" "EngagementKind" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "deliverableJa" TEXT NOT NULL,
    "deliverableEn" TEXT NOT NULL,
    "hoursPerMonth" INTEGER NOT NULL,
    "durationDays" INTEGER NOT NULL,
    "checkInEveryDays" INTEGER NOT NULL,
    "meetingRhythmJa" TEXT NOT NULL,
    "meetingRhythmEn" TEXT NOT NULL,
    "cityProvidesJa" TEXT NOT NULL,
    "cityProvidesEn" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EngagementTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Engagement" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "matchId" UUID NOT NULL,
    "partnerId" UUID NOT NULL,
    "initiativeId" UUID,
    "ownerId" UUID,
    "kind" "EngagementKind" NOT NULL,
    "status" "EngagementStatus" NOT NULL DEFAULT 'SCOPING',
    "version" INTEGER NOT NULL DEFAULT 1,
    "scopeRevision" INTEGER NOT NULL DEFAULT 1,
    "title" TEXT NOT NULL,
    "deliverable" TEXT NOT NULL,
    "hoursPerMonth" INTEGER NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "meetingRhythm" TEXT NOT NULL,
    "checkInEveryDays" INTEGER NOT NULL,
    "cityProvides" TEXT NOT NULL,
    "hostName" TEXT NOT NULL,
    "hostEmail" TEXT NOT NULL,
    "hostLanguage" VARCHAR(2) NOT NULL DEFAULT 'ja',
    "partnerConfirmedRevision" INTEGER,
    "partnerConfirmedAt" TIMESTAMP(3),
    "partnerConfirmedByName" TEXT,
    "hostConfirmedRevision" INTEGER,
    "hostConfirmedAt" TIMESTAMP(3),
    "hostConfirmedByName" TEXT,
    "kickedOffAt" TIMESTAMP(3),
    "reflectionsOpenedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "endedEarlyAt" TIMESTAMP(3),
    "endedReason" TEXT,
    "updatedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Engagement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EngagementScopeRevision" (
    "engagementId" UUID NOT NULL,
    "revision" INTEGER NOT NULL,
    "scope" JSONB NOT NULL,
    "changedByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EngagementScopeRevision_pkey" PRIMARY KEY ("engagementId","revision")
);

-- CreateTable
CREATE TABLE "EngagementCheckIn" (
    "id" UUID NOT NULL,
    "engagementId" UUID NOT NULL,
    "side" "EngagementSide" NOT NULL,
    "dueOn" DATE NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answer" "CheckInAnswer",
    "note" TEXT NOT NULL DEFAULT '',
    "answeredAt" TIMESTAMP(3),
    "answeredByName" TEXT,

    CONSTRAINT "EngagementCheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EngagementReflection" (
    "engagementId" UUID NOT NULL,
    "side" "EngagementSide" NOT NULL,
    "delivered" TEXT NOT NULL,
    "hoursSpent" DECIMAL(7,1) NOT NULL,
    "wouldWorkAgain" BOOLEAN NOT NULL,
    "rating" INTEGER NOT NULL,
    "authorName" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EngagementReflection_pkey" PRIMARY KEY ("engagementId","side")
);

-- CreateTable
CREATE TABLE "ContributionRecord" (
    "id" UUID NOT NULL,
    "partnerId" UUID NOT NULL,
    "kind" "ContributionKind" NOT NULL,
    "engagementId" UUID,
    "title" TEXT NOT NULL,
    "occurredOn" DATE NOT NULL,
    "hours" DECIMAL(7,1) NOT NULL,
    "strategyId" INTEGER NOT NULL,
    "fieldId" INTEGER,
    "hostName" TEXT NOT NULL,
    "confirmedById" UUID,
    "confirmedByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContributionRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContributionTally" (
    "fiscalYear" INTEGER NOT NULL,
    "kind" "ContributionKind" NOT NULL,
    "records" INTEGER NOT NULL DEFAULT 0,
    "hours" DECIMAL(12,1) NOT NULL DEFAULT 0,

    CONSTRAINT "ContributionTally_pkey" PRIMARY KEY ("fiscalYear","kind")
);

-- CreateIndex
CREATE UNIQUE INDEX "EngagementTemplate_kind_key" ON "EngagementTemplate"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Engagement_number_key" ON "Engagement"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Engagement_matchId_key" ON "Engagement"("matchId");

-- CreateIndex
CREATE INDEX "Engagement_status_startsOn_idx" ON "Engagement"("status", "startsOn");

-- CreateIndex
CREATE INDEX "Engagement_partnerId_status_idx" ON "Engagement"("partnerId", "status");

-- CreateIndex
CREATE INDEX "Engagement_ownerId_status_idx" ON "Engagement"("ownerId", "status");

-- CreateIndex
CREATE INDEX "Engagement_initiativeId_idx" ON "Engagement"("initiativeId");

-- CreateIndex
CREATE INDEX "EngagementCheckIn_engagementId_side_dueOn_idx" ON "EngagementCheckIn"("engagementId", "side", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "EngagementCheckIn_engagementId_dueOn_side_key" ON "EngagementCheckIn"("engagementId", "dueOn", "side");

-- CreateIndex
CREATE UNIQUE INDEX "ContributionRecord_engagementId_key" ON "ContributionRecord"("engagementId");

-- CreateIndex
CREATE INDEX "ContributionRecord_partnerId_occurredOn_idx" ON "ContributionRecord"("partnerId", "occurredOn");

-- AddForeignKey
ALTER TABLE "Engagement" ADD CONSTRAINT "Engagement_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Engagement" ADD CONSTRAINT "Engagement_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "PartnerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Engagement" ADD CONSTRAINT "Engagement_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Engagement" ADD CONSTRAINT "Engagement_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Engagement" ADD CONSTRAINT "Engagement_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementScopeRevision" ADD CONSTRAINT "EngagementScopeRevision_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementCheckIn" ADD CONSTRAINT "EngagementCheckIn_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementReflection" ADD CONSTRAINT "EngagementReflection_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContributionRecord" ADD CONSTRAINT "ContributionRecord_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "PartnerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContributionRecord" ADD CONSTRAINT "ContributionRecord_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContributionRecord" ADD CONSTRAINT "ContributionRecord_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContributionRecord" ADD CONSTRAINT "ContributionRecord_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "StrategyField"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContributionRecord" ADD CONSTRAINT "ContributionRecord_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


