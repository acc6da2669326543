-- CreateTable
CREATE TABLE "ThesaurusEntry" (
    "id" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "terms" TEXT[],
    "shippedKey" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ThesaurusEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ThesaurusEntry_shippedKey_key" ON "ThesaurusEntry"("shippedKey");

-- Search documents are now indexed with the parts of their compounds (decision 127). Marking
-- every indexed version as outdated makes the sweep at the next worker start index everything
-- again, while the old documents stay searchable until then (or run npm run search:reindex).
UPDATE "SearchDocument" SET version = -1;
