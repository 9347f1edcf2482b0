-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "claimedBy" TEXT,
ADD COLUMN     "sendKey" TEXT;

-- CreateIndex
CREATE INDEX "EmailMessage_sendKey_idx" ON "EmailMessage"("sendKey");

