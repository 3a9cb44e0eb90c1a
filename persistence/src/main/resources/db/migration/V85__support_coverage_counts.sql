-- Stored coverage figures (issue 12 item 1): the support coverage page of a district (100,000 households, 30,000 of
-- them poor or near-poor) read the households, their members and the year's grants live, 0.5 s for one user and
-- 12.7 s at the 95th percentile with 50 users. The figures are now kept by the database on every write, the way V40
-- and V71 keep the working counts, and the page sums a few rows per commune.
--
-- The figures are not plain counts of one table: a household is insured when every member has a card or was given
-- one that year, so a counter cannot be moved by a delta of the changed rows alone. Each poor or near-poor household
-- keeps its own contribution instead (support_coverage_household): a row for year 0 (the household as if nothing had
-- been given: card holders insured, nobody exempt, "got nothing") and a row for each year in which it was given
-- anything (that year's difference from year 0). A write recomputes the contributions of the households it touched,
-- subtracts their old rows from the commune's counters (support_coverage_count) and adds the new ones. A year's
-- figure of a commune is its row for year 0 plus its row for that year. A grant counts for the household wherever
-- it was recorded (before an area reform moved the household, its grants travel with it, as in V76's policies).
CREATE TABLE support_coverage_household (
    household_id            BIGINT  NOT NULL,
    year                    INTEGER NOT NULL,
    commune_id              BIGINT  NOT NULL,
    households              INTEGER NOT NULL,
    members                 INTEGER NOT NULL,
    insured_members         INTEGER NOT NULL,
    insured_households      INTEGER NOT NULL,
    pupils                  INTEGER NOT NULL,
    exempt_pupils           INTEGER NOT NULL,
    pupil_households        INTEGER NOT NULL,
    exempt_pupil_households INTEGER NOT NULL,
    nothing_households      INTEGER NOT NULL,
    PRIMARY KEY (household_id, year)
);

-- No CHECK (… >= 0), for the reason given in V40, and a year's row holds differences, which may be negative.
CREATE TABLE support_coverage_count (
    commune_id              BIGINT  NOT NULL REFERENCES area (id),
    year                    INTEGER NOT NULL,
    households              BIGINT  NOT NULL,
    members                 BIGINT  NOT NULL,
    insured_members         BIGINT  NOT NULL,
    insured_households      BIGINT  NOT NULL,
    pupils                  BIGINT  NOT NULL,
    exempt_pupils           BIGINT  NOT NULL,
    pupil_households        BIGINT  NOT NULL,
    exempt_pupil_households BIGINT  NOT NULL,
    nothing_households      BIGINT  NOT NULL,
    PRIMARY KEY (commune_id, year)
);

-- Row security as V76: the caller's communes only (the coverage page reads them unrestricted, scoped by its SQL).
ALTER TABLE support_coverage_household ENABLE ROW LEVEL SECURITY;
CREATE POLICY commune_scope ON support_coverage_household TO giamngheo_app
    USING (commune_id = ANY ((SELECT giamngheo_scope_communes())::BIGINT[]));
ALTER TABLE support_coverage_count ENABLE ROW LEVEL SECURITY;
CREATE POLICY commune_scope ON support_coverage_count TO giamngheo_app
    USING (commune_id = ANY ((SELECT giamngheo_scope_communes())::BIGINT[]));

-- The contributions of the given households, computed from the register and the grants as the page defined them
-- (SupportCoverage before V85): poor and near-poor households only; a member is insured with a card number or a
-- health-insurance grant to them that year, a pupil (schooling ATTENDING) is exempt with a tuition grant to them that
-- year; a household is insured when all its members are (one without members is), exempt when it was given tuition
-- support that year, and got nothing when it was given nothing at all that year.
CREATE FUNCTION support_coverage_of(ids BIGINT[])
    RETURNS TABLE (household_id BIGINT, year INTEGER, commune_id BIGINT, households INTEGER, members INTEGER,
                   insured_members INTEGER, insured_households INTEGER, pupils INTEGER, exempt_pupils INTEGER,
                   pupil_households INTEGER, exempt_pupil_households INTEGER, nothing_households INTEGER)
    LANGUAGE sql STABLE AS $$
    WITH h AS MATERIALIZED (
        SELECT h.id, h.commune_id FROM household h
        WHERE h.id = ANY (ids) AND h.category IN ('POOR', 'NEAR_POOR')),
    m AS MATERIALIZED (
        SELECT m.id, m.household_id, m.health_insurance_card IS NOT NULL AS card, m.schooling = 'ATTENDING' AS pupil
        FROM household_member m JOIN h ON h.id = m.household_id),
    g AS MATERIALIZED (
        SELECT d.household_id, d.member_id, extract(YEAR FROM d.disbursed_on)::INTEGER AS year, p.coverage_role
        FROM support_disbursement d JOIN h ON h.id = d.household_id JOIN support_program p ON p.id = d.program_id),
    base AS MATERIALIZED (
        SELECT h.id, h.commune_id, count(m.id)::INTEGER AS members,
               count(m.id) FILTER (WHERE m.card)::INTEGER AS insured,
               coalesce(bool_and(m.card), true)::INTEGER AS all_insured,
               count(m.id) FILTER (WHERE m.pupil)::INTEGER AS pupils
        FROM h LEFT JOIN m ON m.household_id = h.id GROUP BY h.id, h.commune_id),
    granted AS (
        SELECT DISTINCT g.member_id, g.year, g.coverage_role FROM g
        WHERE g.member_id IS NOT NULL AND g.coverage_role IN ('HEALTH_INSURANCE', 'TUITION')),
    tuition AS (SELECT DISTINCT g.household_id, g.year FROM g WHERE g.coverage_role = 'TUITION'),
    yearly AS (
        SELECT y.household_id, y.year,
               count(m.id) FILTER (WHERE m.card OR i.member_id IS NOT NULL)::INTEGER AS insured,
               coalesce(bool_and(m.card OR i.member_id IS NOT NULL), true)::INTEGER AS all_insured,
               count(m.id) FILTER (WHERE m.pupil AND t.member_id IS NOT NULL)::INTEGER AS exempt_pupils
        FROM (SELECT DISTINCT g.household_id, g.year FROM g) y
        LEFT JOIN m ON m.household_id = y.household_id
        LEFT JOIN granted i ON i.member_id = m.id AND i.year = y.year AND i.coverage_role = 'HEALTH_INSURANCE'
        LEFT JOIN granted t ON t.member_id = m.id AND t.year = y.year AND t.coverage_role = 'TUITION'
        GROUP BY y.household_id, y.year)
    SELECT b.id, 0, b.commune_id, 1, b.members, b.insured, b.all_insured, b.pupils, 0, (b.pupils > 0)::INTEGER, 0, 1
    FROM base b
    UNION ALL
    SELECT b.id, y.year, b.commune_id, 0, 0, y.insured - b.insured, y.all_insured - b.all_insured, 0,
           y.exempt_pupils, 0, (b.pupils > 0 AND t.household_id IS NOT NULL)::INTEGER, -1
    FROM yearly y JOIN base b ON b.id = y.household_id
    LEFT JOIN tuition t ON t.household_id = y.household_id AND t.year = y.year
$$;

-- Recomputes the given households' contributions and moves the counters by the difference. The households' rows
-- are locked first, in id order: two transactions touching one household (a grant and a new member) then recompute
-- it one after the other, the second seeing what the first committed (each statement of a PL/pgSQL function takes a
-- fresh snapshot under READ COMMITTED). Counter keys are upserted in a fixed order, as in V40.
CREATE FUNCTION support_coverage_refresh(ids BIGINT[]) RETURNS void LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF ids IS NULL OR cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    PERFORM 1 FROM household h WHERE h.id = ANY (ids) ORDER BY h.id FOR NO KEY UPDATE;
    WITH old AS (DELETE FROM support_coverage_household s WHERE s.household_id = ANY (ids) RETURNING s.*)
    INSERT INTO support_coverage_count AS c (commune_id, year, households, members, insured_members,
        insured_households, pupils, exempt_pupils, pupil_households, exempt_pupil_households, nothing_households)
    SELECT o.commune_id, o.year, -sum(o.households), -sum(o.members), -sum(o.insured_members),
           -sum(o.insured_households), -sum(o.pupils), -sum(o.exempt_pupils), -sum(o.pupil_households),
           -sum(o.exempt_pupil_households), -sum(o.nothing_households)
    FROM old o GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (commune_id, year) DO UPDATE SET households = c.households + excluded.households,
        members = c.members + excluded.members, insured_members = c.insured_members + excluded.insured_members,
        insured_households = c.insured_households + excluded.insured_households, pupils = c.pupils + excluded.pupils,
        exempt_pupils = c.exempt_pupils + excluded.exempt_pupils,
        pupil_households = c.pupil_households + excluded.pupil_households,
        exempt_pupil_households = c.exempt_pupil_households + excluded.exempt_pupil_households,
        nothing_households = c.nothing_households + excluded.nothing_households;
    WITH new AS (INSERT INTO support_coverage_household SELECT * FROM support_coverage_of(ids) RETURNING *)
    INSERT INTO support_coverage_count AS c (commune_id, year, households, members, insured_members,
        insured_households, pupils, exempt_pupils, pupil_households, exempt_pupil_households, nothing_households)
    SELECT n.commune_id, n.year, sum(n.households), sum(n.members), sum(n.insured_members), sum(n.insured_households),
           sum(n.pupils), sum(n.exempt_pupils), sum(n.pupil_households), sum(n.exempt_pupil_households),
           sum(n.nothing_households)
    FROM new n GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (commune_id, year) DO UPDATE SET households = c.households + excluded.households,
        members = c.members + excluded.members, insured_members = c.insured_members + excluded.insured_members,
        insured_households = c.insured_households + excluded.insured_households, pupils = c.pupils + excluded.pupils,
        exempt_pupils = c.exempt_pupils + excluded.exempt_pupils,
        pupil_households = c.pupil_households + excluded.pupil_households,
        exempt_pupil_households = c.exempt_pupil_households + excluded.exempt_pupil_households,
        nothing_households = c.nothing_households + excluded.nothing_households;
END $$;

-- The triggers: statement-level with transition tables and no join of them (V78). An update passes on the rows
-- whose counted columns changed: a row an update left alone appears once in the old and once in the new rows with
-- the same values, a changed one appears once with each.
CREATE FUNCTION support_coverage_household_changed() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM support_coverage_refresh(ARRAY(
            SELECT id FROM new_rows WHERE category IN ('POOR', 'NEAR_POOR')));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM support_coverage_refresh(ARRAY(
            SELECT id FROM old_rows WHERE category IN ('POOR', 'NEAR_POOR')));
    ELSE
        PERFORM support_coverage_refresh(ARRAY(
            SELECT DISTINCT id FROM (
                SELECT id, commune_id, category FROM old_rows
                UNION ALL SELECT id, commune_id, category FROM new_rows) k
            WHERE category IN ('POOR', 'NEAR_POOR')
            GROUP BY id, commune_id, category HAVING count(*) = 1));
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION support_coverage_member_changed() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM support_coverage_refresh(ARRAY(SELECT DISTINCT household_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM support_coverage_refresh(ARRAY(SELECT DISTINCT household_id FROM old_rows));
    ELSE
        PERFORM support_coverage_refresh(ARRAY(
            SELECT DISTINCT household_id FROM (
                SELECT id, household_id, health_insurance_card IS NULL AS card, schooling = 'ATTENDING' AS pupil
                FROM old_rows
                UNION ALL
                SELECT id, household_id, health_insurance_card IS NULL, schooling = 'ATTENDING' FROM new_rows) k
            GROUP BY id, household_id, card, pupil HAVING count(*) = 1));
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION support_coverage_disbursement_changed() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM support_coverage_refresh(ARRAY(SELECT DISTINCT household_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM support_coverage_refresh(ARRAY(SELECT DISTINCT household_id FROM old_rows));
    ELSE
        PERFORM support_coverage_refresh(ARRAY(
            SELECT DISTINCT household_id FROM (
                SELECT id, household_id, member_id, program_id, disbursed_on FROM old_rows
                UNION ALL SELECT id, household_id, member_id, program_id, disbursed_on FROM new_rows) k
            GROUP BY id, household_id, member_id, program_id, disbursed_on HAVING count(*) = 1));
    END IF;
    RETURN NULL;
END $$;

-- A program's coverage role is changed in the catalogue (rarely): every household given support of it is recomputed.
CREATE FUNCTION support_coverage_program_changed() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM support_coverage_refresh(ARRAY(
        SELECT DISTINCT d.household_id FROM support_disbursement d
        WHERE d.program_id IN (
            SELECT id FROM (SELECT id, coverage_role FROM old_rows UNION ALL SELECT id, coverage_role FROM new_rows) k
            GROUP BY id, coverage_role HAVING count(*) = 1)));
    RETURN NULL;
END $$;

CREATE TRIGGER support_coverage_insert AFTER INSERT ON household
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_coverage_household_changed();
CREATE TRIGGER support_coverage_update AFTER UPDATE ON household
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION support_coverage_household_changed();
CREATE TRIGGER support_coverage_delete AFTER DELETE ON household
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION support_coverage_household_changed();

CREATE TRIGGER support_coverage_insert AFTER INSERT ON household_member
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_coverage_member_changed();
CREATE TRIGGER support_coverage_update AFTER UPDATE ON household_member
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION support_coverage_member_changed();
CREATE TRIGGER support_coverage_delete AFTER DELETE ON household_member
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION support_coverage_member_changed();

CREATE TRIGGER support_coverage_insert AFTER INSERT ON support_disbursement
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_coverage_disbursement_changed();
CREATE TRIGGER support_coverage_update AFTER UPDATE ON support_disbursement
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION support_coverage_disbursement_changed();
CREATE TRIGGER support_coverage_delete AFTER DELETE ON support_disbursement
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION support_coverage_disbursement_changed();

CREATE TRIGGER support_coverage_update AFTER UPDATE ON support_program
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION support_coverage_program_changed();

-- What is already recorded (an upgraded database): computed once, with writers held off meanwhile.
LOCK TABLE household, household_member, support_disbursement, support_program IN SHARE MODE;
INSERT INTO support_coverage_household
SELECT * FROM support_coverage_of(ARRAY(SELECT id FROM household WHERE category IN ('POOR', 'NEAR_POOR')));
INSERT INTO support_coverage_count (commune_id, year, households, members, insured_members, insured_households,
    pupils, exempt_pupils, pupil_households, exempt_pupil_households, nothing_households)
SELECT commune_id, year, sum(households), sum(members), sum(insured_members), sum(insured_households), sum(pupils),
       sum(exempt_pupils), sum(pupil_households), sum(exempt_pupil_households), sum(nothing_households)
FROM support_coverage_household GROUP BY 1, 2;
