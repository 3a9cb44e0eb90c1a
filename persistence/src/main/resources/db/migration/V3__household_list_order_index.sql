-- A district officer's first page is the first 20 households of the district in Vietnamese order. With an index on
-- the sort key alone PostgreSQL walks it in order and stops after 20 matches, instead of sorting the whole district
-- (measured: 1 s -> a few ms with 120,000 households in scope; src-docs/developer/benchmarks.md).
CREATE INDEX household_sort ON household (sort_key, id);

-- Filtering by category (and ethnicity) walks this index in list order and stops after a page of matches.
CREATE INDEX household_category_sort ON household (category, sort_key, id);

-- Counting a filtered list answers from the index alone once the table is vacuumed.
DROP INDEX household_commune_category;
CREATE INDEX household_commune_category_ethnicity ON household (commune_id, category, ethnicity);
