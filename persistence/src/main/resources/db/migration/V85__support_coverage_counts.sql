-- Stored coverage figures (issue 12 item 1): the support coverage page of a district (120,000 households, 10,000 of
-- them poor or near-poor) read the households, their members, the year's grants and loans live, 0.5 s for one user
-- and 12.7 s at the 95th percentile with 50 users. The figures are now kept by the database on every write, the way
-- V40 and V71 keep the working counts, and the page sums a few rows per commune.
--
-- The figures are not plain counts of one table: a household is insured when every member has a card or was given
-- one that year, so a counter cannot be moved by a delta of the changed rows alone. Each poor or near-poor household
-- keeps its own contribution instead (support_coverage_household): a row for year 0 (the household as if nothing had
-- been given: card holders insured, nobody exempt, "got nothing", no loans) and a row for each year in which it was
-- given anything or asked for a loan (that year's difference from year 0). A write recomputes the contributions of
-- the households it touched, subtracts their old rows from the commune's counters (support_coverage_count) and adds
-- the new ones. A year's figure of a commune is its row for year 0 plus its row for that year. Grants and loans
-- count for the household's commune wherever they were recorded (before an area reform moved the household, its
-- records travel with it, as in V76's policies).
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
    loans_decided           INTEGER NOT NULL,
    loans_lent              INTEGER NOT NULL,
    PRIMARY KEY (household_id, year)
);
-- The list of households that got nothing in a year: a commune's year-0 rows except those with a grant that year,
-- both read from this index alone.
CREATE INDEX support_coverage_household_commune ON support_coverage_household (commune_id, year, household_id)
    INCLUDE (nothing_households);

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
    loans_decided           BIGINT  NOT NULL,
    loans_lent              BIGINT  NOT NULL,
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
-- support that year, and got nothing when it was given nothing at all that year. Its loans asked for in a year count
-- as decided unless still REQUESTED, and as lent when LENT or REPAID.
CREATE FUNCTION support_coverage_of(ids BIGINT[])
    RETURNS TABLE (household_id BIGINT, year INTEGER, commune_id BIGINT, households INTEGER, members INTEGER,
                   insured_members INTEGER, insured_households INTEGER, pupils INTEGER, exempt_pupils INTEGER,
                   pupil_households INTEGER, exempt_pupil_households INTEGER, nothing_households INTEGER,
                   loans_decided INTEGER, loans_lent INTEGER)
    LANGUAGE sql STABLE AS $$
    -- No join of two CTEs (they have no index, and a plan that nests one in another is quadratic in the households
    -- a bulk write touches): each source is read by index for the given households, the parts are added up per
    -- household and year, and a window hands each year the household's year-0 figures.
    WITH parts AS (
        SELECT h.id AS household_id, h.commune_id, 0 AS year, count(m.id) AS members,
               count(m.id) FILTER (WHERE m.health_insurance_card IS NOT NULL) AS insured,
               count(m.id) FILTER (WHERE m.schooling = 'ATTENDING') AS pupils,
               0 AS newly_insured, 0 AS exempt, false AS given, false AS tuition, 0 AS decided, 0 AS lent
        FROM household h LEFT JOIN household_member m ON m.household_id = h.id
        WHERE h.id = ANY (ids) AND h.category IN ('POOR', 'NEAR_POOR')
        GROUP BY h.id, h.commune_id
        UNION ALL
        SELECT d.household_id, NULL, extract(YEAR FROM d.disbursed_on)::INTEGER, 0, 0, 0, 0, 0, true,
               bool_or(p.coverage_role IS NOT DISTINCT FROM 'TUITION'), 0, 0
        FROM support_disbursement d JOIN support_program p ON p.id = d.program_id
        WHERE d.household_id = ANY (ids)
        GROUP BY 1, 3
        UNION ALL
        SELECT m.household_id, NULL, x.year, 0, 0, 0,
               count(*) FILTER (WHERE x.insurance AND m.health_insurance_card IS NULL),
               count(*) FILTER (WHERE x.tuition AND m.schooling = 'ATTENDING'), false, false, 0, 0
        FROM (SELECT d.member_id, extract(YEAR FROM d.disbursed_on)::INTEGER AS year,
                     bool_or(p.coverage_role = 'HEALTH_INSURANCE') AS insurance,
                     bool_or(p.coverage_role = 'TUITION') AS tuition
              FROM support_disbursement d JOIN support_program p ON p.id = d.program_id
              WHERE d.household_id = ANY (ids) AND d.member_id IS NOT NULL
                AND p.coverage_role IN ('HEALTH_INSURANCE', 'TUITION')
              GROUP BY 1, 2) x
        JOIN household_member m ON m.id = x.member_id
        WHERE m.household_id = ANY (ids)
        GROUP BY 1, 3
        UNION ALL
        SELECT l.household_id, NULL, extract(YEAR FROM l.requested_on)::INTEGER, 0, 0, 0, 0, 0, false, false,
               count(*) FILTER (WHERE l.status <> 'REQUESTED'), count(*) FILTER (WHERE l.status IN ('LENT', 'REPAID'))
        FROM support_loan l
        WHERE l.household_id = ANY (ids)
        GROUP BY 1, 3),
    per AS (
        SELECT household_id, year, max(commune_id) AS commune_id, sum(members) AS members, sum(insured) AS insured,
               sum(pupils) AS pupils, sum(newly_insured) AS newly_insured, sum(exempt) AS exempt,
               bool_or(given) AS given, bool_or(tuition) AS tuition, sum(decided) AS decided, sum(lent) AS lent
        FROM parts GROUP BY 1, 2),
    whole AS (
        SELECT per.*, max(commune_id) OVER w AS commune, bool_or(year = 0) OVER w AS poor,
               sum(members) OVER w AS base_members, sum(insured) OVER w AS base_insured,
               sum(pupils) OVER w AS base_pupils
        FROM per WINDOW w AS (PARTITION BY household_id))
    SELECT household_id, year, commune,
           CASE WHEN year = 0 THEN 1 ELSE 0 END,
           CASE WHEN year = 0 THEN members ELSE 0 END::INTEGER,
           CASE WHEN year = 0 THEN insured ELSE newly_insured END::INTEGER,
           CASE WHEN year = 0 THEN (insured = members)::INTEGER
                ELSE (base_insured + newly_insured = base_members)::INTEGER
                     - (base_insured = base_members)::INTEGER END,
           CASE WHEN year = 0 THEN pupils ELSE 0 END::INTEGER,
           CASE WHEN year = 0 THEN 0 ELSE exempt END::INTEGER,
           CASE WHEN year = 0 THEN (pupils > 0)::INTEGER ELSE 0 END,
           CASE WHEN year = 0 THEN 0 ELSE (base_pupils > 0 AND tuition)::INTEGER END,
           CASE WHEN year = 0 THEN 1 WHEN given THEN -1 ELSE 0 END,
           decided::INTEGER, lent::INTEGER
    FROM whole WHERE poor
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
        insured_households, pupils, exempt_pupils, pupil_households, exempt_pupil_households, nothing_households,
        loans_decided, loans_lent)
    SELECT o.commune_id, o.year, -sum(o.households), -sum(o.members), -sum(o.insured_members),
           -sum(o.insured_households), -sum(o.pupils), -sum(o.exempt_pupils), -sum(o.pupil_households),
           -sum(o.exempt_pupil_households), -sum(o.nothing_households), -sum(o.loans_decided), -sum(o.loans_lent)
    FROM old o GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (commune_id, year) DO UPDATE SET households = c.households + excluded.households,
        members = c.members + excluded.members, insured_members = c.insured_members + excluded.insured_members,
        insured_households = c.insured_households + excluded.insured_households, pupils = c.pupils + excluded.pupils,
        exempt_pupils = c.exempt_pupils + excluded.exempt_pupils,
        pupil_households = c.pupil_households + excluded.pupil_households,
        exempt_pupil_households = c.exempt_pupil_households + excluded.exempt_pupil_households,
        nothing_households = c.nothing_households + excluded.nothing_households,
        loans_decided = c.loans_decided + excluded.loans_decided, loans_lent = c.loans_lent + excluded.loans_lent;
    WITH new AS (INSERT INTO support_coverage_household SELECT * FROM support_coverage_of(ids) RETURNING *)
    INSERT INTO support_coverage_count AS c (commune_id, year, households, members, insured_members,
        insured_households, pupils, exempt_pupils, pupil_households, exempt_pupil_households, nothing_households,
        loans_decided, loans_lent)
    SELECT n.commune_id, n.year, sum(n.households), sum(n.members), sum(n.insured_members), sum(n.insured_households),
           sum(n.pupils), sum(n.exempt_pupils), sum(n.pupil_households), sum(n.exempt_pupil_households),
           sum(n.nothing_households), sum(n.loans_decided), sum(n.loans_lent)
    FROM new n GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (commune_id, year) DO UPDATE SET households = c.households + excluded.households,
        members = c.members + excluded.members, insured_members = c.insured_members + excluded.insured_members,
        insured_households = c.insured_households + excluded.insured_households, pupils = c.pupils + excluded.pupils,
        exempt_pupils = c.exempt_pupils + excluded.exempt_pupils,
        pupil_households = c.pupil_households + excluded.pupil_households,
        exempt_pupil_households = c.exempt_pupil_households + excluded.exempt_pupil_households,
        nothing_households = c.nothing_households + excluded.nothing_households,
        loans_decided = c.loans_decided + excluded.loans_decided, loans_lent = c.loans_lent + excluded.loans_lent;
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

