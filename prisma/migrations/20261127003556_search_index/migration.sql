-- Search (docs/decisions/020): trigram matching for typo tolerance, accent
-- folding, and a Dutch text search configuration that folds accents before
-- stemming ("coördinator" and "coordinator" are one word). Prisma does not
-- model these, so they are written by hand here.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION pp_dutch (COPY = pg_catalog.dutch);
ALTER TEXT SEARCH CONFIGURATION pp_dutch ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;

-- CreateTable
CREATE TABLE "SearchDocument" (
    "kind" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "communityId" TEXT,
    "themeId" TEXT,
    "evidenceLevel" TEXT,
    "accessCommunityId" TEXT,
    "visibility" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "version" BIGINT NOT NULL,
    "indexedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "searchVector" tsvector NOT NULL,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("kind","recordId")
);

-- CreateTable
CREATE TABLE "SearchTerm" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchDocument_searchVector_idx" ON "SearchDocument" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "SearchDocument_date_idx" ON "SearchDocument"("date");

-- CreateIndex
CREATE INDEX "SearchTerm_word_idx" ON "SearchTerm" USING GIN ("word" gin_trgm_ops);
