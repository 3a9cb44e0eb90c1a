-- Issue 12: a stamp of the stored figures the reports read. The province report read the same official rows, working
-- sums and areas eleven times per page (104 statements); they change only when a district refreshes its sums, a list
-- is approved or the areas are imported. Each statement that writes one of those tables moves the stamp on in its own
-- transaction, and the application caches what it read under the stamp (StoredFigures): a cached entry can never
-- outlive its figures. One row: writers of figures are rare (a refresh, an approval), so their serialising on it
-- costs nothing a user would see, while readers only read it.
CREATE TABLE report_figures_stamp (
    id      INT    PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO report_figures_stamp VALUES (1, 0);
-- Numbers come from a sequence, which a rollback does not take back: a transaction that wrote figures, read (and so
-- cached) them under its new stamp and then rolled back leaves a number no later writer will ever reuse.
CREATE SEQUENCE report_figures_stamp_number;
GRANT SELECT ON report_figures_stamp TO giamngheo_app;

-- Runs as the owner: a caller under row-level security (V76) may not write the stamp itself.
CREATE FUNCTION report_figures_stamp_move() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE report_figures_stamp SET version = nextval('report_figures_stamp_number') WHERE id = 1;
    RETURN NULL;
END $$;

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['area_summary', 'area_summary_ethnicity', 'official_snapshot',
                             'official_snapshot_movement', 'official_snapshot_ethnicity', 'area',
                             'area_succession'] LOOP
        EXECUTE format('CREATE TRIGGER report_figures_stamp AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION report_figures_stamp_move()', t);
    END LOOP;
END $$;
