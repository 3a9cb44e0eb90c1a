-- Issue 12: the planner's guess of how many households a free-text search matches ("%nguyen van%" against the
-- folded search_text) came from a sample of 30,000 rows of the default statistics; a pattern missing from the sample
-- was guessed at 100 rows, so it skipped combining the trigram index with the commune index and re-read 13,000 heap
-- pages of other districts (165 ms). A larger sample makes the guess stable: the plan ANDs both indexes (50 ms).
ALTER TABLE household ALTER COLUMN search_text SET STATISTICS 1000;
ANALYZE household;
