-- CreateEnum
CREATE TYPE "MatchStage" AS ENUM ('SUGGESTED', 'INTRODUCED', 'AGREED', 'ACTIVE', 'COMPLETED', 'ENDED');

-- AlterTable
ALTER TABLE "PartnerProfile" ADD COLUMN     "inactiveSince" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Match" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "challengeId" UUID NOT NULL,
    "partnerId" UUID NOT NULL,
    "proposalId" UUID,
    "ownerId" UUID,
    "createdById" UUID,
    "stage" "MatchStage" NOT NULL DEFAULT 'SUGGESTED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "score" DOUBLE PRECISION NOT NULL,
    "scoreFactors" JSONB NOT NULL DEFAULT '[]',
    "counterpartName" TEXT,
    "counterpartEmail" TEXT,
    "counterpartLanguage" VARCHAR(2),
    "contactConsentAt" TIMESTAMP(3),
    "contactConsentById" UUID,
    "endedReason" TEXT,
    "stageChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "introducedAt" TIMESTAMP(3),
    "agreedAt" TIMESTAMP(3),
    "activeAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Match_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatchEvent" (
    "id" BIGSERIAL NOT NULL,
    "matchId" UUID NOT NULL,
    "fromStage" "MatchStage",
    "toStage" "MatchStage" NOT NULL,
    "actorId" UUID,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Match_number_key" ON "Match"("number");

-- CreateIndex
CREATE INDEX "Match_stage_stageChangedAt_idx" ON "Match"("stage", "stageChangedAt");

-- CreateIndex
CREATE INDEX "Match_challengeId_stage_idx" ON "Match"("challengeId", "stage");

-- CreateIndex
CREATE INDEX "Match_partnerId_stage_idx" ON "Match"("partnerId", "stage");

-- CreateIndex
CREATE INDEX "Match_ownerId_stage_idx" ON "Match"("ownerId", "stage");

-- CreateIndex
CREATE INDEX "MatchEvent_matchId_createdAt_idx" ON "MatchEvent"("matchId", "createdAt");

-- CreateIndex
CREATE INDEX "MatchEvent_toStage_createdAt_idx" ON "MatchEvent"("toStage", "createdAt");

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "PartnerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_contactConsentById_fkey" FOREIGN KEY ("contactConsentById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchEvent" ADD CONSTRAINT "MatchEvent_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchEvent" ADD CONSTRAINT "MatchEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The pipeline's moves (app/utils/match-stages.ts holds the same table): forward one stage at a time, or ENDED
-- from any open stage; COMPLETED and ENDED are final. A new match starts as SUGGESTED.
CREATE FUNCTION match_stage_transition_allowed() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.stage <> 'SUGGESTED' THEN
      RAISE EXCEPTION 'a match starts as SUGGESTED' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.stage = OLD.stage THEN
    RETURN NEW;
  END IF;
  IF NOT (
    (OLD.stage = 'SUGGESTED' AND NEW.stage IN ('INTRODUCED', 'ENDED')) OR
    (OLD.stage = 'INTRODUCED' AND NEW.stage IN ('AGREED', 'ENDED')) OR
    (OLD.stage = 'AGREED' AND NEW.stage IN ('ACTIVE', 'ENDED')) OR
    (OLD.stage = 'ACTIVE' AND NEW.stage IN ('COMPLETED', 'ENDED'))
  ) THEN
    RAISE EXCEPTION 'match stage cannot change from % to %', OLD.stage, NEW.stage USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER match_stage_transition
  BEFORE INSERT OR UPDATE OF stage ON "Match"
  FOR EACH ROW EXECUTE FUNCTION match_stage_transition_allowed();

-- At most one open match per challenge and partner. A partial unique index is exactly this rule, but Prisma's
-- schema language cannot describe one (the drift check would want to drop it), so a trigger holds the rule and
-- an advisory lock per pair serialises concurrent inserts.
CREATE FUNCTION match_one_open_per_pair() RETURNS trigger AS $$
BEGIN
  IF NEW.stage IN ('COMPLETED', 'ENDED') THEN
    RETURN NEW;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended(NEW."challengeId"::text || NEW."partnerId"::text, 0));
  IF EXISTS (
    SELECT 1 FROM "Match"
    WHERE "challengeId" = NEW."challengeId" AND "partnerId" = NEW."partnerId" AND id <> NEW.id
      AND stage NOT IN ('COMPLETED', 'ENDED')
  ) THEN
    RAISE EXCEPTION 'this partner already has an open match on this challenge' USING ERRCODE = 'unique_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER match_one_open_per_pair
  BEFORE INSERT ON "Match"
  FOR EACH ROW EXECUTE FUNCTION match_one_open_per_pair();
