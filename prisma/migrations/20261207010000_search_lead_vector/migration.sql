-- The lead of a passage (the body's first words) is stored as a vector of its own, so ranking tests
-- a concept in the lead with one @@ on a small vector instead of cutting it out of the ranking vector
-- per query (decision 272). Until a document is indexed again its lead is null and counts for nothing;
-- marking every indexed version as outdated makes the sweep at the next worker start index everything
-- again, while the old documents stay searchable until then (or run npm run search:reindex).
ALTER TABLE "SearchDocument" ADD COLUMN "leadVector" tsvector;
UPDATE "SearchDocument" SET version = -1;
