-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('INDIVIDUAL', 'ORGANISATION');

-- CreateEnum
CREATE TYPE "ShiojiriRelationship" AS ENUM ('BIRTHPLACE', 'FORMER_RESIDENT', 'COMMUTE', 'VISITOR', 'FURUSATO_NOZEI', 'DUAL_RESIDENCE', 'BUSINESS', 'OTHER');

-- CreateEnum
CREATE TYPE "PartnerMemberRole" AS ENUM ('OWNER', 'MEMBER');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'NEEDS_INFO', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ProposalSide" AS ENUM ('PARTNER', 'COORDINATOR');

-- AlterTable
ALTER TABLE "PartnerProfile" ADD COLUMN     "availabilityHoursPerMonth" INTEGER,
ADD COLUMN     "bio" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "contactPhone" TEXT,
ADD COLUMN     "countryCode" VARCHAR(2),
ADD COLUMN     "engagementTypes" "EngagementType"[],
ADD COLUMN     "freeSkills" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "headline" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "isPublic" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "kind" "PartnerKind" NOT NULL DEFAULT 'INDIVIDUAL',
ADD COLUMN     "languages" TEXT[] DEFAULT ARRAY['ja']::TEXT[],
ADD COLUMN     "openToContact" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "personalUserId" UUID,
ADD COLUMN     "prefectureCode" INTEGER,
ADD COLUMN     "relationships" "ShiojiriRelationship"[],
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "website" TEXT,
ADD COLUMN     "workStyles" "WorkStyle"[];

-- Existing rows got a time above; from now on Prisma sets it on every write.
ALTER TABLE "PartnerProfile" ALTER COLUMN "updatedAt" DROP DEFAULT;

-- CreateTable
CREATE TABLE "PartnerFieldInterest" (
    "partnerId" UUID NOT NULL,
    "fieldId" INTEGER NOT NULL,

    CONSTRAINT "PartnerFieldInterest_pkey" PRIMARY KEY ("partnerId","fieldId")
);

-- CreateTable
CREATE TABLE "PartnerAreaInterest" (
    "partnerId" UUID NOT NULL,
    "areaId" INTEGER NOT NULL,

    CONSTRAINT "PartnerAreaInterest_pkey" PRIMARY KEY ("partnerId","areaId")
);

-- CreateTable
CREATE TABLE "PartnerSkill" (
    "partnerId" UUID NOT NULL,
    "skillId" INTEGER NOT NULL,

    CONSTRAINT "PartnerSkill_pkey" PRIMARY KEY ("partnerId","skillId")
);

-- CreateTable
CREATE TABLE "PartnerMember" (
    "partnerId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "PartnerMemberRole" NOT NULL DEFAULT 'MEMBER',
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerMember_pkey" PRIMARY KEY ("partnerId","userId")
);

