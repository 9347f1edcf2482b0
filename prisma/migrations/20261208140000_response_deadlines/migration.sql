-- Response deadlines both ways (decision 0019): when a coordinator owes a proposal its first answer, when an introduced
-- partner owes the introduction theirs, the partner's answer with its reason, the coordinator lead's role, and one row
-- per reminder sent so that several workers send each reminder once.
-- CreateEnum
CREATE TYPE "IntroductionAnswer" AS ENUM ('ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "IntroductionDeclineReason" AS ENUM ('TOO_BUSY', 'SKILLS_MISMATCH', 'LOCATION', 'TERMS', 'OTHER');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'COORDINATOR_LEAD';

-- AlterTable
ALTER TABLE "Match" ADD COLUMN     "answerDueOn" DATE,
ADD COLUMN     "busyUntil" DATE,
ADD COLUMN     "declineNote" TEXT,
ADD COLUMN     "declineReason" "IntroductionDeclineReason",
ADD COLUMN     "partnerAnswer" "IntroductionAnswer",
ADD COLUMN     "partnerAnsweredAt" TIMESTAMP(3),
ADD COLUMN     "partnerAnsweredById" UUID;

-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "closedForSilenceAt" TIMESTAMP(3),
ADD COLUMN     "firstRespondedAt" TIMESTAMP(3),
ADD COLUMN     "firstResponseDueOn" DATE,
ADD COLUMN     "responseDueOn" DATE;

-- CreateTable
CREATE TABLE "DeadlineReminder" (
    "key" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeadlineReminder_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Match_stage_answerDueOn_idx" ON "Match"("stage", "answerDueOn");

-- CreateIndex
CREATE INDEX "Proposal_status_responseDueOn_idx" ON "Proposal"("status", "responseDueOn");

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_partnerAnsweredById_fkey" FOREIGN KEY ("partnerAnsweredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The statistics measure first responses of proposals submitted before this migration too: the first coordinator move
-- out of SUBMITTED (a withdrawal is the partner's) or the first coordinator message after the submission.
UPDATE "Proposal" p SET "firstRespondedAt" = first_response.at
  FROM (
    SELECT q."id", LEAST(
      (SELECT MIN(e."createdAt") FROM "ProposalEvent" e
        WHERE e."proposalId" = q."id" AND e."fromStatus" = 'SUBMITTED' AND e."toStatus" <> 'WITHDRAWN'),
      (SELECT MIN(m."createdAt") FROM "ProposalMessage" m
        WHERE m."proposalId" = q."id" AND m."side" = 'COORDINATOR' AND m."createdAt" >= q."submittedAt")
    ) AS at
    FROM "Proposal" q WHERE q."submittedAt" IS NOT NULL
  ) first_response
 WHERE p."id" = first_response."id" AND first_response.at IS NOT NULL;
