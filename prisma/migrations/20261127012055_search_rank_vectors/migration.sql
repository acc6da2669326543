-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN     "rankVector" tsvector,
ADD COLUMN     "titleVector" tsvector;

-- CreateIndex
CREATE INDEX "SearchDocument_titleVector_idx" ON "SearchDocument" USING GIN ("titleVector");

-- Fill them for documents indexed before this migration (server/search/engines/postgres.ts keeps them up to date).
UPDATE "SearchDocument" SET
  "titleVector" = setweight(to_tsvector('pp_dutch', title), 'A'),
  "rankVector" = CASE WHEN length(body) > 1500
    THEN setweight(to_tsvector('pp_dutch', title), 'A') || setweight(to_tsvector('pp_dutch', left(body, 1500)), 'B')
  END;
