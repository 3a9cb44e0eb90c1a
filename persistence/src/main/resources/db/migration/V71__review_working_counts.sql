-- Live working counts of the review (issue 12): how many reviews each commune has in a campaign, by state, outcome
-- and category, kept by the database on every insert, update and delete of household_review, the way V40 keeps the
-- register's counts. The campaign progress page of a province (a hundred communes, a million households) and each
-- commune's list header read these rows instead of grouping household_review. Regular (Art. 5) reviews carry no
-- campaign and are not counted here.
CREATE TABLE review_working_count (
    campaign_id BIGINT      NOT NULL REFERENCES review_campaign (id),
    commune_id  BIGINT      NOT NULL REFERENCES area (id),
    state       VARCHAR(16) NOT NULL,
    outcome     VARCHAR(24) NOT NULL,
    category    VARCHAR(16) NOT NULL,
    -- No CHECK (reviews >= 0), for the reason given in V40: an update's decrement is proposed as a negative row.
    reviews     BIGINT      NOT NULL,
    PRIMARY KEY (campaign_id, commune_id, state, outcome, category)
);

-- Signed deltas of one statement, keys in a fixed order so that two transactions lock counters in the same order.
CREATE FUNCTION review_working_count_apply() RETURNS trigger LANGUAGE plpgsql AS $$
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
        -- A step moves every review of a list from one state to the next: one grouped upsert for the statement.
        INSERT INTO review_working_count AS w (campaign_id, commune_id, state, outcome, category, reviews)
        SELECT campaign_id, commune_id, state, outcome, category, sum(delta) FROM (
            SELECT o.campaign_id, o.commune_id, o.state, o.outcome, o.category, -1 AS delta
            FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE o.campaign_id IS NOT NULL
              AND (o.campaign_id, o.commune_id, o.state, o.outcome, o.category)
                  IS DISTINCT FROM (n.campaign_id, n.commune_id, n.state, n.outcome, n.category)
            UNION ALL
            SELECT n.campaign_id, n.commune_id, n.state, n.outcome, n.category, 1
            FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE n.campaign_id IS NOT NULL
              AND (o.campaign_id, o.commune_id, o.state, o.outcome, o.category)
                  IS DISTINCT FROM (n.campaign_id, n.commune_id, n.state, n.outcome, n.category)
        ) moved
        GROUP BY 1, 2, 3, 4, 5 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (campaign_id, commune_id, state, outcome, category)
            DO UPDATE SET reviews = w.reviews + excluded.reviews;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER review_working_count_insert AFTER INSERT ON household_review
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION review_working_count_apply();
CREATE TRIGGER review_working_count_update AFTER UPDATE ON household_review
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION review_working_count_apply();
CREATE TRIGGER review_working_count_delete AFTER DELETE ON household_review
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION review_working_count_apply();

-- Reviews already recorded (an upgraded database): counted once, with writers held off meanwhile.
LOCK TABLE household_review IN SHARE MODE;
INSERT INTO review_working_count (campaign_id, commune_id, state, outcome, category, reviews)
SELECT campaign_id, commune_id, state, outcome, category, count(*) FROM household_review
WHERE campaign_id IS NOT NULL GROUP BY 1, 2, 3, 4, 5;
