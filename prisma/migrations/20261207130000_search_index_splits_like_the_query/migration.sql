-- Search documents are now indexed with compound parts split by the query's rules: no short last
-- part that is no content stem, no inflected word cut in its ending (jongeren is no jonge + ren,
-- decision 323). Marking every indexed version as outdated makes the sweep at the next worker start
-- index everything again, while the old documents stay searchable until then (or run
-- npm run search:reindex).
UPDATE "SearchDocument" SET version = -1;
