-- Moderation: reports, hiding, suspension, notices to owners and the MODERATOR role (docs/decisions/0018-moderation.md).
-- CreateEnum
CREATE TYPE "ModerationTargetType" AS ENUM ('PARTNER_PROFILE', 'INITIATIVE_UPDATE', 'PROPOSAL_MESSAGE');

-- CreateEnum
CREATE TYPE "ReportReason" AS ENUM ('SPAM', 'HARASSMENT', 'PERSONAL_DATA', 'MISLEADING', 'INAPPROPRIATE', 'OTHER');

-- CreateEnum
CREATE TYPE "HiddenCause" AS ENUM ('MODERATION', 'SUSPENSION', 'ROLE_REVOKED');

-- CreateEnum
CREATE TYPE "ReportResolution" AS ENUM ('HIDDEN', 'DISMISSED');

-- CreateEnum
CREATE TYPE "ModerationNoticeKind" AS ENUM ('CONTENT_HIDDEN', 'CONTENT_RESTORED', 'ACCOUNT_SUSPENDED', 'ACCOUNT_UNSUSPENDED');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'MODERATOR';

-- AlterTable
ALTER TABLE "InitiativeUpdate" ADD COLUMN     "hiddenAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "PartnerProfile" ADD COLUMN     "hiddenAt" TIMESTAMP(3),
ADD COLUMN     "hiddenCause" "HiddenCause",
ADD COLUMN     "publicBeforeHidden" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ProposalMessage" ADD COLUMN     "hiddenAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "suspendedAt" TIMESTAMP(3),
ADD COLUMN     "suspensionNote" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "suspensionReason" "ReportReason";

-- CreateTable
CREATE TABLE "ModerationReport" (
    "id" UUID NOT NULL,
    "reporterId" UUID NOT NULL,
    "targetType" "ModerationTargetType" NOT NULL,
    "targetId" UUID NOT NULL,
    "reason" "ReportReason" NOT NULL,
    "details" TEXT NOT NULL DEFAULT '',
    "resolvedAt" TIMESTAMP(3),
    "resolution" "ReportResolution",
    "resolvedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ModerationReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModerationNotice" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "ModerationNoticeKind" NOT NULL,
    "targetType" "ModerationTargetType",
    "targetId" UUID,
    "targetLabel" TEXT NOT NULL DEFAULT '',
    "reason" "ReportReason",
    "note" TEXT NOT NULL DEFAULT '',
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModerationNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ModerationReport_targetType_targetId_idx" ON "ModerationReport"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "ModerationReport_resolvedAt_updatedAt_idx" ON "ModerationReport"("resolvedAt", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ModerationReport_reporterId_targetType_targetId_key" ON "ModerationReport"("reporterId", "targetType", "targetId");

-- CreateIndex
CREATE INDEX "ModerationNotice_userId_createdAt_idx" ON "ModerationNotice"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "ModerationReport" ADD CONSTRAINT "ModerationReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationReport" ADD CONSTRAINT "ModerationReport_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationNotice" ADD CONSTRAINT "ModerationNotice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

