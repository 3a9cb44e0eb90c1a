-- The working counts' update trigger (V40) joined the statement's old and new transition tables on id. Transition
-- tables have no index, and a statement updating thousands of households (an approval's recognised categories, an
-- area reform's move) could make that join take minutes (V71's review counts showed it). The old rows are now
-- subtracted and the new ones added, each grouped on its own; keys an update did not change add up to zero. Same
-- result, linear in the rows. Run as the owner as V76 set (CREATE OR REPLACE resets those properties).
CREATE OR REPLACE FUNCTION household_working_count_apply() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
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
        INSERT INTO household_working_count AS w (commune_id, village_id, category, ethnicity, households)
        SELECT commune_id, village_id, category, ethnicity, sum(delta) FROM (
            SELECT commune_id, village_id, category, ethnicity, -count(*) AS delta FROM old_rows GROUP BY 1, 2, 3, 4
            UNION ALL
            SELECT commune_id, village_id, category, ethnicity, count(*) FROM new_rows GROUP BY 1, 2, 3, 4
        ) moved
        GROUP BY 1, 2, 3, 4 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (commune_id, village_id, category, ethnicity)
            DO UPDATE SET households = w.households + excluded.households;
    END IF;
    RETURN NULL;
END $$;
