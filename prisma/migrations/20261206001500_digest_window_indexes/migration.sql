-- CreateIndex
CREATE INDEX "Membership_communityId_joinedAt_idx" ON "Membership"("communityId", "joinedAt");
