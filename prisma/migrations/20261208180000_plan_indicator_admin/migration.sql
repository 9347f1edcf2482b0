-- Admins add, edit and retire the plan's indicators: a source for each, retirement, and a version for optimistic locking.
ALTER TABLE "PlanIndicator" ADD COLUMN "sourceJa" TEXT NOT NULL DEFAULT '',
ADD COLUMN "sourceEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN "sourceUrl" TEXT NOT NULL DEFAULT '',
ADD COLUMN "retiredAt" TIMESTAMP(3),
ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
