-- AlterTable
ALTER TABLE "LibraryItem" ADD COLUMN     "documentId" TEXT;

-- CreateIndex
CREATE INDEX "LibraryItem_documentId_idx" ON "LibraryItem"("documentId");

-- AddForeignKey
ALTER TABLE "LibraryItem" ADD CONSTRAINT "LibraryItem_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;
