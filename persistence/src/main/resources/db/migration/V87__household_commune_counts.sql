-- Issue 12: the live working counts rolled up to the commune. The landing summaries sum whole communes, and the
-- village rows of V40 made a province's /summary read about 10,500 counter rows (20 ms of PostgreSQL, 50 ms under
-- row-level security) where 1,700 commune rows say the same. The same trigger function keeps both tables in the same
-- statement, so they can never disagree; a household list filtered by village still reads the village rows.
CREATE TABLE household_commune_count (
    commune_id BIGINT      NOT NULL REFERENCES area (id),
    category   VARCHAR(16) NOT NULL,
    ethnicity  VARCHAR(24) NOT NULL,
    households BIGINT      NOT NULL,
    PRIMARY KEY (commune_id, category, ethnicity)
);

INSERT INTO household_commune_count (commune_id, category, ethnicity, households)
SELECT commune_id, category, ethnicity, sum(households) FROM household_working_count
GROUP BY 1, 2, 3 HAVING sum(households) <> 0;

-- Counter rows are updated in place on every household write: without room on the page for the new version (HOT
-- updates) and an early vacuum, the demo's generation left 355,000 dead versions behind 11,000 live rows of V40's
-- table, and an index scan of one commune visited 2,400 of them.
ALTER TABLE household_commune_count SET (fillfactor = 50, autovacuum_vacuum_scale_factor = 0,
    autovacuum_vacuum_threshold = 2000, autovacuum_analyze_scale_factor = 0.05);
ALTER TABLE household_working_count SET (fillfactor = 70, autovacuum_vacuum_scale_factor = 0,
    autovacuum_vacuum_threshold = 5000);

-- Row-level security as V76 gives the village counts: a commune's rows for its own officers only.
ALTER TABLE household_commune_count ENABLE ROW LEVEL SECURITY;
CREATE POLICY commune_scope ON household_commune_count TO giamngheo_app
    USING (commune_id = ANY ((SELECT giamngheo_scope_communes())::BIGINT[]));
GRANT SELECT, INSERT, UPDATE, DELETE ON household_commune_count TO giamngheo_app;

-- V78's function, writing the commune rows from the same groups in the same statement (data-modifying WITH: both
-- run to completion), each sorted so that two statements lock counter rows in one order.
CREATE OR REPLACE FUNCTION household_working_count_apply() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        WITH delta AS (
            SELECT commune_id, village_id, category, ethnicity, count(*) AS n FROM new_rows GROUP BY 1, 2, 3, 4
        ), villages AS (
            INSERT INTO household_working_count AS w (commune_id, village_id, category, ethnicity, households)
            SELECT commune_id, village_id, category, ethnicity, n FROM delta ORDER BY 1, 2, 3, 4
            ON CONFLICT (commune_id, village_id, category, ethnicity)
                DO UPDATE SET households = w.households + excluded.households
        )
        INSERT INTO household_commune_count AS c (commune_id, category, ethnicity, households)
        SELECT commune_id, category, ethnicity, sum(n) FROM delta GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (commune_id, category, ethnicity) DO UPDATE SET households = c.households + excluded.households;
    ELSIF TG_OP = 'DELETE' THEN
        WITH delta AS (
            SELECT commune_id, village_id, category, ethnicity, -count(*) AS n FROM old_rows GROUP BY 1, 2, 3, 4
        ), villages AS (
            INSERT INTO household_working_count AS w (commune_id, village_id, category, ethnicity, households)
            SELECT commune_id, village_id, category, ethnicity, n FROM delta ORDER BY 1, 2, 3, 4
            ON CONFLICT (commune_id, village_id, category, ethnicity)
                DO UPDATE SET households = w.households + excluded.households
        )
        INSERT INTO household_commune_count AS c (commune_id, category, ethnicity, households)
        SELECT commune_id, category, ethnicity, sum(n) FROM delta GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (commune_id, category, ethnicity) DO UPDATE SET households = c.households + excluded.households;
    ELSE
        -- An update that changed no counted column adds up to zero and writes nothing.
        WITH delta AS (
            SELECT commune_id, village_id, category, ethnicity, sum(d) AS n FROM (
                SELECT commune_id, village_id, category, ethnicity, -count(*) AS d FROM old_rows GROUP BY 1, 2, 3, 4
                UNION ALL
                SELECT commune_id, village_id, category, ethnicity, count(*) FROM new_rows GROUP BY 1, 2, 3, 4
            ) moved
            GROUP BY 1, 2, 3, 4 HAVING sum(d) <> 0
        ), villages AS (
            INSERT INTO household_working_count AS w (commune_id, village_id, category, ethnicity, households)
            SELECT commune_id, village_id, category, ethnicity, n FROM delta ORDER BY 1, 2, 3, 4
            ON CONFLICT (commune_id, village_id, category, ethnicity)
                DO UPDATE SET households = w.households + excluded.households
        )
        INSERT INTO household_commune_count AS c (commune_id, category, ethnicity, households)
        SELECT commune_id, category, ethnicity, sum(n) FROM delta GROUP BY 1, 2, 3 HAVING sum(n) <> 0
        ORDER BY 1, 2, 3
        ON CONFLICT (commune_id, category, ethnicity) DO UPDATE SET households = c.households + excluded.households;
    END IF;
    RETURN NULL;
END $$;
