-- Issue 10: the application keeps the area tree (which communes lie under which area, with their validity dates) in
-- Spring's cache (AreaTree). Any write to area, whoever makes it (an import, a reform's succession, the demo loader,
-- SQL by hand, another application node), sets this one-row stamp in the same transaction, so the stamp changes
-- exactly when the new tree becomes visible and every node reloads its copy at its next question. The value comes
-- from a sequence, which a rollback never gives back: a copy read inside a transaction that rolled back can never
-- match a later stamp.
CREATE TABLE area_tree_stamp (
    id      BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    version BIGINT  NOT NULL
);
CREATE SEQUENCE area_tree_stamp_seq;
INSERT INTO area_tree_stamp (id, version) VALUES (TRUE, nextval('area_tree_stamp_seq'));

-- SECURITY DEFINER: the stamp moves whoever writes the area (the trigger is the system's, like the counters of V40).
CREATE FUNCTION area_tree_stamp_bump() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE area_tree_stamp SET version = nextval('area_tree_stamp_seq');
    RETURN NULL;
END $$;

CREATE TRIGGER area_tree_stamp AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON area
    FOR EACH STATEMENT EXECUTE FUNCTION area_tree_stamp_bump();
