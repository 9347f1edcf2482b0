-- CreateIndex
CREATE INDEX "PartnerProfile_updatedAt_idx" ON "PartnerProfile"("updatedAt");

