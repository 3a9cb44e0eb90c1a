-- Row-level security (V76) for the tables that the same release added beside it: the regular review's meetings and
-- postings (V67) and the review's working counts (V71) carry a commune and get the same policy. The counters' trigger
-- writes other rows than the caller's statement (a household's old commune after a reform), so like V40's it runs as
-- its owner. Campaign settings (V73 late-entry windows, V74 chosen communes) are left without a policy on purpose:
-- they hold no personal data, and "no chosen commune means every commune of the area" is only true if every caller
-- sees every row (a hidden row would make a campaign look open to all).
ALTER FUNCTION review_working_count_apply() SECURITY DEFINER SET search_path FROM CURRENT;

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['regular_review_meeting', 'regular_review_posting', 'review_working_count'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY commune_scope ON %I TO giamngheo_app '
                       'USING (commune_id = ANY ((SELECT giamngheo_scope_communes())::BIGINT[]))', t);
    END LOOP;
END $$;
