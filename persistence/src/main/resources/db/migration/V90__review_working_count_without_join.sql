-- The review counts' update trigger (V71) joined the statement's old and new transition tables on id. Transition
-- tables have no index, and an approval or a list step that moves every review of a campaign (7,000 rows against
-- 7,000) made that join take minutes. As V78 did for the register's counts (V40): the old rows are subtracted and the
-- new ones added, each grouped on its own; keys an update did not change add up to zero and write nothing. Same
-- result, linear in the rows. Runs as the owner, as V77 set (CREATE OR REPLACE resets those properties).
CREATE OR REPLACE FUNCTION review_working_count_apply() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO review_working_count AS w (campaign_id, commune_id, state, outcome, category, reviews)
        SELECT campaign_id, commune_id, state, outcome, category, count(*) FROM new_rows
        WHERE campaign_id IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (campaign_id, commune_id, state, outcome, category)
            DO UPDATE SET reviews = w.reviews + excluded.reviews;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE review_working_count w SET reviews = w.reviews - d.n
        FROM (SELECT campaign_id, commune_id, state, outcome, category, count(*) AS n FROM old_rows
              WHERE campaign_id IS NOT NULL GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5) d
        WHERE w.campaign_id = d.campaign_id AND w.commune_id = d.commune_id AND w.state = d.state
          AND w.outcome = d.outcome AND w.category = d.category;
    ELSE
        -- A step moves every review of a list from one state to the next. The old rows are subtracted and the new
        -- ones added, each grouped on its own: no join of the two transition tables (which have no index, and a
        -- join of 7,000 rows with 7,000 took minutes); keys an update did not change add up to zero and are skipped.
        INSERT INTO review_working_count AS w (campaign_id, commune_id, state, outcome, category, reviews)
        SELECT campaign_id, commune_id, state, outcome, category, sum(delta) FROM (
            SELECT campaign_id, commune_id, state, outcome, category, -count(*) AS delta FROM old_rows
            WHERE campaign_id IS NOT NULL GROUP BY 1, 2, 3, 4, 5
            UNION ALL
            SELECT campaign_id, commune_id, state, outcome, category, count(*) FROM new_rows
            WHERE campaign_id IS NOT NULL GROUP BY 1, 2, 3, 4, 5
        ) moved
        GROUP BY 1, 2, 3, 4, 5 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (campaign_id, commune_id, state, outcome, category)
            DO UPDATE SET reviews = w.reviews + excluded.reviews;
    END IF;
    RETURN NULL;
END $$;
