-- A district officer's first page is the first 20 households of the district in Vietnamese order. With an index on
-- the sort key alone PostgreSQL walks it in order and stops after 20 matches, instead of sorting the whole district
-- (measured: 1 s -> a few ms with 120,000 households in scope; src-docs/developer/benchmarks.md).
CREATE INDEX household_sort ON household (sort_key, id);
