-- CreateIndex
CREATE INDEX "SearchDocument_communityId_idx" ON "SearchDocument"("communityId");