CREATE FUNCTION support_coverage_loan_changed() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM support_coverage_refresh(ARRAY(SELECT DISTINCT household_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM support_coverage_refresh(ARRAY(SELECT DISTINCT household_id FROM old_rows));
    ELSE
        PERFORM support_coverage_refresh(ARRAY(
            SELECT DISTINCT household_id FROM (
                SELECT id, household_id, status, requested_on FROM old_rows
                UNION ALL SELECT id, household_id, status, requested_on FROM new_rows) k
            GROUP BY id, household_id, status, requested_on HAVING count(*) = 1));
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

CREATE TRIGGER support_coverage_insert AFTER INSERT ON support_loan
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_coverage_loan_changed();
CREATE TRIGGER support_coverage_update AFTER UPDATE ON support_loan
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION support_coverage_loan_changed();
CREATE TRIGGER support_coverage_delete AFTER DELETE ON support_loan
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION support_coverage_loan_changed();

CREATE TRIGGER support_coverage_update AFTER UPDATE ON support_program
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION support_coverage_program_changed();

-- What is already recorded (an upgraded database): computed once, with writers held off meanwhile.
LOCK TABLE household, household_member, support_disbursement, support_loan, support_program IN SHARE MODE;
INSERT INTO support_coverage_household
SELECT * FROM support_coverage_of(ARRAY(SELECT id FROM household WHERE category IN ('POOR', 'NEAR_POOR')));
INSERT INTO support_coverage_count (commune_id, year, households, members, insured_members, insured_households,
    pupils, exempt_pupils, pupil_households, exempt_pupil_households, nothing_households, loans_decided, loans_lent)
SELECT commune_id, year, sum(households), sum(members), sum(insured_members), sum(insured_households), sum(pupils),
       sum(exempt_pupils), sum(pupil_households), sum(exempt_pupil_households), sum(nothing_households),
       sum(loans_decided), sum(loans_lent)
FROM support_coverage_household GROUP BY 1, 2;
