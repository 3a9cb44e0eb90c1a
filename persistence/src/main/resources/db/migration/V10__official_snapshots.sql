-- GiảmNghèo schema, version 10 (issue 9): the official record. When a commune's review list is approved by the
-- chair's decision (Decision 24/2021/QĐ-TTg, Art. 4(5)), its figures for the period are frozen here: every household's
-- category, deficiencies and income with the standard that classified it, the decision, the commune's totals and its
-- movement table from the previous period's official end. Reports of an approved period read only these rows.
-- Append-only: a trigger refuses every UPDATE and DELETE, except the one change a reopening makes, marking the
-- current version superseded (it stays readable, "as approved on ..."); the next approval writes version n + 1.

CREATE TABLE official_snapshot (
    id                        BIGSERIAL PRIMARY KEY,
    commune_id                BIGINT       NOT NULL REFERENCES area (id),
    year                      INTEGER      NOT NULL CHECK (year BETWEEN 2016 AND 2100),
    version                   INTEGER      NOT NULL CHECK (version >= 1),
    campaign_id               BIGINT REFERENCES review_campaign (id),
    status                    VARCHAR(12)  NOT NULL CHECK (status IN ('APPROVED', 'SUPERSEDED')),
    decision_number           VARCHAR(50)  NOT NULL,
    decision_date             DATE         NOT NULL,
    signer                    VARCHAR(150),
    approved_by               VARCHAR(50)  NOT NULL,
    approved_at               TIMESTAMPTZ  NOT NULL,
    superseded_at             TIMESTAMPTZ,
    superseded_by             VARCHAR(50),
    superseded_reason         TEXT,
    standard_id               VARCHAR(60)  NOT NULL,
    standard_version          INTEGER      NOT NULL,
    min_deficiencies          INTEGER      NOT NULL,
    households                BIGINT      NOT NULL,
    poor                      BIGINT      NOT NULL,
    near_poor                 BIGINT      NOT NULL,
    average_living            BIGINT      NOT NULL,
    not_poor                  BIGINT      NOT NULL,
    not_reviewed              BIGINT      NOT NULL,
    minority_households       BIGINT      NOT NULL,
    poor_minority             BIGINT      NOT NULL,
    near_poor_minority        BIGINT      NOT NULL,
    khmer_households          BIGINT      NOT NULL,
    poor_khmer                BIGINT      NOT NULL,
    near_poor_khmer           BIGINT      NOT NULL,
    poor_no_labour            BIGINT      NOT NULL,
    near_poor_no_labour       BIGINT      NOT NULL,
    poor_merit                BIGINT      NOT NULL,
    near_poor_merit           BIGINT      NOT NULL,
    poor_social_protection    BIGINT      NOT NULL,
    escaped                   BIGINT      NOT NULL,
    newly_poor                BIGINT      NOT NULL,
    re_poor                   BIGINT      NOT NULL,
    poor_to_near_poor         BIGINT      NOT NULL,
    near_poor_to_poor         BIGINT      NOT NULL,
    newly_near_poor           BIGINT      NOT NULL,
    re_near_poor              BIGINT      NOT NULL,
    escaped_near_poor         BIGINT      NOT NULL,
    members_poor_near_poor    BIGINT      NOT NULL,
    insured_poor_near_poor    BIGINT      NOT NULL,
    mpi_households            BIGINT      NOT NULL,
    mpi_persons               BIGINT      NOT NULL,
    mpi_poor_households       BIGINT      NOT NULL,
    mpi_poor_persons          BIGINT      NOT NULL,
    mpi_deprivations          BIGINT      NOT NULL,
    mpi_deprivations_persons  BIGINT      NOT NULL,
    poor_lacking              BIGINT[]     NOT NULL,
    near_poor_lacking         BIGINT[]     NOT NULL,
    censored                  BIGINT[]     NOT NULL,
    UNIQUE (commune_id, year, version),
    CHECK ((status = 'SUPERSEDED') = (superseded_at IS NOT NULL))
);
-- At most one current (approved) version per commune and period.
CREATE UNIQUE INDEX official_snapshot_current ON official_snapshot (commune_id, year) WHERE status = 'APPROVED';
CREATE INDEX official_snapshot_year ON official_snapshot (year, status);

