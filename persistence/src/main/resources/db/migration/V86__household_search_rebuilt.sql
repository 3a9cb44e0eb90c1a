-- Issue 12: the trigram index of the household search, rebuilt once. A GIN index kept up row by row through a
-- register's updates (every change of category, commune or name adds each trigram of the row again; a category is
-- indexed, so no update of it is HOT) grows far past a fresh build: at 1,000,000 households of the demo, after its
-- reviews and its area reform, 312 MB against 92 MB freshly built, and reading a district's "nguyen van" from it
-- took 1,064 index pages instead of 478. A register past its yearly review should be rebuilt the same way
-- (REINDEX INDEX CONCURRENTLY household_search; operations.md). A database migrated here from the demo's load (the
-- load test reuses one) gets the rebuild with this migration.
REINDEX INDEX household_search;
