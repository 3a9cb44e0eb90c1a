-- Issue 10: PostgreSQL row-level security, the backstop under the services' scope checks
-- (src-docs/developer/architecture.md, "Row-level security: the backstop").
--
-- A logged-in caller's transaction begins with
--     SELECT set_config('giamngheo.communes', '{1,2,3}', true), set_config('role', 'giamngheo_app', true)
-- so it acts as giamngheo_app, which owns nothing and is subject to the policies below: it sees and writes only the
-- rows of its communes. System work (Flyway, schedulers, the demo loader, login) keeps the connection's own account,
-- the tables' owner, which policies do not restrict. Both settings are local to the transaction.

-- Roles belong to the cluster, which other databases (every test run's) share: create it once, race-proof.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'giamngheo_app') THEN
        CREATE ROLE giamngheo_app NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END $$;

-- The account that runs the application may act as the role (a superuser may already; an owner that is not one
-- needs the grant, which needs CREATEROLE or the role's admin option; without it the start says what to do).
DO $$
BEGIN
    IF NOT pg_has_role(current_user, 'giamngheo_app', 'MEMBER') THEN
        EXECUTE format('GRANT giamngheo_app TO %I', current_user);
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'could not grant giamngheo_app to %: row-level security needs it', current_user;
END $$;

-- Every table and sequence, and those later migrations add (default privileges of the migrating account).
DO $$
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO giamngheo_app', current_schema());
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO giamngheo_app', current_schema());
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO giamngheo_app', current_schema());
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES '
                   'TO giamngheo_app', current_schema());
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT, UPDATE ON SEQUENCES '
                   'TO giamngheo_app', current_schema());
END $$;

-- Functions that must act for the system whoever calls them run as their owner: the counters of V40 (they write
-- other rows than the caller's statement) and the audit's monthly partitions of V31 (DDL).
ALTER FUNCTION household_working_count_apply() SECURITY DEFINER SET search_path FROM CURRENT;
ALTER FUNCTION audit_event_partition_for(DATE) SECURITY DEFINER SET search_path FROM CURRENT;

-- The caller's communes. The sub-select makes it an InitPlan: parsed once per statement, not once per row, and an
-- index on commune_id still serves "= ANY". No setting (NULL or empty) means no commune: nothing is visible.
CREATE FUNCTION giamngheo_scope_communes() RETURNS BIGINT[] LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT nullif(current_setting('giamngheo.communes', true), '')::BIGINT[]
$$;

-- Tables that carry a commune: the commune must be one of the caller's (for reading and, as WITH CHECK, writing).
DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['household', 'commune_review_list', 'commune_review_list_event', 'review_meeting',
                             'review_posting', 'review_decision_scan', 'support_batch',
                             'household_working_count'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY commune_scope ON %I TO giamngheo_app '
                       'USING (commune_id = ANY ((SELECT giamngheo_scope_communes())::BIGINT[]))', t);
    END LOOP;
END $$;

-- A household's own records keep the commune they were made in, while an area reform may since have moved the
-- household: visible in the record's commune, and wherever the household now is (its history travels with it).
DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['household_review', 'review_application', 'review_complaint', 'support_disbursement',
                             'support_loan'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY commune_scope ON %I TO giamngheo_app '
                       'USING (commune_id = ANY ((SELECT giamngheo_scope_communes())::BIGINT[]) '
                       '       OR EXISTS (SELECT 1 FROM household h WHERE h.id = %I.household_id))', t, t);
    END LOOP;
END $$;

-- Tables under a household: visible when their household is (the sub-select is itself under household's policy).
DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['household_member', 'household_change', 'poverty_assessment'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY commune_scope ON %I TO giamngheo_app '
                       'USING (EXISTS (SELECT 1 FROM household h WHERE h.id = %I.household_id))', t, t);
    END LOOP;
END $$;

-- A review's events: visible when the review is.
ALTER TABLE review_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY commune_scope ON review_event TO giamngheo_app
    USING (EXISTS (SELECT 1 FROM household_review r WHERE r.id = review_event.review_id));
