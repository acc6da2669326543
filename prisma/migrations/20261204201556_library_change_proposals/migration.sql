-- AlterTable
ALTER TABLE "LibraryItem" ADD COLUMN     "proposalComment" TEXT,
ADD COLUMN     "proposedAt" TIMESTAMP(3),
ADD COLUMN     "proposedChange" JSONB;

-- CreateIndex
CREATE INDEX "LibraryItem_proposedAt_idx" ON "LibraryItem"("proposedAt");
