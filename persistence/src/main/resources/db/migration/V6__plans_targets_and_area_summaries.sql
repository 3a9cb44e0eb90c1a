-- GiảmNghèo schema, version 6 (issue 6): annual plans with targets allocated to communes, the actual figures
-- officers enter, and the stored per-commune, per-year sums every report is added up from.

-- A district's (or, after 2025, any area's) plan for a year, e.g. Kế hoạch số 12/KH-UBND ngày 24/02/2023 of Trà Cú.
CREATE TABLE plan (
    id         BIGSERIAL PRIMARY KEY,
    area_id    BIGINT       NOT NULL REFERENCES area (id),
    year       INTEGER      NOT NULL CHECK (year BETWEEN 2016 AND 2100),
    number     VARCHAR(50)  NOT NULL,
    issued_on  DATE         NOT NULL,
    issuer     VARCHAR(200) NOT NULL,
    title      VARCHAR(300) NOT NULL,
    created_by VARCHAR(50)  NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by VARCHAR(50)  NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version    BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (area_id, number, year)
);
CREATE INDEX plan_area_year ON plan (area_id, year);

-- One target of a plan. value is a count or a percentage (two decimals, as plans write them); baseline is the rate
-- at the start of the year for rate targets (e.g. 4,47% poor at the end of 2022), null when unknown.
CREATE TABLE plan_target (
    id        BIGSERIAL PRIMARY KEY,
    plan_id   BIGINT        NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position  INTEGER       NOT NULL,
    indicator VARCHAR(32)   NOT NULL CHECK (indicator IN ('POVERTY_RATE', 'POVERTY_RATE_KHMER', 'NEAR_POVERTY_RATE',
        'HEALTH_INSURANCE_COVERAGE', 'JOBS', 'WORKERS_ABROAD', 'REGULAR_EMPLOYMENT', 'TRAINED_WORKERS_SHARE',
        'CERTIFIED_WORKERS_SHARE', 'OTHER_COUNT', 'OTHER_SHARE')),
    kind      VARCHAR(20)   NOT NULL CHECK (kind IN ('RATE_TO_REACH', 'REDUCTION_POINTS', 'COUNT_TO_REACH', 'COVERAGE_SHARE')),
    label     VARCHAR(300)  NOT NULL,
    value     NUMERIC(14, 2) NOT NULL CHECK (value >= 0),
    baseline  NUMERIC(7, 2) CHECK (baseline >= 0),
    version   BIGINT        NOT NULL DEFAULT 0,
    CHECK (kind = 'COUNT_TO_REACH' OR value <= 100)
);
CREATE INDEX plan_target_plan ON plan_target (plan_id, position);