-- Every household of the commune's approved list as it stood in the decision. No foreign key to household: the
-- record outlives a household that is later merged or removed from the register.
CREATE TABLE official_snapshot_household (
    snapshot_id               BIGINT       NOT NULL REFERENCES official_snapshot (id),
    household_id              BIGINT       NOT NULL,
    household_code            VARCHAR(30)  NOT NULL,
    head_name                 VARCHAR(150) NOT NULL,
    village_id                BIGINT,
    ethnicity                 VARCHAR(24)  NOT NULL,
    category                  VARCHAR(16)  NOT NULL,
    previous_category         VARCHAR(16),
    outcome                   VARCHAR(24),
    reviewed                  BOOLEAN      NOT NULL,
    deficiencies              TEXT[]       NOT NULL,
    monthly_income_per_capita BIGINT,
    standard_id               VARCHAR(60),
    standard_version          INTEGER,
    PRIMARY KEY (snapshot_id, household_id)
);
CREATE INDEX official_snapshot_household_household ON official_snapshot_household (household_id);

CREATE TABLE official_snapshot_ethnicity (
    snapshot_id BIGINT      NOT NULL REFERENCES official_snapshot (id),
    ethnicity   VARCHAR(24) NOT NULL,
    households  BIGINT      NOT NULL,
    poor        BIGINT      NOT NULL,
    near_poor   BIGINT      NOT NULL,
    PRIMARY KEY (snapshot_id, ethnicity)
);

-- The snapshot's movement tables (poor, near-poor) from the previous period's official end of the commune's units
-- (itself, or the units merged into it through area_succession). Start + increases - decreases = end, enforced here.
CREATE TABLE official_snapshot_movement (
    snapshot_id                   BIGINT      PRIMARY KEY REFERENCES official_snapshot (id),
    poor_start                 BIGINT      NOT NULL,
    poor_escaped               BIGINT      NOT NULL,
    poor_newly                 BIGINT      NOT NULL,
    poor_re                    BIGINT      NOT NULL,
    poor_to_other_list         BIGINT      NOT NULL,
    poor_other_in              BIGINT      NOT NULL,
    poor_other_out             BIGINT      NOT NULL,
    poor_end                   BIGINT      NOT NULL,
    near_poor_start            BIGINT      NOT NULL,
    near_poor_escaped          BIGINT      NOT NULL,
    near_poor_newly            BIGINT      NOT NULL,
    near_poor_re               BIGINT      NOT NULL,
    near_poor_to_other_list    BIGINT      NOT NULL,
    near_poor_other_in         BIGINT      NOT NULL,
    near_poor_other_out        BIGINT      NOT NULL,
    near_poor_end              BIGINT      NOT NULL,
    CHECK (poor_start + poor_newly + poor_re + poor_other_in - poor_escaped - poor_to_other_list - poor_other_out = poor_end),
    CHECK (near_poor_start + near_poor_newly + near_poor_re + near_poor_other_in - near_poor_escaped
           - near_poor_to_other_list - near_poor_other_out = near_poor_end)
);

CREATE FUNCTION official_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Nested: PL/pgSQL does not short-circuit, and OLD of the other tables has no status.
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'official_snapshot' THEN
        IF OLD.status = 'APPROVED' AND NEW.status = 'SUPERSEDED' AND NEW.superseded_at IS NOT NULL
           AND (to_jsonb(NEW) - 'status' - 'superseded_at' - 'superseded_by' - 'superseded_reason')
             = (to_jsonb(OLD) - 'status' - 'superseded_at' - 'superseded_by' - 'superseded_reason') THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'official record is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER official_snapshot_append_only BEFORE UPDATE OR DELETE ON official_snapshot
    FOR EACH ROW EXECUTE FUNCTION official_record_append_only();
CREATE TRIGGER official_snapshot_household_append_only BEFORE UPDATE OR DELETE ON official_snapshot_household
    FOR EACH ROW EXECUTE FUNCTION official_record_append_only();
CREATE TRIGGER official_snapshot_ethnicity_append_only BEFORE UPDATE OR DELETE ON official_snapshot_ethnicity
    FOR EACH ROW EXECUTE FUNCTION official_record_append_only();
CREATE TRIGGER official_snapshot_movement_append_only BEFORE UPDATE OR DELETE ON official_snapshot_movement
    FOR EACH ROW EXECUTE FUNCTION official_record_append_only();
CREATE TRIGGER official_snapshot_no_truncate BEFORE TRUNCATE ON official_snapshot
    FOR EACH STATEMENT EXECUTE FUNCTION official_record_append_only();
CREATE TRIGGER official_snapshot_household_no_truncate BEFORE TRUNCATE ON official_snapshot_household
    FOR EACH STATEMENT EXECUTE FUNCTION official_record_append_only();
