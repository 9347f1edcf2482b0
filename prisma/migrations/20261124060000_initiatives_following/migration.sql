-- CreateEnum
CREATE TYPE "MilestoneKind" AS ENUM ('MILESTONE', 'EVENT');

-- CreateEnum
CREATE TYPE "FollowTargetType" AS ENUM ('CHALLENGE', 'INITIATIVE', 'STRATEGY', 'FIELD', 'AREA');

-- CreateEnum
CREATE TYPE "ActivityKind" AS ENUM ('CHALLENGE_PUBLISHED', 'CHALLENGE_STATUS_CHANGED', 'INITIATIVE_STARTED', 'INITIATIVE_UPDATE_POSTED', 'INITIATIVE_STATUS_CHANGED', 'MILESTONE_ADDED', 'MILESTONE_ACHIEVED', 'OUTCOME_RECORDED');

-- CreateEnum
CREATE TYPE "DigestFrequency" AS ENUM ('DAILY', 'WEEKLY');

-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "bodyId" UUID,
ADD COLUMN     "listUnsubscribeUrl" TEXT,
ADD COLUMN     "variables" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Initiative" ADD COLUMN     "areaId" INTEGER,
ADD COLUMN     "challengeId" UUID,
ADD COLUMN     "completedAt" TIMESTAMP(3),
ADD COLUMN     "coverAltEn" TEXT,
ADD COLUMN     "coverAltJa" TEXT,
ADD COLUMN     "coverImageId" UUID,
ADD COLUMN     "createdById" UUID,
ADD COLUMN     "number" SERIAL NOT NULL,
ADD COLUMN     "periodId" INTEGER,
ADD COLUMN     "startedOn" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "storyEn" TEXT,
ADD COLUMN     "storyJa" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "summaryEn" TEXT,
ADD COLUMN     "summaryJa" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- Initiatives from before this migration (demo data) belong to the whole city and the first mid-term period.
UPDATE "Initiative" SET "areaId" = (SELECT id FROM "Area" ORDER BY (kind <> 'CITYWIDE'), position LIMIT 1) WHERE "areaId" IS NULL;
UPDATE "Initiative" SET "periodId" = (SELECT id FROM "Period" ORDER BY number LIMIT 1) WHERE "periodId" IS NULL;
ALTER TABLE "Initiative" ALTER COLUMN "areaId" SET NOT NULL, ALTER COLUMN "periodId" SET NOT NULL;

-- CreateTable
CREATE TABLE "InitiativeField" (
    "initiativeId" UUID NOT NULL,
    "fieldId" INTEGER NOT NULL,
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "InitiativeField_pkey" PRIMARY KEY ("initiativeId","fieldId")
);

-- CreateTable
CREATE TABLE "InitiativeParticipant" (
    "initiativeId" UUID NOT NULL,
    "partnerId" UUID NOT NULL,
    "matchId" UUID,
    "showPublicly" BOOLEAN NOT NULL DEFAULT false,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InitiativeParticipant_pkey" PRIMARY KEY ("initiativeId","partnerId")
);

