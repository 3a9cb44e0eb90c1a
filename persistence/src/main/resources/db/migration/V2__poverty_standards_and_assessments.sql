-- GiảmNghèo schema, version 2: poverty standards added by administrators, and stored poverty assessments.
-- The national standards ship with the code (core-domain national-standards.properties); these tables hold what an
-- administrator adds on top: a provincial standard (provinces may set a higher standard, Decree 07/2021/NĐ-CP Art. 3
-- and domain README 1.6) or a corrected version of an existing one. Rows are never updated: a correction is a new
-- version, so a classification stamped with (standard_id, standard_version) can always be reproduced (README 7.2).

CREATE TABLE poverty_standard (
    id                       BIGSERIAL PRIMARY KEY,
    standard_id              VARCHAR(60)  NOT NULL,
    version                  INTEGER      NOT NULL CHECK (version >= 1),
    -- '' for a national standard, else the province code ("84" = Trà Vinh).
    jurisdiction             VARCHAR(20)  NOT NULL DEFAULT '',
    valid_from               DATE         NOT NULL,
    valid_to                 DATE         NOT NULL,
    status                   VARCHAR(8)   NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'RETIRED')),
    -- Indicator codes in the standard's order; plain strings because a standard may define new indicators as data.
    indicator_codes          TEXT[]       NOT NULL CHECK (cardinality(indicator_codes) BETWEEN 1 AND 64),
    min_deficiencies         INTEGER      NOT NULL CHECK (min_deficiencies >= 1),
    b2_points_per_deficiency INTEGER CHECK (b2_points_per_deficiency > 0),
    legal_reference          VARCHAR(500) NOT NULL DEFAULT '',
    -- Notes naming the fields not yet checked against the official text (domain README 7.1).
    unconfirmed              TEXT[]       NOT NULL DEFAULT '{}',
    created_by               VARCHAR(50)  NOT NULL,
    created_at               TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (standard_id, version),
    CHECK (valid_to >= valid_from),
    CHECK (min_deficiencies <= cardinality(indicator_codes))
);

-- Income thresholds per area type, whole đồng per person per month (Decree 07/2021/NĐ-CP Art. 3(1)).
CREATE TABLE poverty_standard_threshold (
    standard_pk            BIGINT     NOT NULL REFERENCES poverty_standard (id) ON DELETE CASCADE,
    area_type              VARCHAR(8) NOT NULL CHECK (area_type IN ('RURAL', 'URBAN')),
    absolute_poor_line     BIGINT CHECK (absolute_poor_line > 0),
    income_line            BIGINT     NOT NULL CHECK (income_line > 0),
    average_living_ceiling BIGINT,
    b1_cutoff              INTEGER CHECK (b1_cutoff > 0),
    PRIMARY KEY (standard_pk, area_type),
    CHECK (absolute_poor_line IS NULL OR absolute_poor_line < income_line),
    CHECK (average_living_ceiling IS NULL OR average_living_ceiling > income_line)
);

-- One review outcome of a household: the income and deficiencies it was classified on and the result, stamped with
-- the standard used. Append-only; the latest row per household (assessed_on, then id) is its current assessment and
-- the input of the what-if comparison.
CREATE TABLE poverty_assessment (
    id                        BIGSERIAL PRIMARY KEY,
    household_id              BIGINT      NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    assessed_on               DATE        NOT NULL,
    area_type                 VARCHAR(8)  NOT NULL CHECK (area_type IN ('RURAL', 'URBAN')),
    monthly_income_per_capita BIGINT      NOT NULL CHECK (monthly_income_per_capita >= 0),
    deficiencies              TEXT[]      NOT NULL DEFAULT '{}',
    category                  VARCHAR(16) NOT NULL CHECK (category IN ('POOR', 'NEAR_POOR', 'AVERAGE_LIVING', 'NOT_POOR')),
    standard_id               VARCHAR(60) NOT NULL,
    standard_version          INTEGER     NOT NULL,
    created_by                VARCHAR(50) NOT NULL,
    created_at                TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX poverty_assessment_latest ON poverty_assessment (household_id, assessed_on DESC, id DESC);
