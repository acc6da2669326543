-- CreateTable
CREATE TABLE "SearchWordCount" (
    "lexeme" TEXT NOT NULL,
    "visibility" TEXT NOT NULL,
    "community" TEXT NOT NULL,
    "documents" INTEGER NOT NULL,

    CONSTRAINT "SearchWordCount_pkey" PRIMARY KEY ("lexeme","visibility","community")
);


-- Kept in step with SearchDocument by statement-level triggers (decision 246): the rows a statement
-- inserted, updated or deleted become one change per word and scope, applied in word order
-- (concurrent writers lock the counts in the same order); counts that reach zero are deleted.
-- (A function reads only the transition tables its trigger declares: one branch per operation.)
CREATE FUNCTION search_word_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  gone text[];
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM "SearchWordCount";
    RETURN NULL;
  ELSIF TG_OP = 'INSERT' THEN
    WITH changes AS (
      SELECT l AS lexeme, r.visibility, coalesce(r."accessCommunityId", '') AS community, 1 AS n
        FROM new_rows r CROSS JOIN LATERAL unnest(tsvector_to_array(r."searchVector")) l
    ),
    applied AS (
      INSERT INTO "SearchWordCount" AS c (lexeme, visibility, community, documents)
      SELECT lexeme, visibility, community, sum(n)::int FROM changes
       GROUP BY lexeme, visibility, community HAVING sum(n) <> 0
       ORDER BY lexeme, visibility, community
      ON CONFLICT (lexeme, visibility, community) DO UPDATE SET documents = c.documents + EXCLUDED.documents
      RETURNING c.lexeme, c.documents
    )
    SELECT array_agg(lexeme) INTO gone FROM applied WHERE documents <= 0;
  ELSIF TG_OP = 'DELETE' THEN
    WITH changes AS (
      SELECT l AS lexeme, r.visibility, coalesce(r."accessCommunityId", '') AS community, -1 AS n
        FROM old_rows r CROSS JOIN LATERAL unnest(tsvector_to_array(r."searchVector")) l
    ),
    applied AS (
      INSERT INTO "SearchWordCount" AS c (lexeme, visibility, community, documents)
      SELECT lexeme, visibility, community, sum(n)::int FROM changes
       GROUP BY lexeme, visibility, community HAVING sum(n) <> 0
       ORDER BY lexeme, visibility, community
      ON CONFLICT (lexeme, visibility, community) DO UPDATE SET documents = c.documents + EXCLUDED.documents
      RETURNING c.lexeme, c.documents
    )
    SELECT array_agg(lexeme) INTO gone FROM applied WHERE documents <= 0;
  ELSE
    WITH changes AS (
      SELECT l AS lexeme, r.visibility, coalesce(r."accessCommunityId", '') AS community, 1 AS n
        FROM new_rows r CROSS JOIN LATERAL unnest(tsvector_to_array(r."searchVector")) l
      UNION ALL
      SELECT l AS lexeme, r.visibility, coalesce(r."accessCommunityId", '') AS community, -1 AS n
        FROM old_rows r CROSS JOIN LATERAL unnest(tsvector_to_array(r."searchVector")) l
    ),
    applied AS (
      INSERT INTO "SearchWordCount" AS c (lexeme, visibility, community, documents)
      SELECT lexeme, visibility, community, sum(n)::int FROM changes
       GROUP BY lexeme, visibility, community HAVING sum(n) <> 0
       ORDER BY lexeme, visibility, community
      ON CONFLICT (lexeme, visibility, community) DO UPDATE SET documents = c.documents + EXCLUDED.documents
      RETURNING c.lexeme, c.documents
    )
    SELECT array_agg(lexeme) INTO gone FROM applied WHERE documents <= 0;
  END IF;
  IF gone IS NOT NULL THEN
    DELETE FROM "SearchWordCount" WHERE lexeme = ANY(gone) AND documents <= 0;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "SearchDocument_words_inserted" AFTER INSERT ON "SearchDocument"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_word_counts_apply();
CREATE TRIGGER "SearchDocument_words_updated" AFTER UPDATE ON "SearchDocument"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_word_counts_apply();
CREATE TRIGGER "SearchDocument_words_deleted" AFTER DELETE ON "SearchDocument"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_word_counts_apply();
CREATE TRIGGER "SearchDocument_words_truncated" AFTER TRUNCATE ON "SearchDocument"
  FOR EACH STATEMENT EXECUTE FUNCTION search_word_counts_apply();

-- The documents indexed so far (a word's rows side by side: a search reads few pages of them).
INSERT INTO "SearchWordCount" (lexeme, visibility, community, documents)
SELECT l, d.visibility, coalesce(d."accessCommunityId", ''), count(*)::int
  FROM "SearchDocument" d CROSS JOIN LATERAL unnest(tsvector_to_array(d."searchVector")) l
 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