-- CreateTable
CREATE TABLE "PartnerInvitation" (
    "id" UUID NOT NULL,
    "partnerId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "role" "PartnerMemberRole" NOT NULL DEFAULT 'MEMBER',
    "tokenHash" TEXT NOT NULL,
    "invitedById" UUID,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "declinedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "partnerId" UUID NOT NULL,
    "authorId" UUID,
    "challengeId" UUID,
    "strategyId" INTEGER NOT NULL,
    "fieldId" INTEGER,
    "status" "ProposalStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "title" TEXT NOT NULL,
    "offer" TEXT NOT NULL DEFAULT '',
    "needs" TEXT NOT NULL DEFAULT '',
    "timeline" TEXT NOT NULL DEFAULT '',
    "team" TEXT NOT NULL DEFAULT '',
    "assigneeId" UUID,
    "decisionReason" TEXT,
    "showPartnerPublicly" BOOLEAN NOT NULL DEFAULT false,
    "submittedAt" TIMESTAMP(3),
    "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalEvent" (
    "id" BIGSERIAL NOT NULL,
    "proposalId" UUID NOT NULL,
    "fromStatus" "ProposalStatus",
    "toStatus" "ProposalStatus" NOT NULL,
    "actorId" UUID,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalMessage" (
    "id" UUID NOT NULL,
    "proposalId" UUID NOT NULL,
    "authorId" UUID,
    "side" "ProposalSide" NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalNote" (
    "id" UUID NOT NULL,
    "proposalId" UUID NOT NULL,
    "authorId" UUID,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PartnerFieldInterest_fieldId_idx" ON "PartnerFieldInterest"("fieldId");

-- CreateIndex
CREATE INDEX "PartnerAreaInterest_areaId_idx" ON "PartnerAreaInterest"("areaId");

-- CreateIndex
CREATE INDEX "PartnerSkill_skillId_idx" ON "PartnerSkill"("skillId");

-- CreateIndex
CREATE INDEX "PartnerMember_userId_idx" ON "PartnerMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerInvitation_tokenHash_key" ON "PartnerInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "PartnerInvitation_partnerId_createdAt_idx" ON "PartnerInvitation"("partnerId", "createdAt");

-- CreateIndex
CREATE INDEX "PartnerInvitation_email_idx" ON "PartnerInvitation"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_number_key" ON "Proposal"("number");

-- CreateIndex
CREATE INDEX "Proposal_partnerId_updatedAt_idx" ON "Proposal"("partnerId", "updatedAt");

-- CreateIndex
CREATE INDEX "Proposal_status_statusChangedAt_idx" ON "Proposal"("status", "statusChangedAt");

-- CreateIndex
CREATE INDEX "Proposal_challengeId_status_idx" ON "Proposal"("challengeId", "status");

-- CreateIndex
CREATE INDEX "Proposal_strategyId_status_idx" ON "Proposal"("strategyId", "status");

-- CreateIndex
CREATE INDEX "Proposal_assigneeId_status_idx" ON "Proposal"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "ProposalEvent_proposalId_createdAt_idx" ON "ProposalEvent"("proposalId", "createdAt");

-- CreateIndex
CREATE INDEX "ProposalMessage_proposalId_createdAt_idx" ON "ProposalMessage"("proposalId", "createdAt");

-- CreateIndex
CREATE INDEX "ProposalNote_proposalId_createdAt_idx" ON "ProposalNote"("proposalId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerProfile_personalUserId_key" ON "PartnerProfile"("personalUserId");

-- CreateIndex
CREATE INDEX "PartnerProfile_isPublic_updatedAt_idx" ON "PartnerProfile"("isPublic", "updatedAt");

-- CreateIndex
CREATE INDEX "PartnerProfile_prefectureCode_idx" ON "PartnerProfile"("prefectureCode");

-- CreateIndex
CREATE INDEX "PartnerProfile_relationships_idx" ON "PartnerProfile" USING GIN ("relationships");

-- AddForeignKey
ALTER TABLE "PartnerProfile" ADD CONSTRAINT "PartnerProfile_personalUserId_fkey" FOREIGN KEY ("personalUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerFieldInterest" ADD CONSTRAINT "PartnerFieldInterest_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "PartnerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerFieldInterest" ADD CONSTRAINT "PartnerFieldInterest_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "StrategyField"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerAreaInterest" ADD CONSTRAINT "PartnerAreaInterest_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "PartnerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerAreaInterest" ADD CONSTRAINT "PartnerAreaInterest_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerSkill" ADD CONSTRAINT "PartnerSkill_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "PartnerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerSkill" ADD CONSTRAINT "PartnerSkill_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerMember" ADD CONSTRAINT "PartnerMember_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "PartnerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerMember" ADD CONSTRAINT "PartnerMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerInvitation" ADD CONSTRAINT "PartnerInvitation_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "PartnerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerInvitation" ADD CONSTRAINT "PartnerInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "PartnerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "StrategyField"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalEvent" ADD CONSTRAINT "ProposalEvent_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalEvent" ADD CONSTRAINT "ProposalEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalMessage" ADD CONSTRAINT "ProposalMessage_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalMessage" ADD CONSTRAINT "ProposalMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalNote" ADD CONSTRAINT "ProposalNote_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalNote" ADD CONSTRAINT "ProposalNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The database refuses a proposal status change the model layer would refuse (app/utils/proposal-status.ts
-- holds the same table), so no code path, script or console session can skip a step of the lifecycle.
-- A trigger rather than a CHECK: see the challenges migration (Prisma's schema engine and CHECK constraints).
CREATE FUNCTION proposal_status_transition_allowed() RETURNS trigger AS $$
BEGIN
  IF NEW.status = OLD.status THEN
    RETURN NEW;
  END IF;
  IF NOT (
    (OLD.status = 'DRAFT' AND NEW.status IN ('SUBMITTED')) OR
    (OLD.status = 'SUBMITTED' AND NEW.status IN ('UNDER_REVIEW', 'NEEDS_INFO', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')) OR
    (OLD.status = 'UNDER_REVIEW' AND NEW.status IN ('NEEDS_INFO', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')) OR
    (OLD.status = 'NEEDS_INFO' AND NEW.status IN ('SUBMITTED', 'DECLINED', 'WITHDRAWN'))
  ) THEN
    RAISE EXCEPTION 'proposal status cannot change from % to %', OLD.status, NEW.status USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER proposal_status_transition
  BEFORE UPDATE OF status ON "Proposal"
  FOR EACH ROW EXECUTE FUNCTION proposal_status_transition_allowed();

-- A new proposal starts as a draft (demo data too walks the lifecycle); an individual profile belongs to
-- exactly one account and an organisation to none (it has members).
CREATE FUNCTION proposal_starts_as_draft() RETURNS trigger AS $$
BEGIN
  IF NEW.status <> 'DRAFT' THEN
    RAISE EXCEPTION 'a proposal starts as DRAFT' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER proposal_starts_as_draft
  BEFORE INSERT ON "Proposal"
  FOR EACH ROW EXECUTE FUNCTION proposal_starts_as_draft();

CREATE FUNCTION partner_kind_consistent() RETURNS trigger AS $$
BEGIN
  IF NEW.kind = 'ORGANISATION' AND NEW."personalUserId" IS NOT NULL THEN
    RAISE EXCEPTION 'an organisation profile has members, not a personal account' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.kind = 'INDIVIDUAL' AND NEW."personalUserId" IS NULL AND TG_OP = 'INSERT' THEN
    RAISE EXCEPTION 'an individual profile belongs to an account' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER partner_kind_consistent
  BEFORE INSERT OR UPDATE ON "PartnerProfile"
  FOR EACH ROW EXECUTE FUNCTION partner_kind_consistent();
