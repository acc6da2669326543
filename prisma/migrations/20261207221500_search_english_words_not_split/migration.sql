-- Search documents are now indexed without splitting English words as Dutch compounds: platform is
-- no plat + form, internships no interns + hips, managers no mana + gers (decision 327). Marking every
-- indexed version as outdated makes the sweep at the next worker start index everything again, while
-- the old documents stay searchable until then (or run npm run search:reindex).
UPDATE "SearchDocument" SET version = -1;
