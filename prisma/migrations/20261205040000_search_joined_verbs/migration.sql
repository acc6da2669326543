-- Search documents are now indexed with separable verbs written apart joined ("in te burgeren" →
-- "inburgeren", decision 166). Marking every indexed version as outdated makes the sweep at the
-- next worker start index everything again, while the old documents stay searchable until then
-- (or run npm run search:reindex).
UPDATE "SearchDocument" SET version = -1;
