-- DropIndex
DROP INDEX "Document_communityId_updatedAt_idx";

-- CreateIndex
CREATE INDEX "Document_communityId_idx" ON "Document"("communityId");
