-- Search documents are now indexed with stemmer exceptions: words whose Dutch stem is the stem of a
-- word of another meaning (ouderen and ouders, middelbare and middelen) keep a lexeme of their own
-- (decision 264). Marking every indexed version as outdated makes the sweep at the next worker start
-- index everything again, while the old documents stay searchable until then (or run
-- npm run search:reindex).
UPDATE "SearchDocument" SET version = -1;
