-- Household reviews (rà soát): the annual periodic review a district opens for its communes, and ad-hoc regular
-- reviews of single households (Decision 24/2021/QĐ-TTg, Art. 4 and 5).

CREATE TABLE review_campaign (
    id               BIGSERIAL PRIMARY KEY,
    year             INTEGER     NOT NULL CHECK (year BETWEEN 2016 AND 2100),
    area_id          BIGINT      NOT NULL REFERENCES area (id), -- the district (or, after 2025, a province)
    standard_id      VARCHAR(60) NOT NULL,
    standard_version INTEGER     NOT NULL,
    starts_on        DATE        NOT NULL,
    ends_on          DATE        NOT NULL,
    opened_by        VARCHAR(50) NOT NULL,
    opened_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    version          BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (year, area_id),
    CHECK (ends_on >= starts_on)
);

-- One household's review: its inputs, the classification they produce (stamped with the standard and version that
-- produced it, so the list can be reproduced after the rules change), and where it stands in the procedure.
CREATE TABLE household_review (
    id                        BIGSERIAL PRIMARY KEY,
    campaign_id               BIGINT REFERENCES review_campaign (id),   -- null for an ad-hoc (regular) review
    kind                      VARCHAR(16) NOT NULL CHECK (kind IN ('PERIODIC', 'REGULAR')),
    household_id              BIGINT      NOT NULL REFERENCES household (id),
    commune_id                BIGINT      NOT NULL REFERENCES area (id),
    year                      INTEGER     NOT NULL,
    state                     VARCHAR(16) NOT NULL
        CHECK (state IN ('DRAFT', 'SUBMITTED', 'POSTED', 'APPROVED', 'CONSOLIDATED', 'RETURNED')),
    area_type                 VARCHAR(8)  NOT NULL CHECK (area_type IN ('RURAL', 'URBAN')),
    household_monthly_income  BIGINT CHECK (household_monthly_income >= 0),
    member_count              INTEGER CHECK (member_count >= 1),
    monthly_income_per_capita BIGINT      NOT NULL CHECK (monthly_income_per_capita >= 0),
    b1_points                 INTEGER,
    b2_points                 INTEGER,
    facts                     TEXT        NOT NULL DEFAULT '{}',   -- the facts entered, as JSON, for the record
    entered_indicators        TEXT        NOT NULL DEFAULT '',     -- CODE=true|false,... entered directly
    deficiencies              TEXT[]      NOT NULL DEFAULT '{}',
    previous_category         VARCHAR(16) NOT NULL,
    category                  VARCHAR(16) NOT NULL
        CHECK (category IN ('POOR', 'NEAR_POOR', 'AVERAGE_LIVING', 'NOT_POOR')),
    outcome                   VARCHAR(24) NOT NULL,
    standard_id               VARCHAR(60) NOT NULL,
    standard_version          INTEGER     NOT NULL,
    income_line               BIGINT      NOT NULL,
    decision_number           VARCHAR(50),
    decision_date             DATE,
    return_reason             TEXT,
    created_by                VARCHAR(50) NOT NULL,
    created_at                TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by                VARCHAR(50) NOT NULL,
    updated_at                TIMESTAMPTZ NOT NULL DEFAULT now(),
    version                   BIGINT      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX household_review_once_per_campaign ON household_review (campaign_id, household_id)
    WHERE campaign_id IS NOT NULL;
CREATE INDEX household_review_commune ON household_review (commune_id, year, state);
CREATE INDEX household_review_household ON household_review (household_id, year DESC);

-- Who did what to a review and when; a return carries its reason.
CREATE TABLE review_event (
    id          BIGSERIAL PRIMARY KEY,
    review_id   BIGINT      NOT NULL REFERENCES household_review (id) ON DELETE CASCADE,
    happened_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor       VARCHAR(50) NOT NULL,
    action      VARCHAR(24) NOT NULL,
    from_state  VARCHAR(16),
    to_state    VARCHAR(16) NOT NULL,
    note        TEXT
);
CREATE INDEX review_event_review ON review_event (review_id, happened_at);

-- A commune's list in a campaign: approved by the commune chair's decision, then locked; reopening is an explicit,
-- audited act of the district officer.
CREATE TABLE commune_review_list (
    campaign_id     BIGINT      NOT NULL REFERENCES review_campaign (id),
    commune_id      BIGINT      NOT NULL REFERENCES area (id),
    locked          BOOLEAN     NOT NULL DEFAULT FALSE,
    decision_number VARCHAR(50),
    decision_date   DATE,
    approved_by     VARCHAR(50),
    approved_at     TIMESTAMPTZ,
    consolidated_by VARCHAR(50),
    consolidated_at TIMESTAMPTZ,
    version         BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (campaign_id, commune_id)
);

CREATE TABLE commune_review_list_event (
    id          BIGSERIAL PRIMARY KEY,
    campaign_id BIGINT      NOT NULL,
    commune_id  BIGINT      NOT NULL,
    happened_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor       VARCHAR(50) NOT NULL,
    action      VARCHAR(24) NOT NULL,
    note        TEXT,
    FOREIGN KEY (campaign_id, commune_id) REFERENCES commune_review_list (campaign_id, commune_id)
);