-- The target's share for one commune (the plan's appendix). base weighs a rate allocation when the data holds none
-- (e.g. the commune's workers of working age); baseline is the commune's rate at the start of the year.
CREATE TABLE target_allocation (
    target_id  BIGINT         NOT NULL REFERENCES plan_target (id) ON DELETE CASCADE,
    commune_id BIGINT         NOT NULL REFERENCES area (id),
    value      NUMERIC(14, 2) NOT NULL CHECK (value >= 0),
    base       BIGINT CHECK (base >= 0),
    baseline   NUMERIC(7, 2) CHECK (baseline >= 0),
    PRIMARY KEY (target_id, commune_id)
);

-- Figures officers enter for targets the data does not hold (jobs, workers abroad, trained workers), each with the
-- date it stands at. Append-only: the latest (as_of, id) per target and commune is the current figure. commune_id is
-- null for a figure of the whole plan area (a district total reported without a split).
CREATE TABLE target_actual (
    id         BIGSERIAL PRIMARY KEY,
    target_id  BIGINT         NOT NULL REFERENCES plan_target (id) ON DELETE CASCADE,
    commune_id BIGINT REFERENCES area (id),
    value      NUMERIC(14, 2) NOT NULL CHECK (value >= 0),
    as_of      DATE           NOT NULL,
    note       VARCHAR(300),
    entered_by VARCHAR(50)    NOT NULL,
    entered_at TIMESTAMPTZ    NOT NULL DEFAULT now()
);
CREATE INDEX target_actual_latest ON target_actual (target_id, commune_id, as_of DESC, id DESC);

-- Stored sums per commune and year: what every report (district, province, trends, ranking) is added up from, so a
-- province of a million households is summed from a few hundred rows. source says where the categories came from:
-- REVIEW = the year's approved/consolidated household reviews (with the register's category for households not
-- reviewed that year), REGISTER = the register's current categories (a year with no approved review yet).
-- Refreshed by AreaSummaries.refresh(year, communeId) when a review is approved, and rebuilt in full by rebuild().
-- The *_lacking and censored arrays follow the indicator order of the standard named by standard_id/version.
CREATE TABLE area_summary (
    year                      INTEGER     NOT NULL,
    commune_id                BIGINT      NOT NULL REFERENCES area (id),
    source                    VARCHAR(8)  NOT NULL CHECK (source IN ('REVIEW', 'REGISTER')),
    standard_id               VARCHAR(40) NOT NULL,
    standard_version          INTEGER     NOT NULL,
    min_deficiencies          INTEGER     NOT NULL,
    households                BIGINT      NOT NULL DEFAULT 0,
    poor                      BIGINT      NOT NULL DEFAULT 0,
    near_poor                 BIGINT      NOT NULL DEFAULT 0,
    average_living            BIGINT      NOT NULL DEFAULT 0,
    not_poor                  BIGINT      NOT NULL DEFAULT 0,
    not_reviewed              BIGINT      NOT NULL DEFAULT 0,
    minority_households       BIGINT      NOT NULL DEFAULT 0,
    poor_minority             BIGINT      NOT NULL DEFAULT 0,
    near_poor_minority        BIGINT      NOT NULL DEFAULT 0,
    khmer_households          BIGINT      NOT NULL DEFAULT 0,
    poor_khmer                BIGINT      NOT NULL DEFAULT 0,
    near_poor_khmer           BIGINT      NOT NULL DEFAULT 0,
    poor_no_labour            BIGINT      NOT NULL DEFAULT 0,
    near_poor_no_labour       BIGINT      NOT NULL DEFAULT 0,
    poor_merit                BIGINT      NOT NULL DEFAULT 0,
    near_poor_merit           BIGINT      NOT NULL DEFAULT 0,
    poor_social_protection    BIGINT      NOT NULL DEFAULT 0,
    escaped                   BIGINT      NOT NULL DEFAULT 0,
    newly_poor                BIGINT      NOT NULL DEFAULT 0,
    re_poor                   BIGINT      NOT NULL DEFAULT 0,
    poor_to_near_poor         BIGINT      NOT NULL DEFAULT 0,
    near_poor_to_poor         BIGINT      NOT NULL DEFAULT 0,
    newly_near_poor           BIGINT      NOT NULL DEFAULT 0,
    re_near_poor              BIGINT      NOT NULL DEFAULT 0,
    escaped_near_poor         BIGINT      NOT NULL DEFAULT 0,
    members_poor_near_poor    BIGINT      NOT NULL DEFAULT 0,
    insured_poor_near_poor    BIGINT      NOT NULL DEFAULT 0,
    mpi_households            BIGINT      NOT NULL DEFAULT 0,
    mpi_persons               BIGINT      NOT NULL DEFAULT 0,
    mpi_poor_households       BIGINT      NOT NULL DEFAULT 0,
    mpi_poor_persons          BIGINT      NOT NULL DEFAULT 0,
    mpi_deprivations          BIGINT      NOT NULL DEFAULT 0,
    mpi_deprivations_persons  BIGINT      NOT NULL DEFAULT 0,
    poor_lacking              BIGINT[]    NOT NULL,
    near_poor_lacking         BIGINT[]    NOT NULL,
    censored                  BIGINT[]    NOT NULL,
    refreshed_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (year, commune_id)
);
CREATE INDEX area_summary_commune ON area_summary (commune_id, year);

-- Households by ethnicity of the head, per commune and year (the "by ethnicity" columns of the district summary).
CREATE TABLE area_summary_ethnicity (
    year       INTEGER     NOT NULL,
    commune_id BIGINT      NOT NULL REFERENCES area (id),
    ethnicity  VARCHAR(24) NOT NULL,
    households BIGINT      NOT NULL,
    poor       BIGINT      NOT NULL,
    near_poor  BIGINT      NOT NULL,
    PRIMARY KEY (year, commune_id, ethnicity)
);
