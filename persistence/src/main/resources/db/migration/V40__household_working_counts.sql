-- Live working counts of the register (issue 12): how many households each village has by category and ethnicity,
-- kept by the database itself on every insert, update and delete of household, so that landing pages, summaries and
-- the total above the household list never count the household table. These are working figures of the register as
-- it is now; the official figures of a year are the approved snapshots.
--
-- Statement-level triggers with transition tables: one upsert per statement, however many rows it touches, so the
-- demo generator's and the register import's COPY of thousands of rows costs one grouped upsert per chunk, and a
-- writer added later cannot forget to keep the counts (a service-level counter could be bypassed by SQL or COPY).
CREATE TABLE household_working_count (
    commune_id BIGINT      NOT NULL REFERENCES area (id),
    village_id BIGINT      NOT NULL REFERENCES area (id),
    category   VARCHAR(16) NOT NULL,
    ethnicity  VARCHAR(24) NOT NULL,
    -- No CHECK (households >= 0): PostgreSQL checks the row an upsert proposes before it finds the conflict, and an
    -- update's decrement is proposed as a negative row. HouseholdWorkingCountTests compares with a live count.
    households BIGINT      NOT NULL,
    PRIMARY KEY (commune_id, village_id, category, ethnicity)
);

-- Adds the signed deltas of one statement. Keys are taken in a fixed order so that two transactions touching the
-- same counters lock them in the same order (no deadlock between them).
CREATE FUNCTION household_working_count_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO household_working_count AS w (commune_id, village_id, category, ethnicity, households)
        SELECT commune_id, village_id, category, ethnicity, count(*) FROM new_rows
        GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        ON CONFLICT (commune_id, village_id, category, ethnicity)
            DO UPDATE SET households = w.households + excluded.households;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE household_working_count w SET households = w.households - d.n
        FROM (SELECT commune_id, village_id, category, ethnicity, count(*) AS n FROM old_rows GROUP BY 1, 2, 3, 4
              ORDER BY 1, 2, 3, 4) d
        WHERE w.commune_id = d.commune_id AND w.village_id = d.village_id AND w.category = d.category
          AND w.ethnicity = d.ethnicity;
    ELSE
        -- An update moves a household from its old key to its new one; most updates change no key at all.
        INSERT INTO household_working_count AS w (commune_id, village_id, category, ethnicity, households)
        SELECT commune_id, village_id, category, ethnicity, sum(delta) FROM (
            SELECT o.commune_id, o.village_id, o.category, o.ethnicity, -1 AS delta
            FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE (o.commune_id, o.village_id, o.category, o.ethnicity)
                  IS DISTINCT FROM (n.commune_id, n.village_id, n.category, n.ethnicity)
            UNION ALL
            SELECT n.commune_id, n.village_id, n.category, n.ethnicity, 1
            FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE (o.commune_id, o.village_id, o.category, o.ethnicity)
                  IS DISTINCT FROM (n.commune_id, n.village_id, n.category, n.ethnicity)
        ) moved
        GROUP BY 1, 2, 3, 4 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (commune_id, village_id, category, ethnicity)
            DO UPDATE SET households = w.households + excluded.households;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER household_working_count_insert AFTER INSERT ON household
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION household_working_count_apply();
CREATE TRIGGER household_working_count_update AFTER UPDATE ON household
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION household_working_count_apply();
CREATE TRIGGER household_working_count_delete AFTER DELETE ON household
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION household_working_count_apply();

-- Households already in the register (an upgraded database): counted once, with writers held off meanwhile.
LOCK TABLE household IN SHARE MODE;
INSERT INTO household_working_count (commune_id, village_id, category, ethnicity, households)
SELECT commune_id, village_id, category, ethnicity, count(*) FROM household GROUP BY 1, 2, 3, 4;