-- CreateTable
CREATE TABLE "InitiativeCounterpart" (
    "id" UUID NOT NULL,
    "initiativeId" UUID NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT,
    "roleJa" TEXT NOT NULL DEFAULT '',
    "roleEn" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InitiativeCounterpart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeMilestone" (
    "id" UUID NOT NULL,
    "initiativeId" UUID NOT NULL,
    "kind" "MilestoneKind" NOT NULL DEFAULT 'MILESTONE',
    "titleJa" TEXT NOT NULL,
    "titleEn" TEXT,
    "descriptionJa" TEXT NOT NULL DEFAULT '',
    "descriptionEn" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "allDay" BOOLEAN NOT NULL DEFAULT true,
    "locationJa" TEXT,
    "locationEn" TEXT,
    "achievedAt" TIMESTAMP(3),
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InitiativeMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeUpdate" (
    "id" UUID NOT NULL,
    "initiativeId" UUID NOT NULL,
    "authorId" UUID,
    "partnerId" UUID,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "language" VARCHAR(2) NOT NULL DEFAULT 'ja',
    "editedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InitiativeUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeUpdateImage" (
    "updateId" UUID NOT NULL,
    "imageId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "alt" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "InitiativeUpdateImage_pkey" PRIMARY KEY ("updateId","imageId")
);

-- CreateTable
CREATE TABLE "InitiativeOutcome" (
    "id" UUID NOT NULL,
    "initiativeId" UUID NOT NULL,
    "labelJa" TEXT NOT NULL,
    "labelEn" TEXT,
    "value" DECIMAL(14,2) NOT NULL,
    "unitJa" TEXT NOT NULL,
    "unitEn" TEXT,
    "achievedOn" DATE NOT NULL,
    "noteJa" TEXT NOT NULL DEFAULT '',
    "noteEn" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InitiativeOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeCheer" (
    "initiativeId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InitiativeCheer_pkey" PRIMARY KEY ("initiativeId","userId")
);

-- CreateTable
CREATE TABLE "InitiativeEvent" (
    "id" BIGSERIAL NOT NULL,
    "initiativeId" UUID NOT NULL,
    "fromStatus" "InitiativeStatus",
    "toStatus" "InitiativeStatus" NOT NULL,
    "actorId" UUID,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InitiativeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Follow" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "targetType" "FollowTargetType" NOT NULL,
    "challengeId" UUID,
    "initiativeId" UUID,
    "strategyId" INTEGER,
    "fieldId" INTEGER,
    "areaId" INTEGER,
    "automatic" BOOLEAN NOT NULL DEFAULT false,
    "mutedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Follow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" BIGSERIAL NOT NULL,
    "kind" "ActivityKind" NOT NULL,
    "challengeId" UUID,
    "initiativeId" UUID,
    "updateId" UUID,
    "strategyId" INTEGER NOT NULL,
    "fieldIds" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "areaId" INTEGER,
    "actorId" UUID,
    "details" JSONB NOT NULL DEFAULT '{}',
    "fannedOutAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" BIGSERIAL NOT NULL,
    "userId" UUID NOT NULL,
    "activityId" BIGINT NOT NULL,
    "readAt" TIMESTAMP(3),
    "emailedAt" TIMESTAMP(3),
    "digestId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationDigest" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "frequency" "DigestFrequency" NOT NULL,
    "periodKey" TEXT NOT NULL,
    "notificationCount" INTEGER NOT NULL,
    "emailId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationDigest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppSecret" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppSecret_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "EmailBody" (
    "id" UUID NOT NULL,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailBody_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InitiativeField_fieldId_initiativeId_idx" ON "InitiativeField"("fieldId", "initiativeId");

-- CreateIndex
CREATE UNIQUE INDEX "InitiativeParticipant_matchId_key" ON "InitiativeParticipant"("matchId");

-- CreateIndex
CREATE INDEX "InitiativeParticipant_partnerId_idx" ON "InitiativeParticipant"("partnerId");

-- CreateIndex
CREATE INDEX "InitiativeCounterpart_initiativeId_position_idx" ON "InitiativeCounterpart"("initiativeId", "position");

-- CreateIndex
CREATE INDEX "InitiativeMilestone_initiativeId_startsAt_idx" ON "InitiativeMilestone"("initiativeId", "startsAt");

-- CreateIndex
CREATE INDEX "InitiativeMilestone_startsAt_idx" ON "InitiativeMilestone"("startsAt");

-- CreateIndex
CREATE INDEX "InitiativeUpdate_initiativeId_createdAt_idx" ON "InitiativeUpdate"("initiativeId", "createdAt");

-- CreateIndex
CREATE INDEX "InitiativeUpdate_createdAt_idx" ON "InitiativeUpdate"("createdAt");

-- CreateIndex
CREATE INDEX "InitiativeOutcome_initiativeId_achievedOn_idx" ON "InitiativeOutcome"("initiativeId", "achievedOn");

-- CreateIndex
CREATE INDEX "InitiativeCheer_userId_idx" ON "InitiativeCheer"("userId");

-- CreateIndex
CREATE INDEX "InitiativeEvent_initiativeId_createdAt_idx" ON "InitiativeEvent"("initiativeId", "createdAt");

-- CreateIndex
CREATE INDEX "InitiativeEvent_toStatus_createdAt_idx" ON "InitiativeEvent"("toStatus", "createdAt");

-- CreateIndex
CREATE INDEX "Follow_challengeId_idx" ON "Follow"("challengeId");

-- CreateIndex
CREATE INDEX "Follow_initiativeId_idx" ON "Follow"("initiativeId");

-- CreateIndex
CREATE INDEX "Follow_strategyId_idx" ON "Follow"("strategyId");

-- CreateIndex
CREATE INDEX "Follow_fieldId_idx" ON "Follow"("fieldId");

-- CreateIndex
CREATE INDEX "Follow_areaId_idx" ON "Follow"("areaId");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userId_challengeId_key" ON "Follow"("userId", "challengeId");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userId_initiativeId_key" ON "Follow"("userId", "initiativeId");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userId_strategyId_key" ON "Follow"("userId", "strategyId");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userId_fieldId_key" ON "Follow"("userId", "fieldId");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userId_areaId_key" ON "Follow"("userId", "areaId");

-- CreateIndex
CREATE INDEX "Activity_fannedOutAt_createdAt_idx" ON "Activity"("fannedOutAt", "createdAt");

-- CreateIndex
CREATE INDEX "Activity_initiativeId_createdAt_idx" ON "Activity"("initiativeId", "createdAt");

-- CreateIndex
CREATE INDEX "Activity_challengeId_createdAt_idx" ON "Activity"("challengeId", "createdAt");

-- CreateIndex
CREATE INDEX "Activity_strategyId_createdAt_idx" ON "Activity"("strategyId", "createdAt");

-- CreateIndex
CREATE INDEX "Activity_areaId_createdAt_idx" ON "Activity"("areaId", "createdAt");

-- CreateIndex
CREATE INDEX "Activity_fieldIds_idx" ON "Activity" USING GIN ("fieldIds");

-- CreateIndex
CREATE INDEX "Activity_createdAt_idx" ON "Activity"("createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_activityId_userId_key" ON "Notification"("activityId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "NotificationDigest_userId_frequency_periodKey_key" ON "NotificationDigest"("userId", "frequency", "periodKey");

-- CreateIndex
CREATE UNIQUE INDEX "Initiative_number_key" ON "Initiative"("number");

-- CreateIndex
CREATE INDEX "Initiative_areaId_status_idx" ON "Initiative"("areaId", "status");

-- CreateIndex
CREATE INDEX "Initiative_periodId_status_idx" ON "Initiative"("periodId", "status");

-- CreateIndex
CREATE INDEX "Initiative_status_statusChangedAt_idx" ON "Initiative"("status", "statusChangedAt");

-- CreateIndex
CREATE INDEX "Initiative_challengeId_idx" ON "Initiative"("challengeId");

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_coverImageId_fkey" FOREIGN KEY ("coverImageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeField" ADD CONSTRAINT "InitiativeField_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeField" ADD CONSTRAINT "InitiativeField_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "StrategyField"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeParticipant" ADD CONSTRAINT "InitiativeParticipant_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeParticipant" ADD CONSTRAINT "InitiativeParticipant_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "PartnerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeParticipant" ADD CONSTRAINT "InitiativeParticipant_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeCounterpart" ADD CONSTRAINT "InitiativeCounterpart_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeMilestone" ADD CONSTRAINT "InitiativeMilestone_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeUpdate" ADD CONSTRAINT "InitiativeUpdate_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeUpdate" ADD CONSTRAINT "InitiativeUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeUpdate" ADD CONSTRAINT "InitiativeUpdate_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "PartnerProfile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeUpdateImage" ADD CONSTRAINT "InitiativeUpdateImage_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "InitiativeUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeUpdateImage" ADD CONSTRAINT "InitiativeUpdateImage_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeOutcome" ADD CONSTRAINT "InitiativeOutcome_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeOutcome" ADD CONSTRAINT "InitiativeOutcome_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeCheer" ADD CONSTRAINT "InitiativeCheer_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeCheer" ADD CONSTRAINT "InitiativeCheer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeEvent" ADD CONSTRAINT "InitiativeEvent_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeEvent" ADD CONSTRAINT "InitiativeEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "StrategyField"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "InitiativeUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_digestId_fkey" FOREIGN KEY ("digestId") REFERENCES "NotificationDigest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationDigest" ADD CONSTRAINT "NotificationDigest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailMessage" ADD CONSTRAINT "EmailMessage_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "EmailBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ───── Rules the database holds itself (Prisma's schema language has no CHECK; see decision 0002) ─────

-- Initiatives: ACTIVE → PAUSED | COMPLETED, PAUSED → ACTIVE | COMPLETED; COMPLETED is final.
CREATE FUNCTION initiative_status_transition_allowed() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.status <> 'ACTIVE' AND current_setting('hub.allow_initiative_backfill', true) IS DISTINCT FROM 'on' THEN
      RAISE EXCEPTION 'an initiative starts as ACTIVE' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.status = OLD.status THEN
    RETURN NEW;
  END IF;
  IF NOT (
    (OLD.status = 'ACTIVE' AND NEW.status IN ('PAUSED', 'COMPLETED')) OR
    (OLD.status = 'PAUSED' AND NEW.status IN ('ACTIVE', 'COMPLETED'))
  ) THEN
    RAISE EXCEPTION 'initiative status cannot change from % to %', OLD.status, NEW.status USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER initiative_status_transition
  BEFORE INSERT OR UPDATE OF status ON "Initiative"
  FOR EACH ROW EXECUTE FUNCTION initiative_status_transition_allowed();

-- A follow names exactly one target, the one its type says.
CREATE FUNCTION follow_has_one_target() RETURNS trigger AS $$
BEGIN
  IF (num_nonnulls(NEW."challengeId", NEW."initiativeId", NEW."strategyId", NEW."fieldId", NEW."areaId") <> 1) OR NOT (
    (NEW."targetType" = 'CHALLENGE' AND NEW."challengeId" IS NOT NULL) OR
    (NEW."targetType" = 'INITIATIVE' AND NEW."initiativeId" IS NOT NULL) OR
    (NEW."targetType" = 'STRATEGY' AND NEW."strategyId" IS NOT NULL) OR
    (NEW."targetType" = 'FIELD' AND NEW."fieldId" IS NOT NULL) OR
    (NEW."targetType" = 'AREA' AND NEW."areaId" IS NOT NULL)
  ) THEN
    RAISE EXCEPTION 'a follow names exactly the target its type says' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER follow_has_one_target
  BEFORE INSERT OR UPDATE ON "Follow"
  FOR EACH ROW EXECUTE FUNCTION follow_has_one_target();

-- A participant comes in through a match of the same partner that reached AGREED or beyond.
CREATE FUNCTION initiative_participant_match_agreed() RETURNS trigger AS $$
DECLARE
  match_partner UUID;
  match_stage "MatchStage";
BEGIN
  IF NEW."matchId" IS NULL THEN
    RETURN NEW;
  END IF;
  SELECT "partnerId", stage INTO match_partner, match_stage FROM "Match" WHERE id = NEW."matchId";
  IF match_partner IS DISTINCT FROM NEW."partnerId" THEN
    RAISE EXCEPTION 'the match belongs to another partner' USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'INSERT' AND match_stage NOT IN ('AGREED', 'ACTIVE', 'COMPLETED') THEN
    RAISE EXCEPTION 'only an AGREED match can join an initiative (this one is %)', match_stage USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER initiative_participant_match_agreed
  BEFORE INSERT OR UPDATE OF "matchId", "partnerId" ON "InitiativeParticipant"
  FOR EACH ROW EXECUTE FUNCTION initiative_participant_match_agreed();
